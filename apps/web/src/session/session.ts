/**
 * The signed-in state of this tab. The access token lives in memory only; the refresh token is
 * an HttpOnly cookie the page never sees. Refreshes are serialized across tabs (Web Locks):
 * two tabs presenting the same cookie at once would look like a stolen token and end the session.
 */
export interface SessionMember {
  id: string;
  name: string;
  email: string;
  role: string;
}

export interface SessionGrant {
  accessToken: string;
  user: SessionMember;
  organization: { id: string; name: string };
}

export type SessionState =
  { status: 'starting' } | { status: 'signed-out'; reason?: string } | ({ status: 'signed-in' } & SessionGrant);

export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface SessionDependencies {
  /** Exchanges the cookie for a new grant; null when the session is over. */
  requestRefresh: () => Promise<SessionGrant | null>;
  locks: LockManagerLike | null;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => () => void;
}

export const REFRESH_LOCK_NAME = 'prep-session-refresh';
/** Refresh this long before the access token expires. */
export const REFRESH_LEAD_MS = 60_000;

export class Session {
  private state: SessionState = { status: 'starting' };
  private readonly listeners = new Set<() => void>();
  private inFlight: Promise<boolean> | null = null;
  private cancelTimer: (() => void) | null = null;
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => () => void;

  constructor(private readonly dependencies: SessionDependencies) {
    this.now = dependencies.now ?? Date.now;
    this.setTimer =
      dependencies.setTimer ??
      ((run, ms) => {
        const handle = setTimeout(run, ms);
        return () => clearTimeout(handle);
      });
  }

  current(): SessionState {
    return this.state;
  }

  accessToken(): string | null {
    return this.state.status === 'signed-in' ? this.state.accessToken : null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  signIn(grant: SessionGrant): void {
    this.set({ status: 'signed-in', ...grant });
    this.scheduleRefresh(grant.accessToken);
  }

  signOut(reason?: string): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.set({ status: 'signed-out', reason });
  }

  /** One refresh at a time in this tab, and one at a time across tabs. */
  refresh(): Promise<boolean> {
    this.inFlight ??= this.refreshOnce().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async refreshOnce(): Promise<boolean> {
    const exchange = () => this.dependencies.requestRefresh();
    const grant = this.dependencies.locks
      ? await this.dependencies.locks.request(REFRESH_LOCK_NAME, exchange)
      : await exchange();
    if (!grant) {
      this.signOut(this.state.status === 'signed-in' ? 'Your session ended. Please sign in again.' : undefined);
      return false;
    }
    this.signIn(grant);
    return true;
  }

  private scheduleRefresh(accessToken: string): void {
    this.cancelTimer?.();
    const expiresAt = accessTokenExpiry(accessToken);
    if (expiresAt === null) return;
    const delay = Math.max(expiresAt - REFRESH_LEAD_MS - this.now(), 5_000);
    this.cancelTimer = this.setTimer(() => void this.refresh(), delay);
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

/** The `exp` claim of a JWT in milliseconds, or null when it cannot be read. */
export function accessTokenExpiry(token: string): number | null {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload)) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp * 1000 : null;
  } catch {
    return null;
  }
}
