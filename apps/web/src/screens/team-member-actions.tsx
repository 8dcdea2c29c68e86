import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { MemberFieldsFragment, MemberRole } from '../gql/graphql';
import { appSession, useSession } from '../session/app-session';
import { ErrorNotice } from '../ui/error-notice';

const ChangeMemberRoleDocument = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      ...MemberFields
    }
  }
`);

const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($memberId: ID!) {
    resendInvitation(memberId: $memberId) {
      member {
        ...MemberFields
      }
    }
  }
`);

const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($memberId: ID!) {
    revokeInvitation(memberId: $memberId) {
      ...MemberFields
    }
  }
`);

const RemoveMemberDocument = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      member {
        ...MemberFields
      }
      candidatesMoved
      assignmentsMoved
      handedOverTo {
        id
        name
      }
    }
  }
`);

const TransferOwnershipDocument = graphql(`
  mutation TransferOwnership($memberId: ID!) {
    transferOwnership(memberId: $memberId) {
      owner {
        ...MemberFields
      }
      previousOwner {
        ...MemberFields
      }
    }
  }
`);

interface MemberActionProps {
  member: MemberFieldsFragment;
  everyone: MemberFieldsFragment[];
  /** Says what an action did in the screen's one status line (the member's row may move away). */
  announce: (message: string) => void;
}

/** What an OWNER or ADMIN can do to one member; every answer updates the member in the cache by id. */
export function MemberActions({ member, everyone, announce }: MemberActionProps) {
  const session = useSession();
  const [changeRole, roleState] = useMutation(ChangeMemberRoleDocument);
  const [resend, resendState] = useMutation(ResendInvitationDocument);
  const [revoke, revokeState] = useMutation(RevokeInvitationDocument);
  const [transfer, transferState] = useMutation(TransferOwnershipDocument);
  if (session.status !== 'signed-in' || member.id === session.user.id) return null;
  const viewerIsOwner = session.user.role === 'OWNER';
  // Only an OWNER may act on an OWNER; the API refuses it too.
  if (member.role === 'OWNER' && !viewerIsOwner) return null;
  const error = roleState.error ?? resendState.error ?? revokeState.error ?? transferState.error;
  const label = member.name;

  return (
    <div className="member-actions">
      {error && <ErrorNotice error={error} title={`Could not update ${label}`} />}
      <label className="inline-field">
        Role of {label}
        <select
          value={member.role}
          disabled={roleState.loading}
          onChange={(e) =>
            changeRole({ variables: { input: { memberId: member.id, role: e.target.value as MemberRole } } })
              .then(() => announce(`${label} is now ${e.target.value.toLowerCase()}.`))
              .catch(() => undefined)
          }
        >
          {viewerIsOwner && <option value="OWNER">Owner</option>}
          <option value="ADMIN">Admin</option>
          <option value="COACH">Coach</option>
        </select>
      </label>
      {member.status === 'INVITED' ? (
        <>
          <button
            type="button"
            className="secondary"
            disabled={resendState.loading}
            onClick={() =>
              resend({ variables: { memberId: member.id } })
                .then(() => announce(`A new invitation went to ${member.email}.`))
                .catch(() => undefined)
            }
          >
            {resendState.loading ? 'Sending…' : `Resend invitation to ${label}`}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={revokeState.loading}
            onClick={() => revoke({ variables: { memberId: member.id } }).catch(() => undefined)}
          >
            {revokeState.loading ? 'Revoking…' : `Revoke invitation of ${label}`}
          </button>
        </>
      ) : (
        <>
          {viewerIsOwner && member.role !== 'OWNER' && (
            <button
              type="button"
              className="secondary"
              disabled={transferState.loading}
              onClick={() => {
                if (!window.confirm(`Make ${label} the owner? You become an admin.`)) return;
                // A fresh grant carries the viewer's new role (ADMIN) to every screen.
                transfer({ variables: { memberId: member.id } })
                  .then(() => appSession.refresh())
                  .catch(() => undefined);
              }}
            >
              {transferState.loading ? 'Transferring…' : `Make ${label} the owner`}
            </button>
          )}
          <RemoveMember member={member} everyone={everyone} announce={announce} />
        </>
      )}
    </div>
  );
}

/** Removing a member hands their candidates to someone still active, in the API's one transaction. */
function RemoveMember({ member, everyone, announce }: MemberActionProps) {
  const [open, setOpen] = useState(false);
  const [handOverTo, setHandOverTo] = useState('');
  const [remove, { loading, error }] = useMutation(RemoveMemberDocument);
  const candidates = everyone.filter((other) => other.status === 'ACTIVE' && other.id !== member.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { memberId: member.id, handOverToMemberId: handOverTo || null };
    const result = await remove({ variables: { input } }).catch(() => null);
    const payload = result?.data?.removeMember;
    if (payload) {
      const to = payload.handedOverTo ? ` to ${payload.handedOverTo.name}` : '';
      announce(
        `${member.name} was removed; ${payload.candidatesMoved} candidates and ${payload.assignmentsMoved} assignments moved${to}.`,
      );
      setOpen(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        Remove {member.name}
      </button>
    );
  }
  return (
    <form className="form panel" onSubmit={submit} aria-label={`Remove ${member.name}`}>
      {error && <ErrorNotice error={error} title={`Could not remove ${member.name}`} />}
      <label>
        Hand their candidates over to
        <select value={handOverTo} onChange={(e) => setHandOverTo(e.target.value)}>
          <option value="">Nobody (only when they have none)</option>
          {candidates.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">Their sessions end at once; they stay in the history as removed.</p>
      <div className="actions">
        <button type="submit" className="danger" disabled={loading}>
          {loading ? 'Removing…' : `Confirm removal of ${member.name}`}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
