import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiHarness, errorCode, GraphqlResponse, startApi } from '../support/api-harness';
import { isolatedRedisPrefix, LOGIN_MUTATION, Session, signUp } from '../support/fixtures';

// Small limits, so each query below sits just under or just over one of them.
const MAX_COST = 500;
const MAX_DEPTH = 4;
const MAX_ALIASES = 6;
// Costs 9 per candidate asked for (connection 2, edges 2, node 2, three scalars): 50 fit, 100 do not.
const ROSTER = (first: string) => `candidates(first: ${first}) { edges { node { id name email } } }`;

describe('GraphQL limits (e2e)', () => {
  let api: ApiHarness;
  let owner: Session;

  beforeAll(async () => {
    api = await startApi({
      GRAPHQL_MAX_COST: String(MAX_COST),
      GRAPHQL_MAX_DEPTH: String(MAX_DEPTH),
      GRAPHQL_MAX_ALIASES: String(MAX_ALIASES),
      REDIS_PREFIX: isolatedRedisPrefix('graphql-limits'),
    });
    owner = await signUp(api, 'Limits Org');
  });
  afterAll(() => api.close());

  /** The response and the SQL statements it caused. */
  async function send(query: string, variables: Record<string, unknown> = {}) {
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const spy = jest.spyOn(dataSource.logger, 'logQuery');
    try {
      const response = await api.gql(query, variables, owner.accessToken);
      return { response, statements: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  async function expectRefused(query: string, variables: Record<string, unknown>, limit: RegExp): Promise<void> {
    const { response, statements } = await send(query, variables);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(limit);
    expect(response.data).toBeFalsy();
    expect(statements).toBe(0);
  }

  async function expectAnswered(query: string, variables: Record<string, unknown> = {}): Promise<void> {
    const { response } = await send(query, variables);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
  }

  describe('cost', () => {
    it('counts a page size given as a variable, as it counts a literal', async () => {
      await expectRefused(`{ ${ROSTER('100')} }`, {}, /cost limit of 500 exceeded, found 900/i);
      await expectRefused(`query($n: Int!) { ${ROSTER('$n')} }`, { n: 100 }, /cost limit of 500 exceeded, found 900/i);
      await expectRefused(`query($n: Int! = 100) { ${ROSTER('$n')} }`, {}, /cost limit/i);
      await expectAnswered(`query($n: Int!) { ${ROSTER('$n')} }`, { n: 50 });
      // Without the variable the argument's default (20) applies, and is what is counted.
      await expectAnswered(`query($n: Int) { ${ROSTER('$n')} }`);
    });

    it('counts fields reached through fragments and inline fragments', async () => {
      await expectRefused(
        `query($n: Int!) { ...Roster } fragment Roster on Query { ${ROSTER('$n')} }`,
        { n: 100 },
        /cost limit/i,
      );
      await expectRefused(
        `query($n: Int!) { candidates(first: $n) { edges { node { ... on Candidate { id name email } } } } }`,
        { n: 100 },
        /cost limit/i,
      );
      await expectAnswered(`query($n: Int!) { ...Roster } fragment Roster on Query { ${ROSTER('$n')} }`, { n: 50 });
    });

    it('counts every alias of an expensive field', async () => {
      await expectRefused(
        `query($n: Int!) { a: ${ROSTER('$n')} b: ${ROSTER('$n')} }`,
        { n: 30 },
        /cost limit of 500 exceeded, found 540/i,
      );
      await expectAnswered(`query($n: Int!) { a: ${ROSTER('$n')} b: ${ROSTER('$n')} }`, { n: 25 });
    });
  });

  describe('depth', () => {
    const deep = 'candidates { edges { node { coach { id } } } }';
    it('counts levels reached through fragments and inline fragments', async () => {
      await expectRefused(`{ ${deep} }`, {}, /depth limit of 4 exceeded, found 5/i);
      await expectRefused(`{ ...Deep } fragment Deep on Query { ${deep} }`, {}, /depth limit of 4 exceeded, found 5/i);
      await expectRefused(
        '{ candidates { edges { ...Edge } } } fragment Edge on CandidateEdge { node { ... on Candidate { coach { id } } } }',
        {},
        /depth limit of 4 exceeded, found 5/i,
      );
      await expectAnswered('{ candidates { edges { ...Edge } } } fragment Edge on CandidateEdge { node { id } }');
    });
  });

  describe('aliases', () => {
    const aliased = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => `m${from + i}: me { user { id } }`).join(' ');
    it('counts aliases inside fragments, each time a fragment is spread', async () => {
      await expectRefused(`{ ${aliased(0, 7)} }`, {}, /aliases limit of 6 exceeded, found 7/i);
      await expectRefused(
        `{ ...Four ... on Query { ${aliased(10, 3)} } } fragment Four on Query { ${aliased(0, 4)} }`,
        {},
        /aliases limit of 6 exceeded, found 7/i,
      );
      await expectRefused(
        `{ a: me { ...Names } b: me { ...Names } } fragment Names on Viewer { x: user { id } y: user { id } z: user { id } }`,
        {},
        /aliases limit of 6 exceeded, found 8/i,
      );
      await expectAnswered(`{ ...Four } fragment Four on Query { ${aliased(0, 4)} }`);
    });

    it('measures each fragment once, so spreads of spreads are refused without stalling the server', async () => {
      const levels = 40;
      const fragments = Array.from(
        { length: levels },
        (_, i) => `fragment F${i} on Viewer { ${i === levels - 1 ? 'user { id }' : `...F${i + 1} ...F${i + 1}`} }`,
      ).join(' ');
      const started = Date.now();
      const response = await api.gql(`{ me { ...F0 } } ${fragments}`, {}, owner.accessToken);
      // Written out in full, the query would name 2^39 fields.
      expect(response.errors![0].message).toMatch(/cost limit of 500 exceeded/i);
      expect(Date.now() - started).toBeLessThan(2_000);
    });
  });

  describe('malformed documents', () => {
    const MODERN = 'application/graphql-response+json, application/json;q=0.9';
    const post = async (query: string, accept?: string): Promise<GraphqlResponse> => {
      const call = api.http().post('/graphql').set('content-type', 'application/json');
      if (accept) call.set('accept', accept);
      const response = await call.send({ query });
      return { status: response.status, data: response.body?.data, errors: response.body?.errors };
    };
    const syntaxError = '{ me { user { id } ';
    const overTokenLimit = `{ ${Array.from({ length: 2_001 }, () => '__typename').join(' ')} }`;
    const overCost = `{ ${ROSTER('100')} }`;

    it.each([
      ['a syntax error', syntaxError, /syntax error/i],
      ['a document over the token limit', overTokenLimit, /tokens/i],
      ['a query over a limit', overCost, /cost limit/i],
    ])('%s answers HTTP 400 with BAD_USER_INPUT as application/graphql-response+json', async (_, query, message) => {
      const response = await post(query, MODERN);
      expect({ status: response.status, code: errorCode(response) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
      expect(response.errors![0].message).toMatch(message);
      expect(response.data).toBeUndefined();
    });

    it.each([['application/json'], ['*/*'], [undefined]])(
      'as legacy JSON (accept %s) the same errors answer 200, never 500, with BAD_USER_INPUT',
      async (accept) => {
        for (const query of [syntaxError, overTokenLimit, overCost]) {
          const response = await post(query, accept);
          expect({ status: response.status, code: errorCode(response) }).toEqual({
            status: 200,
            code: 'BAD_USER_INPUT',
          });
          expect(response.data).toBeUndefined();
        }
      },
    );
  });

  describe('login', () => {
    it('refuses an over-long password before hashing it, as signUp does', async () => {
      const response = await api.gql(LOGIN_MUTATION, {
        input: { email: owner.user.email, password: 'p'.repeat(201) },
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toMatch(/at most 200 characters/);
    });
  });
});
