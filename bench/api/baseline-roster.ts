import { assignmentRows, toNode, viewResults } from './baseline-node';
import type { StatementResult } from './baseline-replay';

/**
 * `assignments(first)` from the page statement's rows: `first + 1` rows are read, the extra one
 * only says there is a next page; the cursor is base64url JSON of [startsAt, id] (pagination/cursor.ts).
 */
export function shapeRoster(results: StatementResult[], variables: { first: number }) {
  const [page] = viewResults(results);
  if (!page) throw new Error('no roster page among the replayed statements');
  const rows = assignmentRows(page);
  const shown = rows.slice(0, variables.first);
  const last = shown.at(-1);
  return {
    assignments: {
      totalCount: Number(page[0].total_count),
      pageInfo: {
        hasNextPage: rows.length > variables.first,
        endCursor: last
          ? Buffer.from(JSON.stringify([last.starts_at.toISOString(), last.id])).toString('base64url')
          : null,
      },
      edges: shown.map((row) => ({ node: toNode(row) })),
    },
  };
}
