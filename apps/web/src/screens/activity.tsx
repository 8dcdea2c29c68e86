import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { ActivityQuery } from '../gql/graphql';
import { useSession } from '../session/app-session';
import { ErrorNotice } from '../ui/error-notice';
import { formatDateTime, formatNumber } from '../ui/format';
import { Empty, Loading } from '../ui/status';
import { CoachPicker } from './coach-picker';
import { activityFilter } from './activity-filter';
import { DeliveryHealthPanel } from './delivery-health';

const PAGE_SIZE = 50;
const SUBJECT_TYPES = ['candidate', 'assignment', 'member', 'organization', 'plan_template'];

const ActivityDocument = graphql(`
  query Activity($first: Int!, $after: String, $filter: AuditEventsFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          action
          actorType
          actorMemberId
          subjectType
          subjectId
          occurredAt
          details
        }
      }
    }
    members(includeRemoved: true) {
      id
      name
    }
  }
`);

type AuditEventNode = ActivityQuery['auditEvents']['edges'][number]['node'];

export default function Activity() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const subjectType = params.get('subject') ?? '';
  const actorMemberId = params.get('actor') ?? '';
  const fromDate = params.get('from') ?? '';
  const toDate = params.get('to') ?? '';
  const allowed = session.status === 'signed-in' && session.user.role !== 'COACH';
  const filter = activityFilter(params);
  const { data, loading, error, fetchMore } = useQuery(ActivityDocument, {
    variables: { first: PAGE_SIZE, filter },
    skip: !allowed,
    // The log grows with every action elsewhere in the app; each visit asks the server again.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!allowed) {
    return (
      <>
        <h1>Activity</h1>
        <p className="notice">Only an owner or admin sees the organization’s activity.</p>
      </>
    );
  }
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const names = new Map((data?.members ?? []).map((member) => [member.id, member.name]));
  const connection = data?.auditEvents;

  return (
    <>
      <h1>Activity</h1>
      <DeliveryHealthPanel />
      <h2>Audit log</h2>
      <form className="toolbar" aria-label="Filter the audit log" onSubmit={(event) => event.preventDefault()}>
        <label>
          Record
          <select value={subjectType} onChange={(e) => setParam('subject', e.target.value)}>
            <option value="">All records</option>
            {SUBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {type.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <CoachPicker value={actorMemberId} onChange={(id) => setParam('actor', id)} label="By" />
        <label>
          From
          <input type="date" value={fromDate} onChange={(e) => setParam('from', e.target.value)} />
        </label>
        <label>
          Until
          <input type="date" value={toDate} onChange={(e) => setParam('to', e.target.value)} />
        </label>
      </form>
      {error && <ErrorNotice error={error} title="Could not load the activity" />}
      {loading && !connection && <Loading />}
      {connection && (
        <>
          <p className="count" aria-live="polite">
            {formatNumber(connection.totalCount)} {connection.totalCount === 1 ? 'event' : 'events'}
          </p>
          {connection.edges.length === 0 ? (
            <Empty>No activity matches these filters.</Empty>
          ) : (
            // A narrow screen scrolls the table sideways; the region takes focus so the keyboard can too.
            <div className="table-wrap" role="region" aria-label="Audit log" tabIndex={0}>
              <table>
                <caption className="visually-hidden">Audit log, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">What</th>
                    <th scope="col">Record</th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <AuditRow key={node.id} event={node} actor={actorName(node, names)} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {connection.pageInfo.hasNextPage && (
            <button
              type="button"
              disabled={loading}
              onClick={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {loading ? 'Loading…' : 'Show more'}
            </button>
          )}
        </>
      )}
    </>
  );
}

function actorName(event: AuditEventNode, names: Map<string, string>): string {
  if (event.actorType !== 'MEMBER') return event.actorType.toLowerCase();
  return (event.actorMemberId && names.get(event.actorMemberId)) || 'a member';
}

function AuditRow({ event, actor }: { event: AuditEventNode; actor: string }) {
  return (
    <tr>
      <td>
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
      </td>
      <td>{actor}</td>
      <td>{event.action}</td>
      <td>
        {event.subjectType.replace('_', ' ')} <SubjectLink type={event.subjectType} id={event.subjectId} />
      </td>
      <td>
        <code>{JSON.stringify(event.details)}</code>
      </td>
    </tr>
  );
}

const SCREEN_OF_SUBJECT: Record<string, string> = {
  candidate: '/candidates',
  assignment: '/assignments',
  plan_template: '/templates',
};

/** The record's screen when it has one; its id's start otherwise. */
function SubjectLink({ type, id }: { type: string; id: string }) {
  const screen = SCREEN_OF_SUBJECT[type];
  const short = id.slice(0, 8);
  if (!screen) return <span className="hint">{short}</span>;
  return <Link to={`${screen}/${id}`}>{short}</Link>;
}
