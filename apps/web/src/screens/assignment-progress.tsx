import { FormEvent, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AssignmentDetailFieldsFragment, ItemCommentFieldsFragment } from '../gql/graphql';
import { ErrorNotice } from '../ui/error-notice';
import { TimeInZones } from '../ui/time-in-zones';
import { AssignmentDetailFields } from './assignment-fields';
import { ProgressMeter } from './assignment-summary';
import { ItemCommentEntry } from './item-comment';

export const AddCommentDocument = graphql(`
  mutation AddItemComment($assignmentId: ID!, $itemKey: String!, $body: String!) {
    addItemComment(assignmentId: $assignmentId, itemKey: $itemKey, body: $body) {
      ...ItemCommentFields
    }
  }
`);

type Assignment = AssignmentDetailFieldsFragment;
type Section = Assignment['plan'][number];
type Item = Section['items'][number];

/** Each section with, per item, what the candidate did and wrote, and the coach's comments. */
export function ProgressBySection({ assignment }: { assignment: Assignment }) {
  return (
    <>
      {assignment.plan.map((section) => {
        const counts = assignment.progress.sections.find((entry) => entry.key === section.key);
        return (
          <div key={section.key} className="item-group">
            <h3>
              {section.title} <span className="phase">({section.phase} the interview)</span>{' '}
              {counts && <ProgressMeter done={counts.done} total={counts.total} />}
            </h3>
            <ul className="checklist">
              {section.items.map((item) => (
                <ItemProgress key={item.key} assignment={assignment} item={item} />
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

function ItemProgress({ assignment, item }: { assignment: Assignment; item: Item }) {
  const asked = item.kind === 'question-to-ask';
  return (
    <li className={item.done ? 'done' : undefined}>
      <span aria-hidden="true">{item.done ? '✓' : '○'}</span> {item.title}
      <span className="visually-hidden">{item.done ? ' (done)' : ' (not done)'}</span>
      {asked && item.chosen && <span className="badge">will ask</span>}
      {item.doneAt && (
        <span className="why">
          {' '}
          done <TimeInZones iso={item.doneAt} otherZone={assignment.candidate.timeZone} otherLabel="candidate" />
        </span>
      )}
      {item.notes && (
        <blockquote className="candidate-notes" aria-label={`${assignment.candidate.name}’s notes on ${item.title}`}>
          {item.notes}
        </blockquote>
      )}
      <ItemComments assignmentId={assignment.id} item={item} />
    </li>
  );
}

export function ItemComments({ assignmentId, item }: { assignmentId: string; item: Item }) {
  const [body, setBody] = useState('');
  const [add, { loading, error }] = useMutation(AddCommentDocument, {
    // The new comment joins the item's list in the cached assignment: no refetch.
    update(cache, { data }) {
      const comment = data?.addItemComment;
      if (!comment) return;
      cache.updateFragment(
        {
          id: cache.identify({ __typename: 'Assignment', id: assignmentId }),
          fragment: AssignmentDetailFields,
          fragmentName: 'AssignmentDetailFields',
        },
        (assignment) => assignment && withComment(assignment, comment),
      );
    },
  });
  const fieldId = `comment-${item.key}`;
  const addSummary = useRef<HTMLElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    const result = await add({ variables: { assignmentId, itemKey: item.key, body: body.trim() } }).catch(() => null);
    if (result?.data) setBody('');
  };

  return (
    <div className="comments">
      {item.comments.length > 0 && (
        <ul className="comment-list" aria-label={`Comments on ${item.title}`}>
          {item.comments.map((comment) => (
            <ItemCommentEntry
              key={comment.id}
              assignmentId={assignmentId}
              itemTitle={item.title}
              comment={comment}
              onDeleted={() => addSummary.current?.focus()}
            />
          ))}
        </ul>
      )}
      <details className="comment-form">
        <summary ref={addSummary} aria-label={`Add a comment on ${item.title}`}>
          Add a comment
        </summary>
        <form onSubmit={submit}>
          <label htmlFor={fieldId}>Comment on {item.title}</label>
          <textarea id={fieldId} value={body} onChange={(event) => setBody(event.target.value)} />
          <button type="submit" className="small" disabled={loading}>
            {loading ? 'Adding…' : 'Add the comment'}
          </button>
        </form>
      </details>
      {error && <ErrorNotice error={error} title="Could not add the comment" />}
    </div>
  );
}

/** The assignment with the comment appended to its item (once, even if the answer comes twice). */
export function withComment(assignment: Assignment, comment: ItemCommentFieldsFragment): Assignment {
  return {
    ...assignment,
    plan: assignment.plan.map((section) => ({
      ...section,
      items: section.items.map((item) =>
        item.key !== comment.itemKey || item.comments.some((entry) => entry.id === comment.id)
          ? item
          : { ...item, comments: [...item.comments, comment] },
      ),
    })),
  };
}
