import { graphql } from '../gql';
import { appSession } from '../session/app-session';
import { createApolloClient } from './client';

const MeDocument = graphql(`
  query SessionCheck {
    me {
      user {
        id
        name
      }
    }
  }
`);

interface Exchange {
  operationName: string;
  authorization: string | null;
  sessionMode: string | null;
}

function jsonResponse(body: unknown) {
  const text = JSON.stringify(body);
  return {
    ok: true,
    status: 200,
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
    text: async () => text,
    json: async () => body,
  };
}

function token(label: string): string {
  return `h.${btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + 900, label }))}.s`;
}

/** An API whose access tokens expire: only the latest one is accepted; the cookie refresh works `refreshes` times. */
function installApi(refreshes: number): Exchange[] {
  const exchanges: Exchange[] = [];
  let current = token('first');
  let left = refreshes;
  const fakeFetch = async (_url: string, init: { headers: Record<string, string>; body: string }) => {
    const headers = Object.fromEntries(
      Object.entries(init.headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const { operationName } = JSON.parse(init.body) as { operationName: string };
    exchanges.push({
      operationName,
      authorization: headers.authorization ?? null,
      sessionMode: headers['x-session-mode'] ?? null,
    });
    if (operationName === 'RefreshSession') {
      if (left <= 0) {
        return jsonResponse({
          data: null,
          errors: [{ message: 'Session ended', extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
      left -= 1;
      current = token('refreshed');
      return jsonResponse({
        data: {
          refreshSession: {
            accessToken: current,
            user: { id: 'm1', name: 'Casey Coach', email: 'casey@example.com', role: 'COACH' },
            organization: { id: 'o1', name: 'Acme' },
          },
        },
      });
    }
    if (headers.authorization !== `Bearer ${current}`) {
      return jsonResponse({
        data: null,
        errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
    return jsonResponse({
      data: { me: { __typename: 'Viewer', user: { __typename: 'Member', id: 'm1', name: 'Casey Coach' } } },
    });
  };
  // The links call the global fetch; this stands in for the API's HTTP answers.
  Object.defineProperty(globalThis, 'fetch', { value: fakeFetch, configurable: true, writable: true });
  appSession.signIn({
    accessToken: 'h.expired.s',
    user: { id: 'm1', name: 'Casey Coach', email: 'casey@example.com', role: 'COACH' },
    organization: { id: 'o1', name: 'Acme' },
  });
  return exchanges;
}

describe('the app’s GraphQL client', () => {
  afterEach(() => appSession.signOut());

  it('after an UNAUTHENTICATED answer refreshes through the cookie once and replays the operation', async () => {
    const exchanges = installApi(1);
    const client = createApolloClient();

    const result = await client.query({ query: MeDocument });

    expect(result.data?.me.user.name).toBe('Casey Coach');
    expect(exchanges.map((exchange) => exchange.operationName)).toEqual([
      'SessionCheck',
      'RefreshSession',
      'SessionCheck',
    ]);
    expect(exchanges.every((exchange) => exchange.sessionMode === 'cookie')).toBe(true);
    expect(exchanges[2].authorization).toMatch(/^Bearer h\./);
    expect(exchanges[2].authorization).not.toBe(exchanges[0].authorization);
  });

  it('when the session is over, answers with the error and signs the tab out', async () => {
    const exchanges = installApi(0);
    const client = createApolloClient();

    await expect(client.query({ query: MeDocument })).rejects.toThrow('Not signed in');

    expect(exchanges.map((exchange) => exchange.operationName)).toEqual(['SessionCheck', 'RefreshSession']);
    expect(appSession.current().status).toBe('signed-out');
  });
});
