import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { AssignPlanFormQuery, InterviewFormat, NextRoundDraftQuery } from '../gql/graphql';
import { ErrorNotice, ErrorScreen } from '../ui/error-notice';
import { Loading } from '../ui/status';
import { TimeInZones } from '../ui/time-in-zones';
import { TimeZoneSelect } from '../ui/time-zone-select';
import { zonedInstant } from '../ui/zoned-time';
import { EmailPlanNow } from './plan-email';

export const AssignPlanFormDocument = graphql(`
  query AssignPlanForm($candidateId: ID!) {
    candidate(id: $candidateId) {
      id
      name
      timeZone
    }
    planTemplates {
      id
      title
      summary
      source
      status
      version
      sections {
        key
        title
        items {
          key
          title
        }
      }
    }
  }
`);

export const NextRoundDraftDocument = graphql(`
  query NextRoundDraft($assignmentId: ID!) {
    nextRoundDraft(assignmentId: $assignmentId) {
      previousAssignmentId
      templateId
      note
      interview {
        company
        role
        timeZone
        format
        location
        interviewers
      }
      extraItems {
        sectionKey
        title
        guidance
        kind
        dueOffsetHours
      }
    }
  }
`);

export const AssignPlanDocument = graphql(`
  mutation AssignPlan($input: AssignPlanInput!) {
    assignPlan(input: $input) {
      link
      assignment {
        id
        status
        interview {
          company
          role
          startsAt
          timeZone
        }
        candidate {
          id
          email
        }
        reminders {
          id
          kind
          status
          dueAt
        }
      }
    }
  }
`);

type Template = AssignPlanFormQuery['planTemplates'][number];
type NextRoundDraft = NextRoundDraftQuery['nextRoundDraft'];
type Issued = { link: string; assignmentId: string; candidateEmail: string; emailDueAt: string | null };

const FORMATS: Array<{ value: InterviewFormat; label: string }> = [
  { value: 'VIDEO', label: 'Video call' },
  { value: 'PHONE', label: 'Phone' },
  { value: 'IN_PERSON', label: 'In person' },
];

/** Only published versions can be assigned. */
const assignable = (template: Template) => template.status === 'ACTIVE' && template.version > 0;

export default function AssignPlan() {
  const { id = '' } = useParams();
  const nextRoundOf = useSearchParams()[0].get('nextRound');
  const { data, loading, error } = useQuery(AssignPlanFormDocument, { variables: { candidateId: id } });
  const draft = useQuery(NextRoundDraftDocument, {
    variables: { assignmentId: nextRoundOf ?? '' },
    skip: !nextRoundOf,
  });
  const [issued, setIssued] = useState<Issued | null>(null);

  if ((loading && !data) || (draft.loading && !draft.data)) return <Loading />;
  if (error) return <ErrorScreen error={error} title="Could not load the form" />;
  if (draft.error) return <ErrorScreen error={draft.error} title="Could not prefill the next round" />;
  if (!data) return null;
  if (issued)
    return <PrivateLink {...issued} candidateName={data.candidate.name} candidateZone={data.candidate.timeZone} />;
  return (
    <AssignForm
      candidate={data.candidate}
      templates={data.planTemplates.filter(assignable)}
      nextRound={draft.data?.nextRoundDraft ?? null}
      onAssigned={setIssued}
    />
  );
}

