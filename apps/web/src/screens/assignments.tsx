import { FormEvent, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { AssignmentStatus } from '../gql/graphql';
import { ConnectionList } from '../ui/connection-list';
import { AssignmentRow, STATUS_LABELS } from './assignment-summary';
import { CoachPicker } from './coach-picker';

const PAGE_SIZE = 50;

const AssignmentsDocument = graphql(`
  query Assignments($first: Int!, $after: String, $filter: AssignmentsFilter) {
    assignments(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...AssignmentSummaryFields
        }
      }
    }
  }
`);

const STATUSES = Object.keys(STATUS_LABELS) as AssignmentStatus[];

export default function Assignments() {
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const status = (params.get('status') ?? '') as AssignmentStatus | '';
  const atRisk = params.get('risk') === '1';
  const upcoming = params.get('upcoming') === '1';
  const coachId = params.get('coach') ?? '';
  const [searchText, setSearchText] = useState(search);
  const { data, loading, error, fetchMore } = useQuery(AssignmentsDocument, {
    variables: {
      first: PAGE_SIZE,
      filter: {
        search: search || null,
        status: status || null,
        atRisk: atRisk || null,
        upcoming: upcoming || null,
        coachId: coachId || null,
      },
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.assignments;
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const applySearch = (event: FormEvent) => {
    event.preventDefault();
    setParam('search', searchText.trim());
  };

  return (
    <>
      <h1>Assignments</h1>
      <form className="toolbar" role="search" onSubmit={applySearch}>
        <label>
          Search by candidate or company
          <input type="search" value={searchText} onChange={(event) => setSearchText(event.target.value)} />
        </label>
        <button type="submit">Search</button>
        <label>
          Status
          <select value={status} onChange={(event) => setParam('status', event.target.value)}>
            <option value="">Any</option>
            {STATUSES.map((entry) => (
              <option key={entry} value={entry}>
                {STATUS_LABELS[entry]}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={atRisk}
            onChange={(event) => setParam('risk', event.target.checked ? '1' : '')}
          />
          At risk only
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={upcoming}
            onChange={(event) => setParam('upcoming', event.target.checked ? '1' : '')}
          />
          Interview in the next 7 days
        </label>
        <CoachPicker value={coachId} onChange={(id) => setParam('coach', id)} />
      </form>
      <ConnectionList
        connection={connection}
        loading={loading}
        error={error}
        errorTitle="Could not load assignments"
        noun={['assignment', 'assignments']}
        empty="No assignment matches."
        onMore={(after) => fetchMore({ variables: { after } })}
      >
        {(node) => <AssignmentRow key={node.id} assignment={node} />}
      </ConnectionList>
    </>
  );
}
