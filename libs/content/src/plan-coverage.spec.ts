import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { loadContent, QUESTION_CATEGORIES, REMINDER_KINDS, type PlanItem, type PlanTemplate } from './index';

// The built-in plan must carry every part of the source article; these keys are its map.
const plan: PlanTemplate = loadContent(resolve(__dirname, '../../../content')).plans[0]!;
const items: PlanItem[] = plan.sections.flatMap((section) => section.items);
const itemByKey = new Map(items.map((item) => [item.key, item]));

function item(key: string): PlanItem {
  const found = itemByKey.get(key);
  if (!found) throw new Error(`The plan has no item "${key}"`);
  return found;
}

function phaseOf(key: string): string | undefined {
  return plan.sections.find((section) => section.items.some((entry) => entry.key === key))?.phase;
}

describe('the second interview prep plan', () => {
  it('is the built-in "Second interview prep" plan', () => {
    expect(plan.key).toBe('second-interview-prep');
    expect(plan.title).toBe('Second interview prep');
  });

  it('covers company research, the role review and salary research as tasks', () => {
    const research = ['explore-company-channels', 'learn-the-culture', 'talk-to-insiders'];
    const review = ['map-job-requirements', 'gather-your-evidence', 'research-salary-range'];

    for (const key of research) expect(item(key)).toMatchObject({ kind: 'task', dueOffsetHours: -72 });
    for (const key of review) expect(item(key)).toMatchObject({ kind: 'task', dueOffsetHours: -48 });
    expect(item('learn-the-culture').guidance).toMatch(/dress/);
    expect(item('talk-to-insiders').guidance).toMatch(/LinkedIn/);
    expect(item('gather-your-evidence').guidance).toMatch(/certifications/);
  });

  it('has the four common practice questions, due the day before', () => {
    const practice = items.filter((entry) => entry.kind === 'practice-question');

    expect(practice.map((entry) => entry.key)).toEqual([
      'strengths-and-weaknesses',
      'why-this-company',
      'challenge-overcome',
      'difficult-coworker',
    ]);
    for (const entry of practice) expect(entry.dueOffsetHours).toBe(-24);
  });

  it('groups questions to ask into all five categories', () => {
    const questionKeysBy = (category: string) =>
      items.filter((entry) => entry.category === category).map((entry) => entry.key);

    expect(new Set(items.flatMap((entry) => entry.category ?? []))).toEqual(new Set(QUESTION_CATEGORIES));
    expect(questionKeysBy('company')).toEqual(['ask-values-and-culture', 'ask-sustainability', 'ask-team-collaboration']);
    expect(questionKeysBy('position')).toEqual(['ask-day-to-day', 'ask-fit-with-mission', 'ask-success-metrics']);
    expect(questionKeysBy('hiring-process')).toEqual([
      'ask-decision-timeline',
      'ask-next-steps',
      'ask-qualification-concerns',
    ]);
    expect(questionKeysBy('compensation')).toEqual(['ask-room-to-negotiate', 'ask-other-perks']);
    expect(questionKeysBy('examples')).toEqual([
      'ask-professional-development',
      'ask-industry-challenges',
      'ask-cross-department-work',
    ]);
  });

  it('gives each company question its three follow-ups', () => {
    for (const key of ['ask-values-and-culture', 'ask-sustainability', 'ask-team-collaboration']) {
      expect(item(key).followUps).toHaveLength(3);
    }
  });

  it('ends with reflection and a single follow-up email after the interview', () => {
    const reflections = items.filter((entry) => entry.kind === 'reflection');
    const followUps = items.filter((entry) => entry.kind === 'follow-up-email');

    expect(reflections.map((entry) => entry.key)).toEqual([
      'reflect-what-went-well',
      'reflect-do-differently',
      'reflect-feedback',
    ]);
    for (const entry of reflections) expect(entry.dueOffsetHours).toBe(2);
    expect(followUps.map((entry) => [entry.key, entry.dueOffsetHours, phaseOf(entry.key)])).toEqual([
      ['send-follow-up-email', 4, 'after'],
    ]);
    expect(followUps[0]!.guidance).toMatch(/by name/);
  });
});

describe('the default reminder schedule', () => {
  const at = (kind: string) => plan.reminderSchedule.find((rule) => rule.kind === kind);

  // The timing itself is data: the planner's specs (libs/domain) run against this very schedule.
  it('has one reminder of every kind', () => {
    expect(plan.reminderSchedule.map((rule) => rule.kind).sort()).toEqual([...REMINDER_KINDS].sort());
  });

  it('nudges only when the follow-up is unsent and alerts the coach only when not started', () => {
    expect(at('follow-up-nudge')).toMatchObject({ condition: 'follow-up-not-sent', itemKeys: ['send-follow-up-email'] });
    expect(at('coach-not-started')?.condition).toBe('not-started');
    expect(at('decision-check-in')?.fallback).toEqual({ anchor: 'interview', offsetHours: 168 });
  });

  it('ties the practice reminder to every practice question and question to ask', () => {
    const expected = items
      .filter((entry) => entry.kind === 'practice-question' || entry.kind === 'question-to-ask')
      .map((entry) => entry.key);

    expect(at('practice')?.itemKeys).toEqual(expected);
  });
});
