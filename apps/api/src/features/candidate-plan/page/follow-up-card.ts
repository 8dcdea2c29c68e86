import { AssignmentStatus } from '@prep/domain';
import { html, SafeHtml } from '../../../platform/pages/html';
import { planActionPath } from './page-paths';
import { PlanPageModel } from './plan-page-model';

export function renderFollowUpCard(model: PlanPageModel): SafeHtml {
  const { subject, body } = model.draft;
  return html`<section class="card" id="follow-up-sent" aria-labelledby="follow-up-title">
<h2 id="follow-up-title">Compose follow-up email</h2>
<p>A draft built from your notes. Copy it into your email, make it sound like you, and send it within a day of the interview.</p>
<label for="follow-up-subject">Subject</label>
<input type="text" id="follow-up-subject" readonly value="${subject}">
<label for="follow-up-body">Email</label>
<textarea id="follow-up-body" rows="14" readonly>
${body}</textarea>
${renderFollowUpStatus(model)}
</section>`;
}

function renderFollowUpStatus({ token, plan, editable }: PlanPageModel): SafeHtml {
  if (plan.followUpSentAt)
    return html`<p><span class="badge badge-done">Sent</span> You sent your follow-up on ${formatDay(plan.followUpSentAt, plan.timeZone)}.</p>`;
  if (!editable) return html`<p class="muted">No follow-up was marked sent.</p>`;
  if (plan.status !== AssignmentStatus.INTERVIEWED)
    return html`<p class="muted">Once you have marked the interview done, you can mark the follow-up sent here.</p>`;
  return html`<div class="actions"><form method="post" action="${planActionPath(token, 'follow-up-sent')}"><button type="submit">Mark follow-up sent</button></form></div>`;
}

function formatDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}
