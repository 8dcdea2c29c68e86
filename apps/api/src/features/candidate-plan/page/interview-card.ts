import { InterviewFormat } from '@prep/persistence';
import { html, SafeHtml } from '../../../platform/pages/html';
import { PlanPageModel } from './plan-page-model';

const FORMAT_LABELS: Record<InterviewFormat, string> = {
  [InterviewFormat.IN_PERSON]: 'In person',
  [InterviewFormat.VIDEO]: 'Video call',
  [InterviewFormat.PHONE]: 'Phone call',
};

export function renderInterviewCard({ plan }: PlanPageModel): SafeHtml {
  return html`<section class="card" aria-labelledby="interview-title">
<h2 id="interview-title">Your interview</h2>
<dl>
${detail('Company', plan.company)}
${detail('Role', plan.role)}
${detail('When', plan.startsAtLocal)}
${detail('Format', FORMAT_LABELS[plan.format])}
${plan.location && detail('Where', plan.location)}
${plan.interviewers.length > 0 && detail('Interviewers', plan.interviewers.join(', '))}
${detail('Your coach', plan.coachName)}
</dl>
${plan.note && html`<h3>A note from ${plan.coachName}</h3><p class="notes-text">${plan.note}</p>`}
</section>`;
}

function detail(term: string, description: string): SafeHtml {
  return html`<dt>${term}</dt><dd>${description}</dd>`;
}
