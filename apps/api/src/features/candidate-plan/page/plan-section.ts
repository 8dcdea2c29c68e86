import { CandidatePlanSection } from '../dto/candidate-plan.type';
import { html, SafeHtml } from '../../../platform/pages/html';
import { sectionAnchor } from './page-paths';
import { PlanPageModel } from './plan-page-model';
import { renderItem } from './plan-item';

export function renderSection(model: PlanPageModel, section: CandidatePlanSection): SafeHtml {
  const anchor = sectionAnchor(section.key);
  const done = section.items.filter((item) => item.done).length;
  return html`<section class="card" id="${anchor}" aria-labelledby="${anchor}-title">
<h2 id="${anchor}-title">${section.title}</h2>
<p class="muted">${done} of ${section.items.length} done</p>
${section.items.map((item) => renderItem(model, item))}
</section>`;
}
