import { Connection } from './connection.type';
import { encodeCursor } from './cursor';

/** Builds a connection from `first + 1` fetched rows: the extra row only tells there is a next page. */
export function toConnection<TRow, TNode>(
  rows: TRow[],
  first: number,
  totalCount: number,
  cursorOf: (row: TRow) => Array<string | number>,
  toNode: (row: TRow) => TNode,
): Connection<TNode> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
