import { describe, expect, it } from '@jest/globals';
import { ContentValidationError, parsePlanTemplate } from './index';

// A minimal valid plan; each test breaks one rule and checks it is reported where it happens.
function minimalPlan() {
  return {
    key: 'mini',
    title: 'Mini plan',
    summary: 'Smallest plan the schema accepts.',
    sections: [
      {
        key: 'prepare',
        title: 'Prepare',
        phase: 'before',
        items: [
          { key: 'read-up', kind: 'task', title: 'Read up', guidance: 'Read the site.', dueOffsetHours: -72 },
          {
            key: 'ask-timeline',
            kind: 'question-to-ask',
            category: 'hiring-process',
            title: 'When will you decide?',
            guidance: 'Note the date.',
            dueOffsetHours: -24,
          },
        ],
      },
      {
        key: 'after',
        title: 'After',
        phase: 'after',
        items: [{ key: 'thank-you', kind: 'follow-up-email', title: 'Send thanks', guidance: 'Be brief.', dueOffsetHours: 4 }],
      },
    ],
    reminderSchedule: [
      { kind: 'research-company', recipient: 'candidate', anchor: 'interview', offsetHours: -72, itemKeys: ['read-up'] },
      {
        kind: 'follow-up-nudge',
        recipient: 'candidate',
        anchor: 'interview',
        offsetHours: 24,
        condition: 'follow-up-not-sent',
        itemKeys: ['thank-you'],
      },
    ],
  };
}

type Plan = any;

function problems(edit: (plan: Plan) => void): string[] {
  const plan = minimalPlan() as Plan;
  edit(plan);
  try {
    parsePlanTemplate(plan, 'mini.json');
  } catch (error) {
    if (error instanceof ContentValidationError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('planTemplateSchema', () => {
  it('accepts the minimal plan', () => {
    expect(problems(() => undefined)).toEqual([]);
  });

  it('keeps categories and follow-ups on questions to ask', () => {
    expect(problems((plan) => Object.assign(plan.sections[0].items[0], { category: 'company', followUps: ['Why?'] }))).toEqual([
      'mini.json: sections[0].items[0].category: Only question-to-ask items have a category',
      'mini.json: sections[0].items[0].followUps: Only question-to-ask items have follow-ups',
    ]);
    expect(problems((plan) => delete plan.sections[0].items[1].category)).toEqual([
      'mini.json: sections[0].items[1].category: Required for question-to-ask items',
    ]);
  });

  it('keeps offsets whole, in range and on the side of the interview their phase says', () => {
    expect(problems((plan) => (plan.sections[0].items[0].dueOffsetHours = -1.5))[0]).toMatch(
      /^mini\.json: sections\[0\]\.items\[0\]\.dueOffsetHours: Invalid input: expected int/,
    );
    expect(problems((plan) => (plan.sections[1].items[0].dueOffsetHours = 999))[0]).toMatch(/dueOffsetHours: Too big/);
    expect(problems((plan) => (plan.sections[1].items[0].dueOffsetHours = -4))).toEqual([
      'mini.json: sections[1].items[0].dueOffsetHours: Must be positive in the "after" phase',
    ]);
    expect(problems((plan) => plan.sections[0].items.push({ ...plan.sections[1].items[0], key: 'early', dueOffsetHours: -1 }))).toEqual([
      'mini.json: sections[0].items[2].kind: A follow-up-email item belongs in the "after" phase',
      'mini.json: sections: A plan has at most one follow-up-email item',
      'mini.json: reminderSchedule[1].condition: Needs exactly one follow-up-email item in the plan',
    ]);
  });

  it('rejects unknown fields, so typos do not pass silently', () => {
    expect(problems((plan) => (plan.sections[0].items[0].guidence = 'x'))).toEqual([
      'mini.json: sections[0].items[0]: Unrecognized key: "guidence"',
    ]);
  });

  it('checks reminder recipients, timing and fallbacks', () => {
    expect(problems((plan) => (plan.reminderSchedule[0].recipient = 'coach'))).toEqual([
      'mini.json: reminderSchedule[0].recipient: A research-company reminder goes to the candidate',
    ]);
    expect(problems((plan) => (plan.reminderSchedule[0].offsetHours = 72))).toEqual([
      'mini.json: reminderSchedule[0].offsetHours: Must be negative (before the interview) for a research-company reminder',
    ]);
    expect(
      problems((plan) =>
        plan.reminderSchedule.push({ kind: 'decision-check-in', recipient: 'candidate', anchor: 'decision', offsetHours: 0, itemKeys: [] }),
      ),
    ).toEqual(['mini.json: reminderSchedule[2].fallback: Required for the "decision" anchor (used when no decision date is known)']);
  });

  it('rejects a duplicate reminder kind and a nudge with no follow-up item to watch', () => {
    expect(problems((plan) => (plan.reminderSchedule[1].kind = 'research-company'))).toContain(
      'mini.json: reminderSchedule[1].kind: Duplicate reminder kind "research-company"',
    );
    expect(problems((plan) => (plan.sections[1].items[0].kind = 'reflection'))).toEqual([
      'mini.json: reminderSchedule[1].condition: Needs exactly one follow-up-email item in the plan',
    ]);
  });

  it('rejects keys that are not kebab-case', () => {
    expect(problems((plan) => (plan.sections[0].key = 'Prepare Now'))[0]).toMatch(/^mini\.json: sections\[0\]\.key: Must be kebab-case/);
  });
});
