import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import type { CandidateFieldsFragment } from '../gql/graphql';
import { ErrorNotice, ErrorScreen } from '../ui/error-notice';
import { formatDate } from '../ui/format';
import { Empty, Loading } from '../ui/status';
import { TimeInZones } from '../ui/time-in-zones';
import { TimeZoneSelect } from '../ui/time-zone-select';
import { ProgressMeter, STATUS_LABELS } from './assignment-summary';
import { CoachPicker } from './coach-picker';

const CandidateDocument = graphql(`
  query Candidate($id: ID!) {
    candidate(id: $id) {
      ...CandidateFields
      createdAt
      assignments {
        id
        status
        templateTitle
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
    }
  }
`);

const UpdateCandidateDocument = graphql(`
  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {
    updateCandidate(id: $id, input: $input) {
      ...CandidateFields
    }
  }
`);

const ArchiveCandidateDocument = graphql(`
  mutation ArchiveCandidate($id: ID!) {
    archiveCandidate(id: $id) {
      ...CandidateFields
    }
  }
`);

export default function CandidateScreen() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CandidateDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [archive, archiving] = useMutation(ArchiveCandidateDocument, { variables: { id } });

  if (loading && !data) return <Loading />;
  if (error) return <ErrorScreen error={error} title="Could not load the candidate" />;
  if (!data) return null;
  const candidate = data.candidate;

  return (
    <>
      <p>
        <Link to="/candidates">← Candidates</Link>
      </p>
      <h1>{candidate.name}</h1>
      {candidate.archivedAt && <p className="notice">Archived on {formatDate(candidate.archivedAt)}.</p>}
      {candidate.unsubscribed && <p className="notice">This candidate asked for no more email.</p>}
      {editing ? (
        <EditCandidate candidate={candidate} onDone={() => setEditing(false)} />
      ) : (
        <dl className="details">
          <dt>Email</dt>
          <dd>{candidate.email}</dd>
          <dt>Time zone</dt>
          <dd>{candidate.timeZone}</dd>
          <dt>Coach</dt>
          <dd>{candidate.coach.name}</dd>
        </dl>
      )}
      {archiving.error && <ErrorNotice error={archiving.error} title="Could not archive" />}
      <div className="actions">
        {!candidate.archivedAt && (
          <Link className="button" to={`/candidates/${candidate.id}/assign`}>
            Assign a plan
          </Link>
        )}
        {!editing && (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        {!candidate.archivedAt && (
          <button
            type="button"
            className="secondary"
            disabled={archiving.loading}
            onClick={() => archive().catch(() => undefined)}
          >
            {archiving.loading ? 'Archiving…' : 'Archive'}
          </button>
        )}
      </div>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Assignments</h2>
        {candidate.assignments.length === 0 ? (
          <Empty>No plan assigned yet.</Empty>
        ) : (
          <ul className="rows">
            {candidate.assignments.map((assignment) => (
              <li key={assignment.id} className="card-row">
                <Link to={`/assignments/${assignment.id}`} className="row-title">
                  {assignment.interview.role} at {assignment.interview.company}
                </Link>
                <TimeInZones
                  iso={assignment.interview.startsAt}
                  otherZone={assignment.interview.timeZone}
                  otherLabel="interview"
                />
                <span>{assignment.templateTitle}</span>
                <ProgressMeter done={assignment.progress.done} total={assignment.progress.total} />
                <span className="badge">{STATUS_LABELS[assignment.status] ?? assignment.status}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function EditCandidate({ candidate, onDone }: { candidate: CandidateFieldsFragment; onDone: () => void }) {
  const [fields, setFields] = useState({ name: candidate.name, email: candidate.email, timeZone: candidate.timeZone });
  const [coachId, setCoachId] = useState(candidate.coach.id);
  const [update, { loading, error }] = useMutation(UpdateCandidateDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Only OWNER and ADMIN may reassign; the coach is sent only when it changes.
    const input = coachId === candidate.coach.id ? fields : { ...fields, coachId };
    const result = await update({ variables: { id: candidate.id, input } }).catch(() => null);
    if (result?.data) onDone();
  };

  return (
    <form className="form panel" onSubmit={submit} aria-label="Edit candidate">
      {error && <ErrorNotice error={error} title="Could not save" />}
      <label>
        Name
        <input required value={fields.name} onChange={(e) => setFields({ ...fields, name: e.target.value })} />
      </label>
      <label>
        Email
        <input
          type="email"
          required
          value={fields.email}
          onChange={(e) => setFields({ ...fields, email: e.target.value })}
        />
      </label>
      <label htmlFor="edit-candidate-zone">Time zone</label>
      <TimeZoneSelect
        id="edit-candidate-zone"
        value={fields.timeZone}
        onChange={(timeZone) => setFields({ ...fields, timeZone })}
      />
      <CoachPicker value={coachId} onChange={setCoachId} everyone={false} />
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
