import { MemberRole } from '@prep/domain';

/** Who is calling, as proven by the access token. Produced only by AuthGuard. */
export interface AuthContext {
  userId: string;
  memberId: string;
  organizationId: string;
  role: MemberRole;
  sessionId: string;
}
