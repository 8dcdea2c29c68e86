import { useSyncExternalStore } from 'react';
import { requestRefresh } from './refresh-request';
import { Session, SessionState } from './session';

/** The one session of this tab. */
export const appSession = new Session({
  requestRefresh,
  locks: typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null,
});

export function useSession(): SessionState {
  return useSyncExternalStore(
    (listener) => appSession.subscribe(listener),
    () => appSession.current(),
  );
}
