import { parsePlanTemplate } from '@prep/content';
import type { PlanItem, PlanSection, PlanSnapshot, PlanTemplate } from '@prep/content';
import { AppError } from '../../platform/errors/app-error';
import { AssignmentErrorCode } from './assignment-error-code';
import { ExtraItemInput } from './dto/assignment.inputs';

const MAX_EXTRA_ITEMS = 20;

/**
 * The plan as this candidate gets it: the template version's content without the dropped items
 * and with the extra ones. Validated again, so an extra item obeys every content rule.
 */
export function buildPlanSnapshot(
  content: PlanTemplate,
  dropItemKeys: string[] = [],
  extraItems: ExtraItemInput[] = [],
): PlanSnapshot {
  const drop = new Set(dropItemKeys);
  const knownKeys = new Set(content.sections.flatMap((section) => section.items.map((item) => item.key)));
  const unknown = [...drop].filter((key) => !knownKeys.has(key));
  if (unknown.length > 0) throw invalidChange(`dropItemKeys has keys the plan does not have: ${unknown.join(', ')}`);
  if (extraItems.length > MAX_EXTRA_ITEMS) throw invalidChange(`at most ${MAX_EXTRA_ITEMS} extra items`);

  // Keys of items added before (an edited assignment) are kept; new ones number on from them.
  const firstExtra = 1 + Math.max(0, ...[...knownKeys].map((key) => Number(/^extra-(\d+)$/.exec(key)?.[1] ?? 0)));
  const sections: DraftSection[] = content.sections.map((section) => ({
    ...section,
    items: section.items.filter((item) => !drop.has(item.key)),
  }));
  extraItems.forEach((extra, index) => {
    const section = sections.find((candidate) => candidate.key === extra.sectionKey);
    if (!section)
      throw invalidChange(`extraItems[${index}].sectionKey "${extra.sectionKey}" is not a section of the plan`);
    const dueOffsetHours =
      extra.dueOffsetHours ?? section.items[0]?.dueOffsetHours ?? content.sections[0].items[0].dueOffsetHours;
    section.items.push({
      key: `extra-${firstExtra + index}`,
      kind: extra.kind,
      title: extra.title,
      guidance: extra.guidance,
      dueOffsetHours,
    });
  });

  const reminderSchedule = content.reminderSchedule.map((rule) => ({
    ...rule,
    itemKeys: rule.itemKeys.filter((key) => !drop.has(key)),
  }));
  return parsePlanTemplate(
    { ...content, sections: sections.filter((section) => section.items.length > 0), reminderSchedule },
    'plan',
  );
}

/** An extra item's kind is checked when the snapshot is validated, not before. */
type DraftItem = Omit<PlanItem, 'kind'> & { kind: string };
type DraftSection = Omit<PlanSection, 'items'> & { items: DraftItem[] };

function invalidChange(message: string): AppError {
  return new AppError(AssignmentErrorCode.InvalidPlanChange, message);
}

/** An item's fields as the API shows them; only questions to ask carry a category and follow-ups. */
export function describePlanItem(item: PlanItem) {
  return {
    key: item.key,
    kind: item.kind,
    title: item.title,
    guidance: item.guidance,
    dueOffsetHours: item.dueOffsetHours,
    category: 'category' in item && item.category ? item.category : null,
    followUps: 'followUps' in item && item.followUps ? [...item.followUps] : [],
  };
}
