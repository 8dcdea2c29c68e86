import { html, SafeHtml } from '../../../platform/pages/html';
import { sectionAnchor } from './page-paths';
import { PlanPageModel } from './plan-page-model';

export function renderProgressCard({ plan }: PlanPageModel): SafeHtml {
  const { done, total, sections } = plan.progress;
  return html`<section class="card" aria-labelledby="progress-title">
<h2 id="progress-title">Your progress</h2>
<label for="overall-progress">${done} of ${total} steps done</label>
<progress id="overall-progress" max="${total}" value="${done}">${done} of ${total}</progress>
<ol class="toc">
${sections.map((section) => html`<li><a href="#${sectionAnchor(section.key)}">${section.title}</a><span>${section.done} of ${section.total}</span></li>`)}
</ol>
</section>`;
}
