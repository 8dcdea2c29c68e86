import { randomBytes } from 'node:crypto';
import { ApiHarness, errorCode, GraphqlResponse, startApi } from '../support/api-harness';
import {
  addActiveMember,
  CANDIDATE_FIELDS,
  createCandidate,
  isolatedRedisPrefix,
  Session,
  signUp,
  uniqueEmail,
} from '../support/fixtures';

interface CandidateNode {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  coach: { id: string; name: string };
  unsubscribed: boolean;
  archivedAt: string | null;
}
interface CandidatePage {
  edges: Array<{ cursor: string; node: CandidateNode }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${CANDIDATE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { ${CANDIDATE_FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveCandidate(id: $id) { ${CANDIDATE_FIELDS} } }`;
const UNARCHIVE = `mutation($id: ID!) { unarchiveCandidate(id: $id) { ${CANDIDATE_FIELDS} } }`;
const GET = `query($id: ID!) { candidate(id: $id) { ${CANDIDATE_FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: CandidatesFilter) {
  candidates(first: $first, after: $after, filter: $filter) {
    edges { cursor node { ${CANDIDATE_FIELDS} } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

/** Letters only, so it is a safe, unique search term. */
const uniqueTag = () =>
  `Qz${randomBytes(4)
    .toString('hex')
    .replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)])}`;

describe('candidates (e2e)', () => {
  let api: ApiHarness;
  let owner: Session;
  let coach: Session;
  let otherCoach: Session;
  let outsider: Session;

  beforeAll(async () => {
    api = await startApi({ REDIS_PREFIX: isolatedRedisPrefix('candidates') });
    owner = await signUp(api, 'Candidates Spec Org');
    coach = await addActiveMember(api, owner, 'COACH', 'Carla Coach');
    otherCoach = await addActiveMember(api, owner, 'COACH', 'Otto Othercoach');
    outsider = await signUp(api, 'Somebody Else Ltd');
  });
  afterAll(() => api.close());

  const list = (session: Session, variables: Record<string, unknown> = {}) =>
    api.gql<{ candidates: CandidatePage }>(LIST, variables, session.accessToken);
  const listOk = async (session: Session, variables: Record<string, unknown> = {}) => {
    const response = await list(session, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.candidates;
  };
  const get = (session: Session, id: string) => api.gql<{ candidate: CandidateNode }>(GET, { id }, session.accessToken);
  /** Everything stored for the organization, archived included, as its OWNER sees it. */
  const storedCount = async () => (await listOk(owner, { first: 1, filter: { includeArchived: true } })).totalCount;
  const create = (session: Session, input: Record<string, unknown>) =>
    api.gql<{ createCandidate: CandidateNode }>(
      CREATE,
      { input: { name: 'Cara Candidate', email: uniqueEmail('candidate'), timeZone: 'Europe/Berlin', ...input } },
      session.accessToken,
    );

  describe('lifecycle', () => {
    it('creates a candidate, coached by the caller unless coachId says otherwise', async () => {
      const response = await create(owner, {
        name: '  Ada   Lovelace ',
        email: ' Ada.Lovelace@Example.COM ',
        timeZone: 'America/New_York',
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.createCandidate).toEqual({
        id: expect.any(String),
        name: 'Ada Lovelace',
        email: 'ada.lovelace@example.com',
        timeZone: 'America/New_York',
        coach: { id: owner.user.id, name: owner.user.name },
        unsubscribed: false,
        archivedAt: null,
      });

      const byCoach = await createCandidate(api, coach);
      expect(byCoach.coach.id).toBe(coach.user.id);
      const assigned = await createCandidate(api, owner, { coachId: coach.user.id });
      expect(assigned.coach.id).toBe(coach.user.id);
    });

    it('reads a candidate by id', async () => {
      const created = await createCandidate(api, owner, { name: 'Grace Hopper' });
      const read = await get(owner, created.id);
      expect(read.errors).toBeUndefined();
      expect(read.data!.candidate).toMatchObject({
        id: created.id,
        name: 'Grace Hopper',
        email: created.email,
        coach: { id: owner.user.id },
      });
      const missing = await get(owner, '6f1c2b1e-0000-4000-8000-000000000000');
      expect(errorCode(missing)).toBe('NOT_FOUND');
      expect(errorCode(await get(owner, 'not-a-uuid'))).toBe('NOT_FOUND');
    });

    it('updates a candidate and keeps the change', async () => {
      const created = await createCandidate(api, owner, { name: 'Alan Turing' });
      const newEmail = uniqueEmail('alan');
      const response = await api.gql<{ updateCandidate: CandidateNode }>(
        UPDATE,
        {
          id: created.id,
          input: {
            name: 'Alan M. Turing',
            email: newEmail.toUpperCase(),
            timeZone: 'Europe/London',
            coachId: coach.user.id,
          },
        },
        owner.accessToken,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateCandidate).toMatchObject({
        name: 'Alan M. Turing',
        email: newEmail,
        timeZone: 'Europe/London',
        coach: { id: coach.user.id },
      });
      const read = await get(owner, created.id);
      expect(read.data!.candidate).toMatchObject({
        name: 'Alan M. Turing',
        email: newEmail,
        timeZone: 'Europe/London',
        coach: { id: coach.user.id },
      });
    });

    it('archives: hidden from the roster unless includeArchived, frozen, and idempotent', async () => {
      const tag = uniqueTag();
      const created = await createCandidate(api, owner, { name: `${tag} Archived` });
      const kept = await createCandidate(api, owner, { name: `${tag} Kept` });
      const archived = await api.gql<{ archiveCandidate: CandidateNode }>(
        ARCHIVE,
        { id: created.id },
        owner.accessToken,
      );
      expect(archived.errors).toBeUndefined();
      const archivedAt = archived.data!.archiveCandidate.archivedAt;
      expect(archivedAt).toEqual(expect.any(String));

      const roster = await listOk(owner, { filter: { search: tag } });
      expect(roster.edges.map((e) => e.node.id)).toEqual([kept.id]);
      expect(roster.totalCount).toBe(1);
      const everything = await listOk(owner, { filter: { search: tag, includeArchived: true } });
      expect(everything.edges.map((e) => e.node.id).sort()).toEqual([created.id, kept.id].sort());
      expect(everything.totalCount).toBe(2);

      // Still readable by id, cannot be changed, archiving again changes nothing.
      expect((await get(owner, created.id)).data!.candidate.archivedAt).toBe(archivedAt);
      const update = await api.gql(UPDATE, { id: created.id, input: { name: 'Changed' } }, owner.accessToken);
      expect(errorCode(update)).toBe('BAD_USER_INPUT');
      const again = await api.gql<{ archiveCandidate: CandidateNode }>(ARCHIVE, { id: created.id }, owner.accessToken);
      expect(again.data!.archiveCandidate.archivedAt).toBe(archivedAt);
      expect((await get(owner, created.id)).data!.candidate.name).toBe(`${tag} Archived`);
    });

    it('unarchives: back on the roster and changeable; NOT_FOUND for another coach, organization or a missing id', async () => {
      const tag = uniqueTag();
      const created = await createCandidate(api, coach, { name: `${tag} Returning` });
      expect((await api.gql(ARCHIVE, { id: created.id }, coach.accessToken)).errors).toBeUndefined();
      for (const [session, id] of [
        [otherCoach, created.id],
        [outsider, created.id],
        [owner, '00000000-0000-4000-8000-000000000000'],
      ] as const) {
        expect(errorCode(await api.gql(UNARCHIVE, { id }, session.accessToken))).toBe('NOT_FOUND');
      }
      expect((await listOk(coach, { filter: { search: tag } })).totalCount).toBe(0);
      const back = await api.gql<{ unarchiveCandidate: CandidateNode }>(
        UNARCHIVE,
        { id: created.id },
        coach.accessToken,
      );
      expect(back.data!.unarchiveCandidate.archivedAt).toBeNull();
      expect((await listOk(coach, { filter: { search: tag } })).edges.map((e) => e.node.id)).toEqual([created.id]);
      const renamed = await api.gql(UPDATE, { id: created.id, input: { name: `${tag} Renamed` } }, coach.accessToken);
      expect(renamed.errors).toBeUndefined();
    });
  });

  describe('roster', () => {
    it('returns a connection: edges { cursor node }, pageInfo, totalCount', async () => {
      const tag = uniqueTag();
      await createCandidate(api, owner, { name: `${tag} One` });
      await createCandidate(api, owner, { name: `${tag} Two` });
      const page = await listOk(owner, { first: 1, filter: { search: tag } });
      expect(page).toEqual({
        edges: [{ cursor: expect.any(String), node: expect.objectContaining({ name: `${tag} One` }) }],
        pageInfo: { hasNextPage: true, endCursor: page.edges[0].cursor },
        totalCount: 2,
      });
    });

    it('pages through 25 candidates with first: 10, each exactly once, in name order', async () => {
      // An organization of its own, so the roster holds exactly these 25.
      const pagingOwner = await signUp(api, 'Paging Org');
      const suffixes = Array.from(
        { length: 22 },
        (_, i) => `${'abcdefghijklmnopqrstuvwxyz'[i]}${'zyxwvutsrqponmlkjihgfedcba'[i]}`,
      );
      // Three equal names exercise the id tie-break; mixed case checks the order ignores case.
      const names = [...suffixes, 'mm', 'mm', 'mm'].map(
        (suffix, i) => `${i % 2 ? 'Candidate' : 'candidate'} ${suffix}`,
      );
      const shuffled = [...names].sort(() => Math.random() - 0.5);
      const created: Array<{ id: string; name: string }> = [];
      for (const name of shuffled) created.push(await createCandidate(api, pagingOwner, { name }));
      // Same-length lower-case keys: code-point order equals any collation's order here.
      const key = (c: { id: string; name: string }) => `${c.name.toLowerCase()} ${c.id}`;
      const expected = [...created].sort((a, b) => (key(a) < key(b) ? -1 : 1)).map((c) => c.id);

      const seen: string[] = [];
      const hasNext: boolean[] = [];
      let after: string | null = null;
      do {
        const page: CandidatePage = await listOk(pagingOwner, { first: 10, after });
        expect(page.totalCount).toBe(25);
        seen.push(...page.edges.map((e) => e.node.id));
        hasNext.push(page.pageInfo.hasNextPage);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && seen.length <= 30);

      expect(hasNext).toEqual([true, true, false]);
      expect(seen).toEqual(expected);
      expect(new Set(seen).size).toBe(25);
    });

    it('search is case-insensitive, matches name or email, and treats % and _ literally', async () => {
      const tag = uniqueTag();
      const percent = await createCandidate(api, owner, { name: `${tag}% Percent` });
      const letter = await createCandidate(api, owner, { name: `${tag}x Letter` });
      const underscore = await createCandidate(api, owner, { name: `${tag}_ Underscore` });
      const byEmail = await createCandidate(api, owner, {
        name: 'Email Match',
        email: `${tag.toLowerCase()}.mail@example.com`,
      });
      const ids = async (search: string) =>
        (await listOk(owner, { filter: { search } })).edges.map((e) => e.node.id).sort();

      expect(await ids(tag.toUpperCase())).toEqual([percent.id, letter.id, underscore.id, byEmail.id].sort());
      expect(await ids(`${tag}%`)).toEqual([percent.id]);
      expect(await ids(`${tag}_`)).toEqual([underscore.id]);
      expect(await ids(`${tag.toLowerCase()}.MAIL`)).toEqual([byEmail.id]);
      expect(await ids(`${tag}%%`)).toEqual([]);
    });

    it('an OWNER can filter by coachId', async () => {
      const mine = [
        await createCandidate(api, owner, { coachId: otherCoach.user.id }),
        await createCandidate(api, otherCoach),
      ];
      const page = await listOk(owner, { first: 100, filter: { coachId: otherCoach.user.id } });
      expect(page.edges.every((e) => e.node.coach.id === otherCoach.user.id)).toBe(true);
      expect(page.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(mine.map((c) => c.id)));
      expect(page.totalCount).toBe(page.edges.length);
      const everyone = await listOk(owner, { first: 100 });
      expect(everyone.totalCount).toBeGreaterThan(page.totalCount);
    });

    it('a COACH sees only their own candidates, in the list and in totalCount', async () => {
      const soloCoach = await addActiveMember(api, owner, 'COACH', 'Solo Coach');
      const own = [
        await createCandidate(api, soloCoach),
        await createCandidate(api, owner, { coachId: soloCoach.user.id }),
      ];
      await createCandidate(api, owner); // someone else's
      const page = await listOk(soloCoach, { first: 100 });
      expect(page.edges.map((e) => e.node.id).sort()).toEqual(own.map((c) => c.id).sort());
      expect(page.totalCount).toBe(2);
      // Asking for another coach's roster shows nothing either.
      const filtered = await listOk(soloCoach, { first: 100, filter: { coachId: owner.user.id } });
      expect(filtered.edges).toEqual([]);
      expect(filtered.totalCount).toBe(0);
    });
  });

  describe('refusals', () => {
    const expectNothingStored = async (attempt: () => Promise<GraphqlResponse>, code: string) => {
      const before = await storedCount();
      const response = await attempt();
      expect({ code: errorCode(response), data: response.data ?? null }).toEqual({ code, data: null });
      expect(await storedCount()).toBe(before);
      return response;
    };

    it.each([
      ['a malformed email', { email: 'not-an-email' }],
      ['an email with a display name', { email: 'Ada <ada@example.com>' }],
      ['an email with CRLF', { email: 'ada@example.com\r\nBcc: eve@example.com' }],
      ['two emails', { email: 'ada@example.com, bob@example.com' }],
      ['an unknown time zone', { timeZone: 'Mars/Base' }],
      ['an offset instead of a zone', { timeZone: '+02:00' }],
      ['a 10,000-character name', { name: 'x'.repeat(10_000) }],
      ['an empty name', { name: '   ' }],
    ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_label, input) => {
      await expectNothingStored(() => create(owner, input), 'BAD_USER_INPUT');
    });

    it('refuses a bad update and keeps the candidate as it was', async () => {
      const created = await createCandidate(api, owner, { name: 'Unchanged Name' });
      for (const input of [
        { email: 'Ada <ada@example.com>' },
        { timeZone: 'Mars/Base' },
        { name: 'y'.repeat(10_000) },
      ]) {
        const response = await api.gql(UPDATE, { id: created.id, input }, owner.accessToken);
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
      }
      expect((await get(owner, created.id)).data!.candidate).toMatchObject({
        name: 'Unchanged Name',
        email: created.email,
        timeZone: 'Europe/Berlin',
      });
    });

    it.each([
      ['a malformed cursor', { after: 'not-a-cursor' }],
      ['a cursor of the wrong shape', { after: Buffer.from(JSON.stringify({ a: 1 })).toString('base64url') }],
      ['first: 1000000', { first: 1_000_000 }],
      ['first: 0', { first: 0 }],
      ['first: -5', { first: -5 }],
      ['a search longer than 100 characters', { filter: { search: 's'.repeat(101) } }],
    ])('refuses %s in the roster with BAD_USER_INPUT', async (_label, variables) => {
      const response = await list(owner, variables);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.data).toBeFalsy();
    });

    it('refuses a tampered cursor (valid shape, id that is no UUID) with BAD_USER_INPUT', async () => {
      const response = await list(owner, {
        after: Buffer.from(JSON.stringify(['ada', 'not-a-uuid'])).toString('base64url'),
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    });

    it('refuses a search containing a NUL character with BAD_USER_INPUT', async () => {
      const response = await list(owner, { filter: { search: 'ada\u0000' } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    });

    it('refuses a second active candidate with the same email (any case) with CONFLICT; archiving frees the email', async () => {
      const email = uniqueEmail('dupe');
      const first = await createCandidate(api, owner, { email });
      const response = await expectNothingStored(() => create(owner, { email: email.toUpperCase() }), 'CONFLICT');
      expect(response.errors![0].extensions!.field).toBe('email');
      const other = await createCandidate(api, owner);
      expect(errorCode(await api.gql(UPDATE, { id: other.id, input: { email } }, owner.accessToken))).toBe('CONFLICT');

      await api.gql(ARCHIVE, { id: first.id }, owner.accessToken);
      const reused = await create(owner, { email });
      expect(reused.errors).toBeUndefined();
    });

    it('a COACH may not create or move a candidate to another coach (FORBIDDEN)', async () => {
      await expectNothingStored(() => create(coach, { coachId: otherCoach.user.id }), 'FORBIDDEN');
      const own = await createCandidate(api, coach);
      const move = await api.gql(UPDATE, { id: own.id, input: { coachId: otherCoach.user.id } }, coach.accessToken);
      expect(errorCode(move)).toBe('FORBIDDEN');
      expect((await get(owner, own.id)).data!.candidate.coach.id).toBe(coach.user.id);
    });

    it('refuses a coachId from another organization (or no member at all) with BAD_USER_INPUT', async () => {
      await expectNothingStored(() => create(owner, { coachId: outsider.user.id }), 'BAD_USER_INPUT');
      await expectNothingStored(
        () => create(owner, { coachId: '6f1c2b1e-0000-4000-8000-000000000000' }),
        'BAD_USER_INPUT',
      );
      await expectNothingStored(() => create(owner, { coachId: 'not-a-uuid' }), 'BAD_USER_INPUT');
      const created = await createCandidate(api, owner);
      const move = await api.gql(UPDATE, { id: created.id, input: { coachId: outsider.user.id } }, owner.accessToken);
      expect(errorCode(move)).toBe('BAD_USER_INPUT');
      expect((await get(owner, created.id)).data!.candidate.coach.id).toBe(owner.user.id);
    });
  });
});
