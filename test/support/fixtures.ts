import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { AddressInfo, connect, createServer, Socket } from 'node:net';
import { Client } from 'pg';
import { loadConfig } from '@prep/config';
import { ApiHarness } from './api-harness';
import { onEvents, WakeSource } from './wait-for';

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
export async function addActiveMember(
  api: ApiHarness,
  owner: Session,
  role: 'ADMIN' | 'COACH',
  name = 'Casey Coach',
): Promise<Session> {
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
  return `${loadConfig().redis.prefix}-${label}-${randomBytes(3).toString('hex')}`;
}

/**
 * Runs `work` on a Postgres connection of its own, e.g. as the app role inside a transaction it
 * controls (reading and writing as the owner role: owner-database.ts).
 */
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

export interface TcpProxy {
  /** The target URL rewritten to go through the proxy. */
  url: string;
  /** Drops every open connection and refuses new ones, like a dependency going down. */
  stop: () => Promise<void>;
  /** Accepts connections again on the same port. */
  start: () => Promise<void>;
  /** Client connections currently open through the proxy. */
  connections: () => number;
  /** Wakes a `waitFor` whenever a client connects or disconnects. */
  connectionsChanged: WakeSource;
  close: () => Promise<void>;
}

/**
 * A TCP pass-through to a real service (Redis or Postgres), so a test can take the service away from
 * one app instance and bring it back without touching the service or any other test.
 */
export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const defaultPort = target.protocol.startsWith('postgres') ? 5432 : 6379;
  const sockets = new Set<Socket>();
  const clients = new Set<Socket>();
  const changes = new EventEmitter();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || defaultPort), target.hostname);
    clients.add(client);
    changes.emit('connections');
    client.on('close', () => {
      clients.delete(client);
      changes.emit('connections');
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  return {
    url: url.toString(),
    stop,
    start: () => listen(port),
    connections: () => clients.size,
    connectionsChanged: onEvents(changes, 'connections'),
    close: stop,
  };
}

export const ASSIGNMENT_FIELDS = `id status templateTitle note expectedDecisionDate
  candidate { id name } coach { id name }
  interview { company role startsAt timeZone format location interviewers }
  progress { done total sections { key title done total } }
  link { expiresAt revoked }`;

/** The id of the built-in second-interview plan (its latest version). */
export async function builtInTemplateId(api: ApiHarness, session: Session): Promise<string> {
  const response = await api.gql<{ planTemplates: Array<{ id: string; key: string; source: string }> }>(
    '{ planTemplates { id key source } }',
    {},
    session.accessToken,
  );
  const template = response.data?.planTemplates.find(
    (t) => t.source === 'BUILT_IN' && t.key === 'second-interview-prep',
  );
  if (!template) throw new Error(`built-in template missing: ${JSON.stringify(response)}`);
  return template.id;
}

export function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();
}

/**
 * Noon UTC `days` from today (13:00 or 14:00 in Berlin). An interview at that hour has every
 * reminder of the default schedule in the daytime, so none is moved out of quiet hours into
 * another's spacing and merged, whatever time of day the specs run.
 */
export function noonInDays(days: number): string {
  const noon = new Date(Date.now() + days * 24 * 3600 * 1000);
  noon.setUTCHours(12, 0, 0, 0);
  return noon.toISOString();
}

/** Assigns the built-in plan to a candidate; returns the assignment and its private link. */
export async function assignPlan(
  api: ApiHarness,
  session: Session,
  candidateId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ assignment: any; link: string }> {
  const templateId = await builtInTemplateId(api, session);
  const response = await api.gql<{ assignPlan: { assignment: any; link: string } }>(
    `mutation($input: AssignPlanInput!) { assignPlan(input: $input) { link assignment { ${ASSIGNMENT_FIELDS} } } }`,
    {
      input: {
        candidateId,
        templateId,
        interview: {
          company: 'Globex',
          role: 'Data Analyst',
          startsAt: noonInDays(5),
          timeZone: 'Europe/Berlin',
          format: 'VIDEO',
          interviewers: ['Hank Scorpio'],
        },
        ...overrides,
      },
    },
    session.accessToken,
  );
  if (!response.data) throw new Error(`assignPlan failed: ${JSON.stringify(response.errors)}`);
  return response.data.assignPlan;
}
