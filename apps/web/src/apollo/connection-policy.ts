import type { FieldPolicy } from '@apollo/client';

interface Connection {
  edges: readonly unknown[];
  [field: string]: unknown;
}

/**
 * One cached list per filter; a page fetched with `after` appends to it, a first page
 * (no `after`) replaces it.
 */
export function connectionPolicy(): FieldPolicy<Connection> {
  return {
    keyArgs: ['filter'],
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}
