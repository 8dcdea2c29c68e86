import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ApiHarness } from './api-harness';

export const PASSWORD = 'correct horse battery staple';

export function uniqueEmail(label: string): string {
  return `${label}.${randomBytes(4).toString('hex')}@example.com`;
}

export const SESSION_FIELDS = 'accessToken refreshToken user { id email name role } organization { id name }';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; name: string; role: string };
  organization: { id: string; name: string };
}

/** Signs up a new organization; returns its owner's session. */
export async function signUp(api: ApiHarness, organizationName = 'Acme Coaching'): Promise<Session> {
  const response = await api.gql<{ signUp: Session }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { ${SESSION_FIELDS} } }`,
    { input: { organizationName, name: 'Olivia Owner', email: uniqueEmail('owner'), password: PASSWORD } },
  );
  if (!response.data) throw new Error(`signUp failed: ${JSON.stringify(response.errors)}`);
  return response.data.signUp;
}

/** Invites a member with the given role and accepts the invitation; returns their session. */
export async function addActiveMember(api: ApiHarness, owner: Session, role: 'ADMIN' | 'COACH', name = 'Casey Coach'): Promise<Session> {
  const invited = await api.gql<{ addMember: { invitationToken: string } }>(
    `mutation($input: AddMemberInput!) { addMember(input: $input) { invitationToken member { id } } }`,
    { input: { email: uniqueEmail(role.toLowerCase()), name, role } },
    owner.accessToken,
  );
  if (!invited.data) throw new Error(`addMember failed: ${JSON.stringify(invited.errors)}`);
  const accepted = await api.gql<{ acceptInvitation: Session }>(
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${SESSION_FIELDS} } }`,
    { input: { token: invited.data.addMember.invitationToken, password: PASSWORD } },
  );
  if (!accepted.data) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.errors)}`);
  return accepted.data.acceptInvitation;
}

export const CANDIDATE_FIELDS = 'id name email timeZone coach { id name } unsubscribed archivedAt';

export async function createCandidate(
  api: ApiHarness,
  session: Session,
  input: { name?: string; email?: string; timeZone?: string; coachId?: string } = {},
): Promise<{ id: string; name: string; email: string; coach: { id: string } }> {
  const response = await api.gql<{ createCandidate: any }>(
    `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${CANDIDATE_FIELDS} } }`,
    { input: { name: 'Cara Candidate', email: uniqueEmail('candidate'), timeZone: 'Europe/Berlin', ...input } },
    session.accessToken,
  );
  if (!response.data) throw new Error(`createCandidate failed: ${JSON.stringify(response.errors)}`);
  return response.data.createCandidate;
}

/**
 * A Redis key prefix of its own for one app instance, so rate-limit counters of parallel spec
 * files (all calling from 127.0.0.1) never add up. It extends the run's prefix, which global
 * teardown deletes.
 */
export function isolatedRedisPrefix(label: string): string {
  return `${process.env.REDIS_PREFIX ?? 'prep-test'}-${label}-${randomBytes(3).toString('hex')}`;
}

/** Runs `work` on a dedicated Postgres connection (e.g. the owner's or the app role's URL). */
export async function withPg<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const LOGIN_MUTATION = `mutation($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`;
export const REFRESH_MUTATION = `mutation($token: String!) { refreshSession(refreshToken: $token) { ${SESSION_FIELDS} } }`;
