import { AssignmentStatus, canTransition } from '@prep/domain';
import { html, SafeHtml } from '../../../platform/pages/html';
import { planActionPath } from './page-paths';
import { PlanPageModel } from './plan-page-model';

export function renderAfterInterviewCard(model: PlanPageModel): SafeHtml {
  return html`<section class="card" id="interview-done" aria-labelledby="interview-done-title">
<h2 id="interview-done-title">After the interview</h2>
${renderInterviewStatus(model)}
<h3 id="decision-date">When will they decide?</h3>
${model.editable ? renderDecisionDateForm(model) : html`<p>${model.plan.expectedDecisionDate ?? 'No date recorded.'}</p>`}
</section>`;
}

function renderInterviewStatus({ token, plan, editable }: PlanPageModel): SafeHtml {
  if (plan.status === AssignmentStatus.CANCELLED) return html`<p>This interview was cancelled.</p>`;
  if (!canTransition(plan.status, AssignmentStatus.INTERVIEWED))
    return html`<p><span class="badge badge-done">Done</span> You marked the interview done.</p>`;
  return html`<p>Once the interview is over, mark it done: the reflection and follow-up steps below are for then.</p>
${editable && html`<form method="post" action="${planActionPath(token, 'interview-done')}"><button type="submit">Mark interview done</button></form>`}`;
}

function renderDecisionDateForm({ token, plan }: PlanPageModel): SafeHtml {
  return html`<form method="post" action="${planActionPath(token, 'decision-date')}">
<label for="decision-date-input">Expected decision date</label>
<p class="muted" id="decision-date-hint">Ask the interviewers when they expect to decide; your coach will check in with you after that date.</p>
<input type="date" id="decision-date-input" name="date" required value="${plan.expectedDecisionDate ?? ''}" aria-describedby="decision-date-hint">
<div class="actions"><button type="submit">Save date</button></div>
</form>`;
}
