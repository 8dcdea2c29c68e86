import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { ErrorNotice } from '../ui/error-notice';
import { formatNumber } from '../ui/format';
import { Empty, Loading } from '../ui/status';

const DAY_MS = 86_400_000;

const DeliveryHealthDocument = graphql(`
  query DeliveryHealth($from: String!, $to: String!) {
    deliveryHealth(from: $from, to: $to) {
      byKind {
        kind
        sent
        pending
        skipped
        failed
      }
      lateness {
        p50Seconds
        p99Seconds
        maxSeconds
      }
    }
  }
`);

function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 120) return `${formatNumber(Math.round(seconds))} s`;
  return `${formatNumber(Math.round(seconds / 60))} min`;
}

/** How the reminders due in the last days went: counts by kind and how late they were sent. */
export function DeliveryHealthPanel() {
  const [range] = useState(() => {
    const now = Date.now();
    return { from: new Date(now - 7 * DAY_MS).toISOString(), to: new Date(now + DAY_MS).toISOString() };
  });
  const { data, loading, error } = useQuery(DeliveryHealthDocument, { variables: range });
  const health = data?.deliveryHealth;
  return (
    <section aria-labelledby="delivery-heading" className="panel">
      <h2 id="delivery-heading">Delivery health (last 7 days)</h2>
      {error && <ErrorNotice error={error} title="Could not load delivery health" />}
      {loading && !health && <Loading />}
      {health && health.byKind.length === 0 && <Empty>No reminders were due in this range.</Empty>}
      {health && health.byKind.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Reminder</th>
                  <th scope="col">Sent</th>
                  <th scope="col">Pending</th>
                  <th scope="col">Skipped</th>
                  <th scope="col">Failed</th>
                </tr>
              </thead>
              <tbody>
                {health.byKind.map((row) => (
                  <tr key={row.kind}>
                    <th scope="row">{row.kind}</th>
                    <td>{formatNumber(row.sent)}</td>
                    <td>{formatNumber(row.pending)}</td>
                    <td>{formatNumber(row.skipped)}</td>
                    <td>{formatNumber(row.failed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            Sent after the due time: median {formatSeconds(health.lateness.p50Seconds)}, 99th percentile{' '}
            {formatSeconds(health.lateness.p99Seconds)}, at most {formatSeconds(health.lateness.maxSeconds)}.
          </p>
        </>
      )}
    </section>
  );
}
