import type { ReactNode } from 'react';
import { ErrorNotice } from './error-notice';
import { formatNumber } from './format';
import { Empty, Loading } from './status';

/** What a cursor-paged list answer carries: the API's connections all have this shape. */
export interface Connection<TNode> {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  edges: ReadonlyArray<{ node: TNode }>;
}

/**
 * One page-by-page list: the count (announced when it changes), its rows or an empty note, and
 * "Show more" while the API has another page. Loading and the API's error show in their place.
 */
export function ConnectionList<TNode extends { id: string }>({
  connection,
  loading,
  error,
  errorTitle,
  noun,
  empty,
  onMore,
  children,
}: {
  connection: Connection<TNode> | undefined;
  loading: boolean;
  error: unknown;
  errorTitle: string;
  /** The counted thing, singular and plural: ['candidate', 'candidates']. */
  noun: readonly [string, string];
  empty: ReactNode;
  /** Fetches the page after this cursor. */
  onMore: (after: string | null) => void;
  /** One row for a node; rows sit in a list, so each is an `<li>`. */
  children: (node: TNode) => ReactNode;
}) {
  return (
    <>
      {error ? <ErrorNotice error={error} title={errorTitle} /> : null}
      {loading && !connection && <Loading />}
      {connection && (
        <>
          <p className="count" aria-live="polite">
            {formatNumber(connection.totalCount)} {connection.totalCount === 1 ? noun[0] : noun[1]}
          </p>
          {connection.edges.length === 0 ? (
            <Empty>{empty}</Empty>
          ) : (
            <ul className="rows">{connection.edges.map(({ node }) => children(node))}</ul>
          )}
          {connection.pageInfo.hasNextPage && (
            <button type="button" disabled={loading} onClick={() => onMore(connection.pageInfo.endCursor ?? null)}>
              {loading ? 'Loading…' : 'Show more'}
            </button>
          )}
        </>
      )}
    </>
  );
}
