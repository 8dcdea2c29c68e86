import { Fragment } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AssignmentDetailFieldsFragment } from '../gql/graphql';
import { ErrorNotice } from '../ui/error-notice';
import { formatNumber } from '../ui/format';
import { Empty } from '../ui/status';
import { TimeInZones } from '../ui/time-in-zones';
import { ReminderHistory } from './reminder-history';

const SendNowDocument = graphql(`
  mutation SendReminderNow($id: ID!) {
    sendReminderNow(id: $id) {
      ...ReminderDetailFields
    }
  }
`);

const SkipDocument = graphql(`
  mutation SkipReminder($id: ID!) {
    skipReminder(id: $id) {
      ...ReminderDetailFields
    }
  }
`);

type Reminder = AssignmentDetailFieldsFragment['reminders'][number];

const PENDING = new Set(['SCHEDULED', 'QUEUED']);

export function ReminderList({ assignment }: { assignment: AssignmentDetailFieldsFragment }) {
  const reminders = [...assignment.reminders].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  if (reminders.length === 0) return <Empty>No reminders planned.</Empty>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Reminders in the order they are due</caption>
        <thead>
          <tr>
            <th scope="col">Due</th>
            <th scope="col">Message</th>
            <th scope="col">To</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {reminders.map((reminder) => (
            <Fragment key={reminder.id}>
              <ReminderRow reminder={reminder} candidateZone={assignment.candidate.timeZone} />
              <tr className="reminder-history">
                <td colSpan={6}>
                  <ReminderHistory reminder={reminder} candidateZone={assignment.candidate.timeZone} />
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReminderRow({ reminder, candidateZone }: { reminder: Reminder; candidateZone: string }) {
  const [sendNow, sending] = useMutation(SendNowDocument, { variables: { id: reminder.id } });
  const [skip, skipping] = useMutation(SkipDocument, { variables: { id: reminder.id } });
  const actionable = PENDING.has(reminder.status) || reminder.status === 'FAILED';
  const label = reminder.kind.replace(/-/g, ' ');
  return (
    <tr>
      <td>
        <TimeInZones iso={reminder.dueAt} otherZone={candidateZone} otherLabel="candidate" />
      </td>
      <td>{label}</td>
      <td>{reminder.recipient}</td>
      <td>
        <span className={`badge status-${reminder.status.toLowerCase()}`}>{reminder.status.toLowerCase()}</span>
        {(reminder.reason || reminder.lastError) && (
          <span className="why"> {reminder.reason ?? reminder.lastError}</span>
        )}
        {sending.error && <ErrorNotice error={sending.error} title="Could not send" />}
        {skipping.error && <ErrorNotice error={skipping.error} title="Could not skip" />}
      </td>
      <td>{formatNumber(reminder.attemptCount)}</td>
      <td>
        {actionable && (
          <span className="actions">
            <button
              type="button"
              className="small"
              disabled={sending.loading}
              aria-label={`Send now: ${label}`}
              onClick={() => sendNow().catch(() => undefined)}
            >
              Send now
            </button>
            {PENDING.has(reminder.status) && (
              <button
                type="button"
                className="small secondary"
                disabled={skipping.loading}
                aria-label={`Skip: ${label}`}
                onClick={() => skip().catch(() => undefined)}
              >
                Skip
              </button>
            )}
          </span>
        )}
      </td>
    </tr>
  );
}
