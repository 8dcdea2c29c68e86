import { FormEvent, useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AssignmentDetailFieldsFragment } from '../gql/graphql';
import { ErrorNotice } from '../ui/error-notice';
import { TimeZoneSelect } from '../ui/time-zone-select';
import { wallClockIn, zonedInstant } from '../ui/zoned-time';
import { interviewHasBegun } from './assignment-outcome';
import { EmailPlanNow } from './plan-email';

const RescheduleDocument = graphql(`
  mutation RescheduleInterview($id: ID!, $startsAt: String!, $timeZone: String!) {
    rescheduleInterview(id: $id, startsAt: $startsAt, timeZone: $timeZone) {
      ...AssignmentDetailFields
    }
  }
`);

const CancelDocument = graphql(`
  mutation CancelAssignment($id: ID!, $reason: String) {
    cancelAssignment(id: $id, reason: $reason) {
      ...AssignmentDetailFields
    }
  }
`);

const CloseDocument = graphql(`
  mutation CloseAssignment($id: ID!) {
    closeAssignment(id: $id) {
      ...AssignmentDetailFields
    }
  }
`);

const RotateLinkDocument = graphql(`
  mutation RotateAssignmentLink($id: ID!, $emailCandidate: Boolean!) {
    rotateAssignmentLink(id: $id, emailCandidate: $emailCandidate) {
      link
      assignment {
        ...AssignmentDetailFields
      }
    }
  }
`);

const RevokeLinkDocument = graphql(`
  mutation RevokeAssignmentLink($id: ID!) {
    revokeAssignmentLink(id: $id) {
      ...AssignmentDetailFields
    }
  }
`);

type Assignment = AssignmentDetailFieldsFragment;
const isOpen = (assignment: Assignment) => assignment.status !== 'CANCELLED' && assignment.status !== 'CLOSED';

export function Reschedule({ assignment }: { assignment: Assignment }) {
  const initial = wallClockIn(assignment.interview.startsAt, assignment.interview.timeZone);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [timeZone, setTimeZone] = useState(assignment.interview.timeZone);
  const [done, setDone] = useState(false);
  const [reschedule, { loading, error }] = useMutation(RescheduleDocument);
  // A moved interview (from here or elsewhere) resets the fields; the confirmation stays.
  useEffect(() => {
    setDate(initial.date);
    setTime(initial.time);
    setTimeZone(assignment.interview.timeZone);
  }, [assignment.interview.startsAt, assignment.interview.timeZone]);
  if (!isOpen(assignment)) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startsAt = zonedInstant(date, time, timeZone);
    if (!startsAt) return;
    const result = await reschedule({ variables: { id: assignment.id, startsAt, timeZone } }).catch(() => null);
    setDone(Boolean(result?.data));
  };

  return (
    <form className="form panel" onSubmit={submit} aria-labelledby="reschedule-heading">
      <h3 id="reschedule-heading">Reschedule</h3>
      {error && <ErrorNotice error={error} title="Could not reschedule" />}
      <div className="field-row">
        <label>
          Date
          <input type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
        </label>
        <label>
          Time
          <input type="time" required value={time} onChange={(event) => setTime(event.target.value)} />
        </label>
      </div>
      <label htmlFor="reschedule-zone">Time zone of the interview</label>
      <TimeZoneSelect id="reschedule-zone" value={timeZone} onChange={setTimeZone} />
      <button type="submit" disabled={loading}>
        {loading ? 'Moving…' : 'Move the interview'}
      </button>
      <p role="status">{done ? 'Moved. Reminders follow the new time.' : ''}</p>
    </form>
  );
}

export function LinkActions({ assignment }: { assignment: Assignment }) {
  const [newLink, setNewLink] = useState<string | null>(null);
  const [emailNewLink, setEmailNewLink] = useState(false);
  const [emailedTo, setEmailedTo] = useState<string | null>(null);
  const [rotate, rotating] = useMutation(RotateLinkDocument);
  const [revoke, revoking] = useMutation(RevokeLinkDocument, { variables: { id: assignment.id } });
  if (!isOpen(assignment)) return null;

  return (
    <div className="panel">
      <h3>Private link and plan email</h3>
      <p>
        {assignment.link.revoked
          ? 'The link is revoked: it no longer opens the plan.'
          : 'The candidate’s link works. Issue a new one if it was lost; the old one then stops working.'}
      </p>
      {rotating.error && <ErrorNotice error={rotating.error} title="Could not issue a new link" />}
      {revoking.error && <ErrorNotice error={revoking.error} title="Could not revoke the link" />}
      {newLink && (
        <p className="private-link">
          <label htmlFor="rotated-link">New private link (shown only now)</label>
          <input id="rotated-link" readOnly value={newLink} onFocus={(event) => event.target.select()} />
        </p>
      )}
      <p role="status">{emailedTo ? `The new link is on its way to ${emailedTo}.` : ''}</p>
      <label className="checkbox">
        <input type="checkbox" checked={emailNewLink} onChange={(event) => setEmailNewLink(event.target.checked)} />
        Email the new link to {assignment.candidate.name}
      </label>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={rotating.loading}
          onClick={async () => {
            setEmailedTo(null);
            const variables = { id: assignment.id, emailCandidate: emailNewLink };
            const result = await rotate({ variables }).catch(() => null);
            if (!result?.data) return;
            setNewLink(result.data.rotateAssignmentLink.link);
            if (emailNewLink) setEmailedTo(assignment.candidate.email);
          }}
        >
          Issue a new link
        </button>
        {!assignment.link.revoked && (
          <button
            type="button"
            className="secondary"
            disabled={revoking.loading}
            onClick={() => {
              setNewLink(null);
              revoke().catch(() => undefined);
            }}
          >
            Revoke the link
          </button>
        )}
      </div>
      <EmailPlanNow assignmentId={assignment.id} candidateEmail={assignment.candidate.email} />
    </div>
  );
}

export function EndActions({ assignment }: { assignment: Assignment }) {
  const [reason, setReason] = useState('');
  const [cancel, cancelling] = useMutation(CancelDocument);
  const [close, closing] = useMutation(CloseDocument, { variables: { id: assignment.id } });
  if (!isOpen(assignment)) return null;
  const canClose = interviewHasBegun(assignment);

  return (
    <div className="panel">
      <h3>End the plan</h3>
      {cancelling.error && <ErrorNotice error={cancelling.error} title="Could not cancel" />}
      {closing.error && <ErrorNotice error={closing.error} title="Could not close" />}
      {canClose && (
        <button type="button" disabled={closing.loading} onClick={() => close().catch(() => undefined)}>
          Close the plan
        </button>
      )}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          cancel({ variables: { id: assignment.id, reason: reason.trim() || null } }).catch(() => undefined);
        }}
      >
        <label>
          Reason for cancelling (optional)
          <input value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        <button type="submit" className="danger" disabled={cancelling.loading}>
          Cancel the plan
        </button>
      </form>
    </div>
  );
}
