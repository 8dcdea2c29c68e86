import { INestApplicationContext } from '@nestjs/common';
import { MemberRole } from '@prep/domain';
import { AccessTokenService } from '../src/features/auth/access-token.service';
import { AuthService } from '../src/features/auth/auth.service';
import { CandidatesService } from '../src/features/candidates/candidates.service';
import { MembersService } from '../src/features/members/members.service';

const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_LOGINS = {
  owner: { role: 'OWNER', email: 'owner@demo.example', password: DEMO_PASSWORD, name: 'Morgan Owner' },
  coach: { role: 'COACH', email: 'coach@demo.example', password: DEMO_PASSWORD, name: 'Casey Coach' },
} as const;

const DEMO_CANDIDATES = [
  { name: 'Ada Lovelace', email: 'ada@candidates.example', timeZone: 'Europe/London' },
  { name: 'Grace Hopper', email: 'grace@candidates.example', timeZone: 'America/New_York' },
  { name: 'Katherine Johnson', email: 'katherine@candidates.example', timeZone: 'America/Chicago' },
  { name: 'Hedy Lamarr', email: 'hedy@candidates.example', timeZone: 'Europe/Vienna' },
];

/** An owner, a coach who accepted their invitation, and a few candidates split between them. */
export async function seedDemoOrganization(app: INestApplicationContext): Promise<void> {
  const auth = app.get(AuthService);
  const { owner, coach } = DEMO_LOGINS;
  const ownerSession = await auth.signUp({
    organizationName: 'Demo Coaching',
    name: owner.name,
    email: owner.email,
    password: owner.password,
  });
  const ownerContext = await app.get(AccessTokenService).verify(ownerSession.accessToken);
  if (!ownerContext) throw new Error('the demo owner session did not verify');
  const invited = await app
    .get(MembersService)
    .add(ownerContext, { email: coach.email, name: coach.name, role: MemberRole.COACH });
  await auth.acceptInvitation({ token: invited.invitationToken, password: coach.password });

  const candidates = app.get(CandidatesService);
  for (const [index, candidate] of DEMO_CANDIDATES.entries()) {
    const coachId = index % 2 === 0 ? invited.member.id : ownerContext.memberId;
    await candidates.create(ownerContext, { ...candidate, coachId });
  }
}