function AssignForm({
  candidate,
  templates,
  nextRound,
  onAssigned,
}: {
  candidate: AssignPlanFormQuery['candidate'];
  templates: Template[];
  nextRound: NextRoundDraft | null;
  onAssigned: (issued: Issued) => void;
}) {
  const last = nextRound?.interview;
  const [templateId, setTemplateId] = useState(
    templates.find((entry) => entry.id === nextRound?.templateId)?.id ?? templates[0]?.id ?? '',
  );
  const [interview, setInterview] = useState({
    company: last?.company ?? '',
    role: last?.role ?? '',
    date: '',
    time: '10:00',
    location: last?.location ?? '',
  });
  const [timeZone, setTimeZone] = useState(last?.timeZone ?? candidate.timeZone);
  const [format, setFormat] = useState<InterviewFormat>(last?.format ?? 'VIDEO');
  const [interviewers, setInterviewers] = useState(last?.interviewers.join(', ') ?? '');
  const [dropped, setDropped] = useState<Set<string>>(new Set());
  const [extra, setExtra] = useState({ sectionKey: '', title: '', guidance: '' });
  const [note, setNote] = useState(nextRound?.note ?? '');
  const carried = nextRound?.extraItems ?? [];
  const [formError, setFormError] = useState<string | null>(null);
  const [assign, { loading, error }] = useMutation(AssignPlanDocument, {
    // The candidate's history gains this assignment; it is read again when next shown.
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Candidate', id: candidate.id }), fieldName: 'assignments' });
      // The round before now leads to this one.
      const previousId = nextRound?.previousAssignmentId;
      const next = cache.identify({ __typename: 'Assignment', id: data.assignPlan.assignment.id });
      if (previousId && next)
        cache.modify({
          id: cache.identify({ __typename: 'Assignment', id: previousId }),
          fields: { nextAssignment: (_, { toReference }) => toReference(next) },
        });
    },
  });
  const template = templates.find((entry) => entry.id === templateId);
  const set = (field: keyof typeof interview) => (event: { target: { value: string } }) =>
    setInterview({ ...interview, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startsAt = zonedInstant(interview.date, interview.time, timeZone);
    if (!startsAt) return setFormError('Enter the interview’s date and time.');
    setFormError(null);
    const added = extra.title.trim()
      ? [
          {
            sectionKey: extra.sectionKey || template?.sections[0]?.key || '',
            title: extra.title,
            guidance: extra.guidance,
          },
        ]
      : [];
    const extraItems = [
      ...carried.map(({ sectionKey, title, guidance, kind, dueOffsetHours }) => ({
        sectionKey,
        title,
        guidance,
        kind,
        dueOffsetHours,
      })),
      ...added,
    ];
    const result = await assign({
      variables: {
        input: {
          candidateId: candidate.id,
          templateId,
          interview: {
            company: interview.company,
            role: interview.role,
            startsAt,
            timeZone,
            format,
            location: interview.location || null,
            interviewers: interviewers
              .split(',')
              .map((name) => name.trim())
              .filter(Boolean),
          },
          dropItemKeys: [...dropped],
          extraItems,
          note: note.trim() || null,
          previousAssignmentId: nextRound?.previousAssignmentId ?? null,
        },
      },
    }).catch(() => null);
    if (!result?.data) return;
    const { link, assignment } = result.data.assignPlan;
    const planEmail = assignment.reminders.find((reminder) => reminder.kind === 'assignment');
    onAssigned({
      link,
      assignmentId: assignment.id,
      candidateEmail: assignment.candidate.email,
      emailDueAt: planEmail && planEmail.status !== 'SENT' ? planEmail.dueAt : null,
    });
  };

  return (
    <>
      <p>
        <Link to={`/candidates/${candidate.id}`}>← {candidate.name}</Link>
      </p>
      <h1>{nextRound ? `Assign the next round to ${candidate.name}` : `Assign a plan to ${candidate.name}`}</h1>
      {nextRound && (
        <p className="notice">
          Prefilled from the last round: set the new interview’s date and time.
          {carried.length > 0 && ` Carried over: ${carried.map((item) => item.title).join(', ')}.`}
        </p>
      )}
      {templates.length === 0 && <p className="notice">No published plan yet: publish a template first.</p>}
      <form className="form" onSubmit={submit}>
        <label>
          Plan
          <select value={templateId} onChange={(event) => setTemplateId(event.target.value)} required>
            {templates.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title} (version {entry.version})
              </option>
            ))}
          </select>
        </label>
        {template && <p className="hint">{template.summary}</p>}
        <fieldset>
          <legend>Interview</legend>
          <label>
            Company
            <input required value={interview.company} onChange={set('company')} />
          </label>
          <label>
            Role
            <input required value={interview.role} onChange={set('role')} />
          </label>
          <div className="field-row">
            <label>
              Date
              <input type="date" required value={interview.date} onChange={set('date')} />
            </label>
            <label>
              Time
              <input type="time" required value={interview.time} onChange={set('time')} />
            </label>
          </div>
          <label htmlFor="interview-zone">Time zone of the interview</label>
          <TimeZoneSelect id="interview-zone" value={timeZone} onChange={setTimeZone} />
          <p className="hint">
            Defaults to {candidate.name}’s zone ({candidate.timeZone}).
          </p>
          <label>
            Format
            <select value={format} onChange={(event) => setFormat(event.target.value as InterviewFormat)}>
              {FORMATS.map((entry) => (
                <option key={entry.value} value={entry.value}>
                  {entry.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Location or call link (optional)
            <input value={interview.location} onChange={set('location')} />
          </label>
          <label>
            Interviewers, separated by commas (optional)
            <input value={interviewers} onChange={(event) => setInterviewers(event.target.value)} />
          </label>
        </fieldset>
        {template && (
          <fieldset>
            <legend>Items ({template.sections.reduce((sum, section) => sum + section.items.length, 0)})</legend>
            <p className="hint">Untick an item to leave it out for {candidate.name}.</p>
            {template.sections.map((section) => (
              <div key={section.key} className="item-group">
                <p className="group-title">{section.title}</p>
                {section.items.map((item) => (
                  <label key={item.key} className="checkbox">
                    <input
                      type="checkbox"
                      checked={!dropped.has(item.key)}
                      onChange={(event) => {
                        const next = new Set(dropped);
                        if (event.target.checked) next.delete(item.key);
                        else next.add(item.key);
                        setDropped(next);
                      }}
                    />
                    {item.title}
                  </label>
                ))}
              </div>
            ))}
          </fieldset>
        )}
        {template && (
          <fieldset>
            <legend>An extra item (optional)</legend>
            <label>
              Section
              <select
                value={extra.sectionKey}
                onChange={(event) => setExtra({ ...extra, sectionKey: event.target.value })}
              >
                {template.sections.map((section) => (
                  <option key={section.key} value={section.key}>
                    {section.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Title
              <input value={extra.title} onChange={(event) => setExtra({ ...extra, title: event.target.value })} />
            </label>
            <label>
              Guidance
              <textarea
                value={extra.guidance}
                required={extra.title.trim() !== ''}
                onChange={(event) => setExtra({ ...extra, guidance: event.target.value })}
              />
            </label>
          </fieldset>
        )}
        <label>
          A note for {candidate.name} (optional)
          <textarea value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        {error && <ErrorNotice error={error} title="Could not assign the plan" />}
        <button type="submit" disabled={loading || !template}>
          {loading ? 'Assigning…' : 'Assign plan'}
        </button>
      </form>
    </>
  );
}

function PrivateLink({
  link,
  assignmentId,
  candidateEmail,
  emailDueAt,
  candidateName,
  candidateZone,
}: Issued & { candidateName: string; candidateZone: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <>
      <h1>Plan assigned</h1>
      <p>
        This is {candidateName}’s private link. It is shown only now: copy it and send it to them. If it is lost, issue
        a new one from the assignment.
      </p>
      <p className="private-link">
        <label htmlFor="private-link">Private link</label>
        <input id="private-link" readOnly value={link} onFocus={(event) => event.target.select()} />
      </p>
      <div className="actions">
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <Link className="button secondary" to={`/assignments/${assignmentId}`}>
          Open the assignment
        </Link>
      </div>
      <p role="status">
        {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Copy failed: select the link and copy it.' : ''}
      </p>
      <h2>The plan email</h2>
      <p>
        {emailDueAt ? (
          <>
            The plan email to {candidateEmail} goes out{' '}
            <TimeInZones iso={emailDueAt} otherZone={candidateZone} otherLabel="candidate" />.
          </>
        ) : (
          `The plan email to ${candidateEmail} is sent.`
        )}{' '}
        To send it at once (with a link of its own), email it now.
      </p>
      <EmailPlanNow assignmentId={assignmentId} candidateEmail={candidateEmail} />
    </>
  );
}
