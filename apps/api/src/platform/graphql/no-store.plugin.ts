import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Every GraphQL answer is private to its caller and never cached: `cache-control: no-store`.
 * Apollo's cache-control plugin said the same (no field has a cache hint), but it hooked every
 * field of every answer to work it out; it is disabled, and this states the one answer it gave.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => void response.http.headers.set('cache-control', 'no-store'),
    }),
  };
}
