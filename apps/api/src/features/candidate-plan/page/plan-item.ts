import { CandidatePlanItem } from '../dto/candidate-plan.type';
import { html, SafeHtml } from '../../../platform/pages/html';
import { itemActionPath, itemAnchor } from './page-paths';
import { PlanPageModel } from './plan-page-model';

const NOTES_MAX_LENGTH = 5000;

const NOTES_LABELS: Record<string, string> = {
  'practice-question': 'Your draft answer',
  reflection: 'Your reflection',
};

export function renderItem(model: PlanPageModel, item: CandidatePlanItem): SafeHtml {
  const anchor = itemAnchor(item.key);
  return html`<article class="item" id="${anchor}" aria-labelledby="${anchor}-title">
<h3 id="${anchor}-title">${item.title}</h3>
${renderBadges(item)}
<p>${item.guidance}</p>
${renderFollowUps(item)}
${renderCoachComments(item)}
${model.editable ? renderItemForm(model, item) : renderReadOnlyNotes(item)}
</article>`;
}

function renderBadges(item: CandidatePlanItem): SafeHtml {
  return html`<p class="badges">${item.done ? html`<span class="badge badge-done">Done</span>` : html`<span class="badge">To do</span>`}${
    item.chosen && html` <span class="badge badge-chosen">You will ask this</span>`
  }</p>`;
}

function renderCoachComments(item: CandidatePlanItem): SafeHtml | false {
  return (
    item.coachComments.length > 0 &&
    html`<div class="coach-comments">${item.coachComments.map(
      (comment) => html`<p class="coach-comment"><strong>Your coach commented:</strong> ${comment.body}</p>`,
    )}</div>`
  );
}

function renderFollowUps(item: CandidatePlanItem): SafeHtml | false {
  return (
    item.followUps.length > 0 &&
    html`<p class="muted">Follow-up questions:</p><ul>${item.followUps.map((followUp) => html`<li>${followUp}</li>`)}</ul>`
  );
}

/**
 * One form per item, so that ticking it or choosing it also keeps the notes typed above:
 * the buttons post the same fields to different routes.
 */
function renderItemForm({ token, problem }: PlanPageModel, item: CandidatePlanItem): SafeHtml {
  const anchor = itemAnchor(item.key);
  const itemProblem = problem?.itemKey === item.key ? problem : undefined;
  const notes = itemProblem?.notes ?? item.notes ?? '';
  const context = html`<span class="visually-hidden">: ${item.title}</span>`;
  return html`<form method="post" action="${itemActionPath(token, item.key, 'notes')}">
${itemProblem && html`<p class="problem" id="${anchor}-problem">${itemProblem.message}</p>`}
<label for="${anchor}-notes">${NOTES_LABELS[item.kind] ?? 'Your notes'}</label>
<textarea id="${anchor}-notes" name="notes" rows="4" maxlength="${NOTES_MAX_LENGTH}"${itemProblem && html` aria-describedby="${anchor}-problem"`}>
${notes}</textarea>
<div class="actions">
<button type="submit">Save${context}</button>
<button type="submit" class="secondary" formaction="${itemActionPath(token, item.key, 'done')}" name="done" value="${!item.done}">${item.done ? 'Mark not done' : 'Mark done'}${context}</button>
${item.kind === 'question-to-ask' && html`<button type="submit" class="secondary" formaction="${itemActionPath(token, item.key, 'choose')}" name="chosen" value="${!item.chosen}">${item.chosen ? 'I won’t ask this' : 'I’ll ask this'}${context}</button>`}
</div>
</form>`;
}

function renderReadOnlyNotes(item: CandidatePlanItem): SafeHtml | false {
  return (
    Boolean(item.notes) &&
    html`<p class="muted">${NOTES_LABELS[item.kind] ?? 'Your notes'}:</p><div class="notes-text">${item.notes}</div>`
  );
}
