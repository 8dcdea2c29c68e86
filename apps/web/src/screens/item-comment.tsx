import { FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AssignmentDetailFieldsFragment, ItemCommentFieldsFragment } from '../gql/graphql';
import { useSession } from '../session/app-session';
import { ErrorNotice } from '../ui/error-notice';
import { formatDateTime } from '../ui/format';
import { AssignmentDetailFields } from './assignment-fields';

export const UpdateCommentDocument = graphql(`
  mutation UpdateItemComment($id: ID!, $body: String!) {
    updateItemComment(id: $id, body: $body) {
      ...ItemCommentFields
    }
  }
`);

export const DeleteCommentDocument = graphql(`
  mutation DeleteItemComment($id: ID!) {
    deleteItemComment(id: $id)
  }
`);

type Assignment = AssignmentDetailFieldsFragment;
type Mode = 'reading' | 'editing' | 'confirming-delete';

interface CommentProps {
  assignmentId: string;
  itemTitle: string;
  comment: ItemCommentFieldsFragment;
  /** Where the focus goes once the comment is gone. */
  onDeleted: () => void;
}

/** One comment; its author can rewrite it or, after confirming, delete it. */
export function ItemCommentEntry({ assignmentId, itemTitle, comment, onDeleted }: CommentProps) {
  const session = useSession();
  const [mode, setMode] = useState<Mode>('reading');
  const editButton = useRef<HTMLButtonElement>(null);
  const ownComment = session.status === 'signed-in' && session.user.id === comment.authorId;
  const backToReading = () => {
    setMode('reading');
    // Back on the button that opened the form, once it is shown again.
    setTimeout(() => editButton.current?.focus());
  };

  return (
    <li className="comment">
      <span className="why">
        {comment.authorName ?? 'A former member'}, {formatDateTime(comment.createdAt)}
        {comment.updatedAt !== comment.createdAt && ' (edited)'}:
      </span>{' '}
      {mode === 'editing' ? (
        <EditCommentForm comment={comment} itemTitle={itemTitle} onDone={backToReading} />
      ) : (
        comment.body
      )}
      {ownComment && mode === 'reading' && (
        <span className="comment-actions">
          <button ref={editButton} type="button" className="small secondary" onClick={() => setMode('editing')}>
            Edit<span className="visually-hidden"> your comment on {itemTitle}</span>
          </button>
          <button type="button" className="small secondary" onClick={() => setMode('confirming-delete')}>
            Delete<span className="visually-hidden"> your comment on {itemTitle}</span>
          </button>
        </span>
      )}
      {mode === 'confirming-delete' && (
        <ConfirmDelete assignmentId={assignmentId} comment={comment} onKept={backToReading} onDeleted={onDeleted} />
      )}
    </li>
  );
}

function EditCommentForm({
  comment,
  itemTitle,
  onDone,
}: {
  comment: ItemCommentFieldsFragment;
  itemTitle: string;
  onDone: () => void;
}) {
  const [body, setBody] = useState(comment.body);
  // The answer carries the comment's id, so the normalized cache updates every list that shows it.
  const [update, { loading, error }] = useMutation(UpdateCommentDocument);
  const fieldId = `comment-edit-${comment.id}`;
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({ variables: { id: comment.id, body: body.trim() } }).catch(() => null);
    if (result?.data) onDone();
  };

  return (
    <form className="comment-edit" onSubmit={submit}>
      <label htmlFor={fieldId}>Your comment on {itemTitle}</label>
      <textarea ref={field} id={fieldId} value={body} onChange={(event) => setBody(event.target.value)} />
      <span className="comment-actions">
        <button type="submit" className="small" disabled={loading}>
          {loading ? 'Saving…' : 'Save the comment'}
        </button>
        <button type="button" className="small secondary" onClick={onDone}>
          Cancel
        </button>
      </span>
      {error && <ErrorNotice error={error} title="Could not save the comment" />}
    </form>
  );
}

function ConfirmDelete({
  assignmentId,
  comment,
  onKept,
  onDeleted,
}: {
  assignmentId: string;
  comment: ItemCommentFieldsFragment;
  onKept: () => void;
  onDeleted: () => void;
}) {
  const keep = useRef<HTMLButtonElement>(null);
  // The safe answer takes the focus, so a stray Enter keeps the comment.
  useEffect(() => keep.current?.focus(), []);
  const [remove, { loading, error }] = useMutation(DeleteCommentDocument, {
    update(cache, { data }) {
      const deletedId = data?.deleteItemComment;
      if (!deletedId) return;
      cache.updateFragment(
        {
          id: cache.identify({ __typename: 'Assignment', id: assignmentId }),
          fragment: AssignmentDetailFields,
          fragmentName: 'AssignmentDetailFields',
        },
        (assignment) => assignment && withoutComment(assignment, deletedId),
      );
      cache.evict({ id: cache.identify({ __typename: 'ItemComment', id: deletedId }) });
    },
  });

  const confirm = async () => {
    const result = await remove({ variables: { id: comment.id } }).catch(() => null);
    if (result?.data) onDeleted();
  };

  return (
    <div className="comment-confirm" role="group" aria-label="Delete this comment?">
      <p>Delete this comment? The candidate will no longer see it.</p>
      <span className="comment-actions">
        <button type="button" className="small danger" disabled={loading} onClick={confirm}>
          {loading ? 'Deleting…' : 'Delete it'}
        </button>
        <button ref={keep} type="button" className="small secondary" onClick={onKept}>
          Keep it
        </button>
      </span>
      {error && <ErrorNotice error={error} title="Could not delete the comment" />}
    </div>
  );
}

/** The assignment without the comment, wherever it was. */
export function withoutComment(assignment: Assignment, commentId: string): Assignment {
  return {
    ...assignment,
    plan: assignment.plan.map((section) => ({
      ...section,
      items: section.items.map((item) =>
        item.comments.some((entry) => entry.id === commentId)
          ? { ...item, comments: item.comments.filter((entry) => entry.id !== commentId) }
          : item,
      ),
    })),
  };
}
