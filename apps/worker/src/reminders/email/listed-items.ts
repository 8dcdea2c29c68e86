import type { TemplateListItem } from '@prep/content';
import type { CoachComment, PlanOutline } from '../claimed-reminder';

/** The plan email sent again by hand: the assignment email's template and list. */
export const PLAN_EMAIL_RESEND_KIND = 'assignment-resend';

/**
 * What the email lists, by template kind: for the assignment email, what the plan holds (one entry per section,
 * linking to its first item); for any other, the reminder's items not done yet.
 */
export function listedItems(
  kind: string,
  plan: PlanOutline,
  itemKeys: readonly string[],
  doneItemKeys: ReadonlySet<string>,
  itemLink: (itemKey: string) => string,
): TemplateListItem[] {
  if (kind === 'assignment') {
    return plan.sections
      .filter((section) => section.items.length > 0)
      .map((section) => ({ title: section.title, link: itemLink(section.items[0].key) }));
  }
  const titles = new Map(
    plan.sections.flatMap((section) => section.items.map((item) => [item.key, item.title] as const)),
  );
  return itemKeys
    .filter((key) => !doneItemKeys.has(key) && titles.has(key))
    .map((key) => ({ title: titles.get(key)!, link: itemLink(key) }));
}

/** What the coach wrote on the items the reminder covers, each with its item's title and link. */
export function commentedItems(
  plan: PlanOutline,
  itemKeys: readonly string[],
  comments: readonly CoachComment[],
  itemLink: (itemKey: string) => string,
): TemplateListItem[] {
  const titles = new Map(
    plan.sections.flatMap((section) => section.items.map((item) => [item.key, item.title] as const)),
  );
  return comments
    .filter((comment) => itemKeys.includes(comment.itemKey) && titles.has(comment.itemKey))
    .map((comment) => ({
      title: titles.get(comment.itemKey)!,
      link: itemLink(comment.itemKey),
      comment: comment.body,
    }));
}
