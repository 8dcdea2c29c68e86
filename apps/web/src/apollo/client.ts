import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';
import { appSession } from '../session/app-session';
import { SESSION_MODE_HEADERS } from '../session/session-mode';
import { connectionPolicy } from './connection-policy';

/** Operations that answer UNAUTHENTICATED for a wrong password, not for an expired token. */
const SIGN_IN_OPERATIONS = new Set(['Login', 'SignUp', 'AcceptInvitation', 'RefreshSession']);

const bearer = new SetContextLink((previous) => {
  const token = appSession.accessToken();
  return { headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

/** An expired access token: refresh once, then replay the operation with the new one. */
const refreshOnUnauthenticated = new ErrorLink(({ error, operation, forward }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (!error.errors.some((entry) => entry.extensions?.code === 'UNAUTHENTICATED')) return;
  if (SIGN_IN_OPERATIONS.has(operation.operationName ?? '') || operation.getContext().replayedAfterRefresh) return;
  return from(appSession.refresh()).pipe(
    switchMap((refreshed) => {
      if (!refreshed) return throwError(() => error);
      operation.setContext({ replayedAfterRefresh: true });
      return forward(operation);
    }),
  );
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      refreshOnUnauthenticated,
      bearer,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { ...SESSION_MODE_HEADERS } }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: { candidates: connectionPolicy(), assignments: connectionPolicy(), auditEvents: connectionPolicy() },
        },
      },
    }),
  });
}
