import { SelectQueryBuilder } from 'typeorm';
import { AssignmentStatus } from '@prep/domain';

/** How far ahead an interview counts as upcoming: the dashboard's list and the filter of the same name. */
const UPCOMING_DAYS = 7;

const UPCOMING_SQL = 'a.status <> :upcomingCancelled AND a.starts_at >= :upcomingFrom AND a.starts_at < :upcomingUntil';

/** Narrows assignment `a` to interviews in the next UPCOMING_DAYS from `now` that are not cancelled (or to the others). */
export function whereUpcoming<T extends object>(
  query: SelectQueryBuilder<T>,
  now: Date,
  upcoming = true,
): SelectQueryBuilder<T> {
  const until = new Date(now.getTime() + UPCOMING_DAYS * 24 * 3600 * 1000);
  return query.andWhere(upcoming ? `(${UPCOMING_SQL})` : `NOT (${UPCOMING_SQL})`, {
    upcomingCancelled: AssignmentStatus.CANCELLED,
    upcomingFrom: now,
    upcomingUntil: until,
  });
}
