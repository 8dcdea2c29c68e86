export const ITEM_ACTIONS = ['done', 'notes', 'choose'] as const;
export const PLAN_ACTIONS = ['interview-done', 'decision-date', 'follow-up-sent'] as const;

export type ItemAction = (typeof ITEM_ACTIONS)[number];
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** Where forms post, as Nest route patterns under the controller's `a` prefix. */
export const ACTION_ROUTES = [
  ...ITEM_ACTIONS.map((action) => `:token/items/:itemKey/${action}`),
  ...PLAN_ACTIONS.map((action) => `:token/${action}`),
];

export function planPath(token: string): string {
  return `/a/${encodeURIComponent(token)}`;
}

export function itemActionPath(token: string, itemKey: string, action: ItemAction): string {
  return `${planPath(token)}/items/${encodeURIComponent(itemKey)}/${action}`;
}

export function planActionPath(token: string, action: PlanAction): string {
  return `${planPath(token)}/${action}`;
}

export function itemAnchor(itemKey: string): string {
  return `item-${itemKey}`;
}

export function sectionAnchor(sectionKey: string): string {
  return `section-${sectionKey}`;
}
