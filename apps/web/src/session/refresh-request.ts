import { print } from 'graphql';
import { graphql } from '../gql';
import { SESSION_MODE_HEADERS } from './session-mode';
import type { SessionGrant } from './session';

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      user {
        id
        name
        email
        role
      }
      organization {
        id
        name
      }
    }
  }
`);

const REFRESH_BODY = JSON.stringify({ query: print(RefreshSessionDocument), operationName: 'RefreshSession' });

/** Outside Apollo, so a failing refresh never loops through the retry link. */
export async function requestRefresh(): Promise<SessionGrant | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...SESSION_MODE_HEADERS },
    body: REFRESH_BODY,
  });
  const body = (await response.json()) as { data?: { refreshSession?: SessionGrant } | null };
  return body.data?.refreshSession ?? null;
}
