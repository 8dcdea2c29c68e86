import type { AuditEventsFilter } from '../gql/graphql';

const DAY_MS = 86_400_000;

/** The start of a local date (YYYY-MM-DD) in the viewer's zone, as an instant. */
function startOfLocalDay(date: string): Date {
  return new Date(`${date}T00:00`);
}

/**
 * The audit log's filter from the screen's address. Dates are the viewer's days; the API's `to`
 * is exclusive, so "until" a day includes all of it.
 */
export function activityFilter(params: URLSearchParams): AuditEventsFilter {
  const from = params.get('from');
  const to = params.get('to');
  return {
    subjectType: params.get('subject') || null,
    actorMemberId: params.get('actor') || null,
    from: from ? startOfLocalDay(from).toISOString() : null,
    to: to ? new Date(startOfLocalDay(to).getTime() + DAY_MS).toISOString() : null,
  };
}
