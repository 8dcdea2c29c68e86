import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { ErrorScreen } from '../ui/error-notice';
import { formatDate, formatDateTime } from '../ui/format';
import { Loading } from '../ui/status';
import { TimeInZones } from '../ui/time-in-zones';
import { EndActions, LinkActions, Reschedule } from './assignment-actions';
import { ReminderList } from './assignment-reminders';
import { OutcomeForm } from './assignment-outcome';
import { ProgressBySection } from './assignment-progress';
import { ProgressMeter, STATUS_LABELS } from './assignment-summary';

export const AssignmentDocument = graphql(`
  query Assignment($id: ID!) {
    assignment(id: $id) {
      ...AssignmentDetailFields
    }
  }
`);

const FORMAT_LABELS: Record<string, string> = { VIDEO: 'Video call', PHONE: 'Phone', IN_PERSON: 'In person' };

export default function AssignmentScreen() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(AssignmentDocument, { variables: { id } });

  if (loading && !data) return <Loading />;
  if (error) return <ErrorScreen error={error} title="Could not load the assignment" />;
  if (!data) return null;
  const assignment = data.assignment;
  const { interview } = assignment;

  return (
    <>
      <p>
        <Link to={`/candidates/${assignment.candidate.id}`}>← {assignment.candidate.name}</Link>
      </p>
      <h1>
        {assignment.candidate.name}: {interview.role} at {interview.company}
      </h1>
      <p>
        <span className="badge">{STATUS_LABELS[assignment.status] ?? assignment.status}</span>{' '}
        {assignment.templateTitle}, coached by {assignment.coach.name}
      </p>
      {assignment.previousAssignment && (
        <p>
          <Link to={`/assignments/${assignment.previousAssignment.id}`}>The round before this one</Link>
        </p>
      )}
      {assignment.cancelledAt && (
        <p className="notice">
          Cancelled {formatDateTime(assignment.cancelledAt)}
          {assignment.cancelReason ? `: ${assignment.cancelReason}` : ''}
        </p>
      )}
      <section aria-labelledby="interview-heading">
        <h2 id="interview-heading">Interview</h2>
        <dl className="details">
          <dt>When</dt>
          <dd>
            <TimeInZones iso={interview.startsAt} otherZone={interview.timeZone} otherLabel="interview" />
          </dd>
          <dt>Format</dt>
          <dd>{FORMAT_LABELS[interview.format] ?? interview.format}</dd>
          {interview.location && (
            <>
              <dt>Where</dt>
              <dd>{interview.location}</dd>
            </>
          )}
          {interview.interviewers.length > 0 && (
            <>
              <dt>Interviewers</dt>
              <dd>{interview.interviewers.join(', ')}</dd>
            </>
          )}
          {assignment.expectedDecisionDate && (
            <>
              <dt>Decision expected</dt>
              <dd>{formatDate(assignment.expectedDecisionDate)}</dd>
            </>
          )}
          {assignment.note && (
            <>
              <dt>Note to the candidate</dt>
              <dd>{assignment.note}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">
          Progress <ProgressMeter done={assignment.progress.done} total={assignment.progress.total} />
        </h2>
        <ProgressBySection assignment={assignment} />
      </section>
      <section aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        <ReminderList assignment={assignment} />
      </section>
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">Actions</h2>
        <div className="action-panels">
          <OutcomeForm assignment={assignment} />
          <Reschedule assignment={assignment} />
          <LinkActions assignment={assignment} />
          <EndActions assignment={assignment} />
        </div>
      </section>
    </>
  );
}
