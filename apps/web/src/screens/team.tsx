import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { MemberFieldsFragment, MemberRole } from '../gql/graphql';
import { graphql } from '../gql';
import { useSession } from '../session/app-session';
import { ErrorNotice, ErrorScreen } from '../ui/error-notice';
import { Empty, Loading } from '../ui/status';
import { TeamDocument } from './team-fields';
import { MemberActions } from './team-member-actions';

const AddMemberDocument = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      member {
        ...MemberFields
      }
    }
  }
`);

export default function Team() {
  const session = useSession();
  // Members join and leave from elsewhere (an accepted invitation): show the cache, then the server's answer.
  const manages = session.status === 'signed-in' && session.user.role !== 'COACH';
  const { data, loading, error } = useQuery(TeamDocument, { fetchPolicy: 'cache-and-network', skip: !manages });
  const members = data?.members ?? [];
  const [announcement, announce] = useState('');
  if (session.status !== 'signed-in') return null;
  if (session.user.role === 'COACH') {
    return (
      <>
        <h1>Team</h1>
        <p className="notice">Only an owner or admin manages the team.</p>
      </>
    );
  }
  if (loading && !data) return <Loading />;
  if (error) return <ErrorScreen error={error} title="Could not load the team" />;
  const active = members.filter((member) => member.status !== 'REMOVED');
  const removed = members.filter((member) => member.status === 'REMOVED');
  return (
    <>
      <h1>Team</h1>
      <InviteMember />
      <h2>Members</h2>
      <p role="status">{announcement}</p>
      {active.length === 0 ? (
        <Empty>No members yet.</Empty>
      ) : (
        <MemberRows members={active} everyone={members} announce={announce} />
      )}
      {removed.length > 0 && (
        <>
          <h2>Removed</h2>
          <ul className="rows">
            {removed.map((member) => (
              <li key={member.id} className="card-row">
                <span className="row-title">{member.name}</span>
                <span>{member.email}</span>
                <span className="badge">Removed</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function MemberRows({
  members,
  everyone,
  announce,
}: {
  members: MemberFieldsFragment[];
  everyone: MemberFieldsFragment[];
  announce: (message: string) => void;
}) {
  return (
    <ul className="rows">
      {members.map((member) => (
        <li key={member.id} className="card-row">
          <span className="row-title">{member.name}</span>
          <span>{member.email}</span>
          <span>{roleLabel(member.role)}</span>
          {member.status === 'INVITED' && <span className="badge">Invited</span>}
          <MemberActions member={member} everyone={everyone} announce={announce} />
        </li>
      ))}
    </ul>
  );
}

export function roleLabel(role: MemberRole): string {
  return { OWNER: 'Owner', ADMIN: 'Admin', COACH: 'Coach' }[role];
}

function InviteMember() {
  const [fields, setFields] = useState<{ name: string; email: string; role: MemberRole }>({
    name: '',
    email: '',
    role: 'COACH',
  });
  const [invited, setInvited] = useState('');
  const [invite, { loading, error }] = useMutation(AddMemberDocument, {
    // A new member joins the list the Team query reads; a re-invited one is updated by its id.
    update(cache, { data }) {
      const member = data?.addMember.member;
      if (!member) return;
      const existing = cache.readQuery({ query: TeamDocument });
      if (!existing) return;
      if (existing.members.some((entry) => entry.id === member.id)) return;
      cache.writeQuery({ query: TeamDocument, data: { members: [...existing.members, member] } });
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await invite({ variables: { input: fields } }).catch(() => null);
    if (result?.data) {
      setInvited(`Invitation sent to ${fields.email}.`);
      setFields({ name: '', email: '', role: 'COACH' });
    }
  };

  return (
    <section aria-labelledby="invite-heading" className="panel">
      <h2 id="invite-heading">Invite a member</h2>
      {error && <ErrorNotice error={error} title="Could not send the invitation" />}
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
        <label>
          Role
          <select value={fields.role} onChange={(e) => setFields({ ...fields, role: e.target.value as MemberRole })}>
            <option value="COACH">Coach</option>
            <option value="ADMIN">Admin</option>
          </select>
        </label>
        <button type="submit" disabled={loading}>
          {loading ? 'Sending…' : 'Send invitation'}
        </button>
      </form>
      <p role="status">{invited}</p>
    </section>
  );
}
