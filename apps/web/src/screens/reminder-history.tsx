import type { AssignmentDetailFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../ui/format';
import { TimeInZones } from '../ui/time-in-zones';

type Reminder = AssignmentDetailFieldsFragment['reminders'][number];

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const lower = (status: string | null | undefined) => (status ? status.toLowerCase() : 'planned');

/** Why a reminder stands where it does: its changes, every try at sending it, and the email as sent. */
export function ReminderHistory({ reminder, candidateZone }: { reminder: Reminder; candidateZone: string }) {
  const label = reminder.kind.replace(/-/g, ' ');
  return (
    <details>
      <summary>
        History<span className="visually-hidden"> of {label}</span>: {count(reminder.changes.length, 'change')},{' '}
        {count(reminder.attempts.length, 'attempt')}
        {reminder.message ? ', the message as sent' : ''}
      </summary>
      {reminder.changes.length > 0 && (
        <ol className="history" aria-label={`Changes to ${label}`}>
          {reminder.changes.map((change, index) => (
            <li key={index}>
              {formatDateTime(change.at)}: {change.fromStatus ? `${lower(change.fromStatus)} → ` : ''}
              {lower(change.toStatus)}
              {change.fromDueAt && change.fromDueAt !== change.toDueAt && (
                <>
                  , due moved to <TimeInZones iso={change.toDueAt} otherZone={candidateZone} otherLabel="candidate" />
                </>
              )}
              {change.reason && <span className="why"> ({change.reason})</span>}
            </li>
          ))}
        </ol>
      )}
      {reminder.attempts.length > 0 && (
        <ol className="history" aria-label={`Attempts at sending ${label}`}>
          {reminder.attempts.map((attempt) => (
            <li key={attempt.attempt}>
              Attempt {attempt.attempt}, {formatDateTime(attempt.startedAt)}: {attempt.outcome ?? 'running'}
              {attempt.reply && <span className="why"> ({attempt.reply})</span>}
              {attempt.possibleDuplicate && <strong> possibly sent twice</strong>}
            </li>
          ))}
        </ol>
      )}
      {reminder.message && (
        <figure className="message-as-sent">
          <figcaption>
            Sent {formatDateTime(reminder.message.sentAt)} to {reminder.message.recipient}:{' '}
            <strong>{reminder.message.subject}</strong>
          </figcaption>
          <pre>{reminder.message.text}</pre>
        </figure>
      )}
    </details>
  );
}
