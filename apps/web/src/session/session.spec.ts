import { LockManagerLike, Session, SessionGrant } from './session';

/**
 * The server's side of one session family, as the API behaves: each refresh token works once,
 * and presenting a used one ends the whole family. The browser keeps one cookie for all tabs.
 */
class SessionFamily {
  private issued = 0;
  private revoked = false;
  cookie = this.next();
  private readonly used = new Set<string>();

  private next(): string {
    this.issued += 1;
    return `rt_${this.issued}`;
  }

  /** One refresh round trip: the cookie is read when the request leaves, rotated when it returns. */
  async refresh(): Promise<SessionGrant | null> {
    const presented = this.cookie;
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.revoked || this.used.has(presented)) {
      this.revoked = true;
      return null;
    }
    this.used.add(presented);
    this.cookie = this.next();
    return grant(`${presented}->${this.cookie}`);
  }
}

function grant(label: string, expiresInSeconds = 900): SessionGrant {
  const claims = btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + expiresInSeconds, label }));
  return {
    accessToken: `header.${claims}.signature`,
    user: { id: 'm1', name: 'Casey Coach', email: 'casey@example.com', role: 'COACH' },
    organization: { id: 'o1', name: 'Acme' },
  };
}

/** Web Locks semantics for one name: callbacks run one after another, in request order. */
function sharedLocks(): LockManagerLike {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request<T>(_name: string, callback: () => Promise<T>): Promise<T> {
      const run = tail.then(callback, callback);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

describe('browser session', () => {
  it('two tabs refreshing at once both stay signed in when refreshes share a lock', async () => {
    const family = new SessionFamily();
    const locks = sharedLocks();
    const tabs = [1, 2].map(() => new Session({ requestRefresh: () => family.refresh(), locks }));

    const results = await Promise.all(tabs.map((tab) => tab.refresh()));

    expect(results).toEqual([true, true]);
    expect(tabs.map((tab) => tab.current().status)).toEqual(['signed-in', 'signed-in']);
  });

  it('without the lock the same two refreshes replay a cookie and end the session (why the lock exists)', async () => {
    const family = new SessionFamily();
    const tabs = [1, 2].map(() => new Session({ requestRefresh: () => family.refresh(), locks: null }));

    const results = await Promise.all(tabs.map((tab) => tab.refresh()));

    expect(results).toContain(false);
  });

  it('one tab asking twice at once sends one refresh', async () => {
    let requests = 0;
    const session = new Session({
      requestRefresh: async () => {
        requests += 1;
        return grant('once');
      },
      locks: null,
    });
    await Promise.all([session.refresh(), session.refresh()]);
    expect(requests).toBe(1);
  });

  it('refreshes a minute before the access token expires', async () => {
    const timers: number[] = [];
    const session = new Session({
      requestRefresh: async () => grant('next'),
      locks: null,
      setTimer: (_run, ms) => {
        timers.push(ms);
        return () => undefined;
      },
    });
    session.signIn(grant('first', 900));
    expect(timers).toHaveLength(1);
    expect(timers[0]).toBeGreaterThan(835_000);
    expect(timers[0]).toBeLessThanOrEqual(840_000);
  });

  it('a failed refresh signs the tab out and says why', async () => {
    const session = new Session({ requestRefresh: async () => null, locks: null });
    session.signIn(grant('first'));
    expect(session.accessToken()).not.toBeNull();

    expect(await session.refresh()).toBe(false);

    const state = session.current();
    expect(state.status).toBe('signed-out');
    expect(state.status === 'signed-out' && state.reason).toMatch(/session ended/i);
    expect(session.accessToken()).toBeNull();
  });
});
