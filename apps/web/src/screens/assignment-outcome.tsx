import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { AssignmentDetailFieldsFragment, InterviewOutcome } from '../gql/graphql';
import { ErrorNotice } from '../ui/error-notice';
import { formatDateTime } from '../ui/format';

export const RecordOutcomeDocument = graphql(`
  mutation RecordInterviewOutcome($assignmentId: ID!, $outcome: InterviewOutcome!, $note: String) {
    recordInterviewOutcome(assignmentId: $assignmentId, outcome: $outcome, note: $note) {
      ...AssignmentDetailFields
    }
  }
`);

export const OUTCOME_LABELS: Record<InterviewOutcome, string> = {
  NEXT_ROUND: 'Next round',
  OFFER: 'Offer',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
  NO_DECISION: 'No decision yet',
};

type Assignment = AssignmentDetailFieldsFragment;

/** Once the interview has begun (or the plan moved past it), the coach says how it went. */
export function interviewHasBegun(assignment: Assignment, now = Date.now()): boolean {
  if (assignment.status === 'CANCELLED') return false;
  return assignment.status !== 'ASSIGNED' && assignment.status !== 'IN_PROGRESS'
    ? true
    : Date.parse(assignment.interview.startsAt) <= now;
}

export function OutcomeForm({ assignment }: { assignment: Assignment }) {
  const [outcome, setOutcome] = useState<InterviewOutcome>(assignment.outcome ?? 'NO_DECISION');
  const [note, setNote] = useState(assignment.outcomeNote ?? '');
  const [record, { loading, error }] = useMutation(RecordOutcomeDocument);
  if (!interviewHasBegun(assignment)) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record({ variables: { assignmentId: assignment.id, outcome, note: note.trim() || null } }).catch(() => undefined);
  };

  return (
    <form className="form panel" onSubmit={submit} aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">Outcome</h3>
      {assignment.outcome && assignment.outcomeRecordedAt && (
        <p role="status">
          Recorded: <strong>{OUTCOME_LABELS[assignment.outcome]}</strong>
          {assignment.outcomeNote ? ` (${assignment.outcomeNote})` : ''}, {formatDateTime(assignment.outcomeRecordedAt)}
        </p>
      )}
      {error && <ErrorNotice error={error} title="Could not record the outcome" />}
      <label>
        How did it go?
        <select value={outcome} onChange={(event) => setOutcome(event.target.value as InterviewOutcome)}>
          {Object.entries(OUTCOME_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note (optional)
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="submit" disabled={loading}>
        {loading ? 'Saving…' : assignment.outcome ? 'Replace the outcome' : 'Record the outcome'}
      </button>
      <NextRound assignment={assignment} />
    </form>
  );
}

/** A NEXT_ROUND outcome leads to the next plan: open it, or assign it prefilled from this one. */
function NextRound({ assignment }: { assignment: Assignment }) {
  if (assignment.nextAssignment)
    return <Link to={`/assignments/${assignment.nextAssignment.id}`}>Open the next round</Link>;
  if (assignment.outcome !== 'NEXT_ROUND') return null;
  return (
    <Link className="button secondary" to={`/candidates/${assignment.candidate.id}/assign?nextRound=${assignment.id}`}>
      Assign the next round
    </Link>
  );
}
