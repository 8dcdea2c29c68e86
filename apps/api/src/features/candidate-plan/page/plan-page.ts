import { AssignmentStatus } from '@prep/domain';
import { renderAfterInterviewCard } from './after-interview-card';
import { renderFollowUpCard } from './follow-up-card';
import { html, SafeHtml } from '../../../platform/pages/html';
import { renderInterviewCard } from './interview-card';
import { itemAnchor } from './page-paths';
import { renderDocument } from '../../../platform/pages/page-layout';
import { PlanPageModel } from './plan-page-model';
import { renderProgressCard } from './progress-card';
import { renderSection } from './plan-section';

/** The candidate's plan: before-interview sections, the interview itself, then what comes after. */
export function renderPlanPage(model: PlanPageModel): string {
  const { plan } = model;
  const before = plan.sections.filter((section) => section.phase === 'before');
  const after = plan.sections.filter((section) => section.phase !== 'before');
  const content = html`${renderIntro(model)}
${renderProblem(model)}
${renderReadOnlyNotice(model)}
${renderInterviewCard(model)}
${renderProgressCard(model)}
${before.map((section) => renderSection(model, section))}
${renderAfterInterviewCard(model)}
${after.map((section) => renderSection(model, section))}
${renderFollowUpCard(model)}
<p class="muted">This page is private to you: please do not share its link. Questions? Ask your coach, ${plan.coachName}.</p>`;
  return renderDocument(`Interview prep: ${plan.company}`, content);
}

function renderIntro({ plan, editable }: PlanPageModel): SafeHtml {
  return html`<header class="intro">
<p class="eyebrow">${plan.organizationName} · ${plan.planTitle}</p>
<h1>Hi ${plan.candidateName}, let’s get you ready for ${plan.company}</h1>
<p>${plan.coachName} put this plan together for your second interview for the ${plan.role} role.${editable && ' Work through it at your own pace: what you tick and write here is saved.'}</p>
</header>`;
}

function renderProblem({ problem }: PlanPageModel): SafeHtml | undefined {
  return (
    problem &&
    html`<div class="problem" role="alert"><p>${problem.message}</p>${problem.itemKey && html`<p><a href="#${itemAnchor(problem.itemKey)}">Go to the step</a></p>`}</div>`
  );
}

function renderReadOnlyNotice({ plan, editable }: PlanPageModel): SafeHtml | false {
  if (editable) return false;
  const reason = plan.status === AssignmentStatus.CANCELLED ? 'This interview was cancelled' : 'This plan is closed';
  return html`<p class="notice">${reason}, so nothing here can be changed any more. You can still read it.</p>`;
}
