// The words a plan is written in, to offer as choices. The API checks every combination on save
// and names what is wrong, so these lists only say what can be picked.

export const ITEM_KINDS = ['task', 'practice-question', 'question-to-ask', 'reflection', 'follow-up-email'];

export const REMINDER_KINDS = [
  'assignment',
  'research-company',
  'review-role',
  'practice',
  'final-check',
  'reflect',
  'follow-up-email',
  'follow-up-nudge',
  'decision-check-in',
  'coach-not-started',
];

export const REMINDER_RECIPIENTS = ['candidate', 'coach'];

export const REMINDER_ANCHORS = ['assigned', 'interview', 'decision'];

export const REMINDER_CONDITIONS = ['follow-up-not-sent', 'not-started'];

/** "follow-up-email" → "follow up email". */
export function words(term: string): string {
  return term.replace(/-/g, ' ');
}

/** What an anchor counts from, as a sentence ends. */
export function anchorText(anchor: string): string {
  if (anchor === 'assigned') return 'assignment';
  if (anchor === 'decision') return 'the decision date';
  return 'the interview';
}
