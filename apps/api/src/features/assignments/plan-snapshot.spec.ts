import { resolve } from 'node:path';
import { ContentValidationError, loadContent } from '@prep/content';
import { AppError } from '../../platform/errors/app-error';
import { publicCodeFor } from '../../platform/errors/error-code-map';
import { AssignmentErrorCode } from './assignment-error-code';
import { buildPlanSnapshot, describePlanItem } from './plan-snapshot';

// The built-in plan as coaches assign it; the spec reads snapshots only through their shape.
const builtIn = loadContent(resolve(__dirname, '../../../../../content')).plans.find(
  (plan) => plan.key === 'second-interview-prep',
)!;

interface PlanShape {
  sections: Array<{ key: string; items: Array<{ key: string; title: string; dueOffsetHours: number }> }>;
  reminderSchedule: Array<{ kind: string; itemKeys: string[] }>;
}

const itemKeys = (plan: PlanShape) => plan.sections.flatMap((section) => section.items.map((item) => item.key));
const section = (plan: PlanShape, key: string) => plan.sections.find((candidate) => candidate.key === key);
const rule = (plan: PlanShape, kind: string) => plan.reminderSchedule.find((candidate) => candidate.kind === kind)!;
const extra = (sectionKey: string, overrides: Record<string, unknown> = {}) => ({
  sectionKey,
  kind: 'task',
  title: 'Read the annual report',
  guidance: 'Skim the letter to shareholders.',
  ...overrides,
});

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the change to be refused');
}

describe('the plan a candidate gets', () => {
  it('is the template version itself when nothing is dropped or added', () => {
    expect(buildPlanSnapshot(builtIn)).toEqual(builtIn);
  });

  it('leaves out a dropped item, from its section and from every reminder that listed it', () => {
    const snapshot = buildPlanSnapshot(builtIn, ['talk-to-insiders', 'research-salary-range']);
    expect(itemKeys(snapshot)).not.toContain('talk-to-insiders');
    expect(itemKeys(snapshot)).not.toContain('research-salary-range');
    expect(itemKeys(snapshot)).toHaveLength(itemKeys(builtIn).length - 2);
    expect(section(snapshot, 'research-company')!.items.map((item) => item.key)).toEqual([
      'explore-company-channels',
      'learn-the-culture',
    ]);
    expect(rule(snapshot, 'research-company').itemKeys).toEqual(['explore-company-channels', 'learn-the-culture']);
    expect(rule(snapshot, 'review-role').itemKeys).toEqual(['map-job-requirements', 'gather-your-evidence']);
  });

  it('leaves out a section whose every item was dropped', () => {
    const snapshot = buildPlanSnapshot(builtIn, ['final-check']);
    expect(section(snapshot, 'on-the-day')).toBeUndefined();
    expect(rule(snapshot, 'final-check').itemKeys).toEqual([]);
  });

  it('adds extra items at the end of their section, keyed in order, due with the section by default', () => {
    const snapshot = buildPlanSnapshot(
      builtIn,
      [],
      [extra('research-company'), extra('reflect', { kind: 'reflection', title: 'Note the names', dueOffsetHours: 6 })],
    );
    expect(section(snapshot, 'research-company')!.items.at(-1)).toEqual({
      key: 'extra-1',
      kind: 'task',
      title: 'Read the annual report',
      guidance: 'Skim the letter to shareholders.',
      dueOffsetHours: -72,
    });
    expect(section(snapshot, 'reflect')!.items.at(-1)).toMatchObject({ key: 'extra-2', dueOffsetHours: 6 });
    expect(itemKeys(snapshot)).toHaveLength(itemKeys(builtIn).length + 2);
  });

  it('drops and adds in the same section: the extra takes the place of what was dropped', () => {
    const snapshot = buildPlanSnapshot(builtIn, ['talk-to-insiders'], [extra('research-company')]);
    expect(section(snapshot, 'research-company')!.items.map((item) => item.key)).toEqual([
      'explore-company-channels',
      'learn-the-culture',
      'extra-1',
    ]);
  });

  it('keeps a section whose items were all dropped when an extra item goes into it', () => {
    const snapshot = buildPlanSnapshot(builtIn, ['final-check'], [extra('on-the-day', { dueOffsetHours: -1 })]);
    expect(section(snapshot, 'on-the-day')!.items.map((item) => item.key)).toEqual(['extra-1']);
  });

  it('leaves the template version as it was', () => {
    const before = structuredClone(builtIn);
    buildPlanSnapshot(builtIn, ['talk-to-insiders'], [extra('research-company')]);
    expect(builtIn).toEqual(before);
  });

  it('refuses to drop keys the plan does not have, naming them (INVALID_PLAN_CHANGE, BAD_USER_INPUT)', () => {
    const error = refusal(() => buildPlanSnapshot(builtIn, ['talk-to-insiders', 'no-such-item', 'nor-this']));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: AssignmentErrorCode.InvalidPlanChange,
      message: 'dropItemKeys has keys the plan does not have: no-such-item, nor-this',
    });
    expect(publicCodeFor((error as AppError).code)).toBe('BAD_USER_INPUT');
  });

  it('refuses an extra item for a section the plan does not have', () => {
    expect(refusal(() => buildPlanSnapshot(builtIn, [], [extra('research-company'), extra('nowhere')]))).toMatchObject({
      code: AssignmentErrorCode.InvalidPlanChange,
      message: 'extraItems[1].sectionKey "nowhere" is not a section of the plan',
    });
  });

  it('refuses more than 20 extra items', () => {
    const extras = Array.from({ length: 21 }, () => extra('research-company'));
    expect(refusal(() => buildPlanSnapshot(builtIn, [], extras))).toMatchObject({
      code: AssignmentErrorCode.InvalidPlanChange,
      message: 'at most 20 extra items',
    });
    expect(itemKeys(buildPlanSnapshot(builtIn, [], extras.slice(1)))).toHaveLength(itemKeys(builtIn).length + 20);
  });

  it('holds an extra item to every content rule, naming where it broke one', () => {
    const error = refusal(() =>
      buildPlanSnapshot(
        builtIn,
        [],
        [extra('research-company', { dueOffsetHours: 5 }), extra('reflect', { kind: 'nap' })],
      ),
    );
    expect(error).toBeInstanceOf(ContentValidationError);
    const issues = (error as ContentValidationError).issues.map(({ path, message }) => ({ path, message }));
    expect(issues).toEqual([
      { path: 'sections[0].items[3].dueOffsetHours', message: 'Must be negative in the "before" phase' },
      { path: 'sections[9].items[3].kind', message: expect.stringMatching(/^Invalid option: expected one of "task"/) },
    ]);
  });
});

describe('a plan item as the API shows it', () => {
  const items = builtIn.sections.flatMap((candidate) => candidate.items);

  it('gives a question to ask its category and follow-ups', () => {
    const question = items.find((item) => item.kind === 'question-to-ask')!;
    expect(describePlanItem(question)).toMatchObject({
      key: question.key,
      kind: 'question-to-ask',
      category: expect.any(String),
      followUps: expect.any(Array),
    });
  });

  it('gives any other item no category and no follow-ups', () => {
    const task = items.find((item) => item.key === 'talk-to-insiders')!;
    expect(describePlanItem(task)).toEqual({
      key: 'talk-to-insiders',
      kind: 'task',
      title: task.title,
      guidance: task.guidance,
      dueOffsetHours: -72,
      category: null,
      followUps: [],
    });
  });
});
