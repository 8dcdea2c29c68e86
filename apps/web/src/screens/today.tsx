import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { AssignmentSummaryFieldsFragment } from '../gql/graphql';
import { ErrorNotice } from '../ui/error-notice';
import { formatNumber, formatPercent } from '../ui/format';
import { Empty, Loading } from '../ui/status';
import { AssignmentRow, STATUS_LABELS } from './assignment-summary';
import { CoachPicker } from './coach-picker';

const TodayDocument = graphql(`
  query Today($coachId: ID, $from: String!, $to: String!) {
    dashboard(coachId: $coachId, from: $from, to: $to) {
      byStatus {
        status
        count
      }
      followUpSentRate
      medianProgressAtTMinus24h
      reminders {
        sent
        skipped
        failed
      }
      upcomingInterviews {
        ...AssignmentSummaryFields
      }
      moreUpcomingInterviews
      atRisk {
        ...AssignmentSummaryFields
      }
      moreAtRisk
    }
  }
`);

const DAY_MS = 24 * 3600 * 1000;

/** The Assignments list under one filter, for the coach the screen shows (or everyone). */
function assignmentsLink(filter: 'upcoming' | 'risk', coachId: string): string {
  const params = new URLSearchParams({ [filter]: '1' });
  if (coachId) params.set('coach', coachId);
  return `/assignments?${params}`;
}

/** Under a shortened list: where the rest is. */
function SeeAll({ to, children }: { to: string; children: string }) {
  return (
    <p className="see-all">
      <Link to={to}>{children}</Link>
    </p>
  );
}

/** Why the API counts an assignment at risk (the rule is in the schema's description). */
function atRiskReason(assignment: AssignmentSummaryFieldsFragment, now: number): string {
  return new Date(assignment.interview.startsAt).getTime() > now
    ? 'Interview within 72 hours and under half done'
    : 'Interviewed over a day ago, no follow-up sent';
}

export default function Today() {
  const [coachId, setCoachId] = useState('');
  const window = useMemo(() => {
    const now = Date.now();
    return { now, from: new Date(now - 7 * DAY_MS).toISOString(), to: new Date(now + 7 * DAY_MS).toISOString() };
  }, []);
  const { data, loading, error } = useQuery(TodayDocument, {
    variables: { coachId: coachId || null, from: window.from, to: window.to },
  });
  const dashboard = data?.dashboard;

  return (
    <>
      <h1>Today</h1>
      <CoachPicker value={coachId} onChange={setCoachId} />
      {error && <ErrorNotice error={error} title="Could not load today’s figures" />}
      {loading && !dashboard && <Loading />}
      {dashboard && (
        <>
          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">The last 7 days and the next 7</h2>
            <dl className="figures">
              <div>
                <dt>Reminders sent</dt>
                <dd>{formatNumber(dashboard.reminders.sent)}</dd>
              </div>
              <div>
                <dt>Skipped</dt>
                <dd>{formatNumber(dashboard.reminders.skipped)}</dd>
              </div>
              <div>
                <dt>Failed</dt>
                <dd>{formatNumber(dashboard.reminders.failed)}</dd>
              </div>
              <div>
                <dt>Median readiness 24 h before</dt>
                <dd>{formatPercent(dashboard.medianProgressAtTMinus24h)}</dd>
              </div>
              <div>
                <dt>Follow-ups sent</dt>
                <dd>{formatPercent(dashboard.followUpSentRate)}</dd>
              </div>
              {dashboard.byStatus.map((entry) => (
                <div key={entry.status}>
                  <dt>{STATUS_LABELS[entry.status] ?? entry.status}</dt>
                  <dd>{formatNumber(entry.count)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">Interviews in the next 7 days</h2>
            {dashboard.upcomingInterviews.length === 0 ? (
              <Empty>No interviews in the next 7 days.</Empty>
            ) : (
              <ul className="rows">
                {dashboard.upcomingInterviews.map((assignment) => (
                  <AssignmentRow key={assignment.id} assignment={assignment} />
                ))}
              </ul>
            )}
            {dashboard.moreUpcomingInterviews && (
              <SeeAll to={assignmentsLink('upcoming', coachId)}>See all interviews in the next 7 days</SeeAll>
            )}
          </section>
          <section aria-labelledby="risk-heading">
            <h2 id="risk-heading">At risk</h2>
            {dashboard.atRisk.length === 0 ? (
              <Empty>Nobody is at risk right now.</Empty>
            ) : (
              <ul className="rows">
                {dashboard.atRisk.map((assignment) => (
                  <AssignmentRow
                    key={assignment.id}
                    assignment={assignment}
                    why={atRiskReason(assignment, window.now)}
                  />
                ))}
              </ul>
            )}
            {dashboard.moreAtRisk && <SeeAll to={assignmentsLink('risk', coachId)}>See everyone at risk</SeeAll>}
          </section>
        </>
      )}
    </>
  );
}
