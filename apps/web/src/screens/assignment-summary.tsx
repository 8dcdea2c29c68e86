import { Link } from 'react-router';
import { graphql } from '../gql';
import type { AssignmentSummaryFieldsFragment } from '../gql/graphql';
import { TimeInZones } from '../ui/time-in-zones';

export const AssignmentSummaryFields = graphql(`
  fragment AssignmentSummaryFields on Assignment {
    id
    status
    candidate {
      id
      name
      timeZone
    }
    interview {
      company
      role
      startsAt
      timeZone
    }
    progress {
      done
      total
    }
  }
`);

export const STATUS_LABELS: Record<string, string> = {
  ASSIGNED: 'Assigned',
  IN_PROGRESS: 'In progress',
  INTERVIEWED: 'Interviewed',
  FOLLOWED_UP: 'Followed up',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};

export function ProgressMeter({ done, total }: { done: number; total: number }) {
  return (
    <span className="progress">
      <progress value={done} max={Math.max(total, 1)} aria-label={`${done} of ${total} done`} />
      <span>
        {done}/{total}
      </span>
    </span>
  );
}

export function AssignmentRow({ assignment, why }: { assignment: AssignmentSummaryFieldsFragment; why?: string }) {
  return (
    <li className="card-row">
      <Link to={`/assignments/${assignment.id}`} className="row-title">
        {assignment.candidate.name}
      </Link>
      <span>
        {assignment.interview.role} at {assignment.interview.company}
      </span>
      <TimeInZones
        iso={assignment.interview.startsAt}
        otherZone={assignment.interview.timeZone}
        otherLabel="interview"
      />
      <ProgressMeter done={assignment.progress.done} total={assignment.progress.total} />
      <span className="badge">{STATUS_LABELS[assignment.status] ?? assignment.status}</span>
      {why && <span className="why">{why}</span>}
    </li>
  );
}
