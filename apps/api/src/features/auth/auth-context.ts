import { MemberRole } from '@prep/domain';

/** Who is calling: proven by the access token, with the role their membership has now. Produced only by AuthGuard. */
export interface AuthContext {
  userId: string;
  memberId: string;
  organizationId: string;
  role: MemberRole;
  sessionId: string;
}
