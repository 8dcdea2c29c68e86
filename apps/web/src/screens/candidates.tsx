import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { ErrorNotice } from '../ui/error-notice';
import { ConnectionList } from '../ui/connection-list';
import { viewerTimeZone } from '../ui/format';
import { TimeZoneSelect } from '../ui/time-zone-select';
import { CoachPicker } from './coach-picker';

const PAGE_SIZE = 50;

const CandidatesDocument = graphql(`
  query Candidates($first: Int!, $after: String, $filter: CandidatesFilter) {
    candidates(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...CandidateFields
        }
      }
    }
  }
`);

const CreateCandidateDocument = graphql(`
  mutation CreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) {
      ...CandidateFields
    }
  }
`);

export default function Candidates() {
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const includeArchived = params.get('archived') === '1';
  const coachId = params.get('coach') ?? '';
  const [searchText, setSearchText] = useState(search);
  const { data, loading, error, fetchMore } = useQuery(CandidatesDocument, {
    variables: { first: PAGE_SIZE, filter: { search: search || null, includeArchived, coachId: coachId || null } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.candidates;

  const applySearch = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (searchText.trim()) next.set('search', searchText.trim());
    else next.delete('search');
    setParams(next);
  };
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  return (
    <>
      <h1>Candidates</h1>
      <NewCandidate />
      <form className="toolbar" role="search" onSubmit={applySearch}>
        <label>
          Search by name or email
          <input type="search" value={searchText} onChange={(event) => setSearchText(event.target.value)} />
        </label>
        <button type="submit">Search</button>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(event) => setParam('archived', event.target.checked ? '1' : '')}
          />
          Include archived
        </label>
        <CoachPicker value={coachId} onChange={(id) => setParam('coach', id)} />
      </form>
      <ConnectionList
        connection={connection}
        loading={loading}
        error={error}
        errorTitle="Could not load candidates"
        noun={['candidate', 'candidates']}
        empty={search ? `No candidate matches “${search}”.` : 'No candidates yet. Add the first one above.'}
        onMore={(after) => fetchMore({ variables: { after } })}
      >
        {(node) => (
          <li key={node.id} className="card-row">
            <Link to={`/candidates/${node.id}`} className="row-title">
              {node.name}
            </Link>
            <span>{node.email}</span>
            <span>{node.timeZone}</span>
            <span>Coach: {node.coach.name}</span>
            {node.archivedAt && <span className="badge">Archived</span>}
          </li>
        )}
      </ConnectionList>
    </>
  );
}

function NewCandidate() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState({ name: '', email: '', timeZone: viewerTimeZone() });
  const [create, { loading, error }] = useMutation(CreateCandidateDocument, {
    // The roster lists are cached per filter; drop them so each shows the new candidate in its place.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'candidates' });
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { input: fields } }).catch(() => null);
    if (result?.data) navigate(`/candidates/${result.data.createCandidate.id}`);
  };

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Add a candidate
      </button>
    );
  }
  return (
    <section aria-labelledby="new-candidate-heading" className="panel">
      <h2 id="new-candidate-heading">New candidate</h2>
      {error && <ErrorNotice error={error} title="Could not add the candidate" />}
      <form className="form" onSubmit={submit}>
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
        <label htmlFor="new-candidate-zone">Time zone</label>
        <TimeZoneSelect
          id="new-candidate-zone"
          value={fields.timeZone}
          onChange={(timeZone) => setFields({ ...fields, timeZone })}
        />
        <div className="actions">
          <button type="submit" disabled={loading}>
            {loading ? 'Adding…' : 'Add candidate'}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
