import { act } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';
import type { ReminderRuleInput } from '../gql/graphql';
import { fieldIssues, NO_ISSUES } from '../ui/field-issues';
import { newReminderRule, ReminderRulesEditor } from './template-reminder-rules';
import { VersionList } from './template-versions';
import { rootPerTest } from '../testing/screen-root';

const screen = rootPerTest();

const SCHEDULE: ReminderRuleInput[] = [
  { kind: 'assignment', recipient: 'candidate', anchor: 'assigned', offsetHours: 0, itemKeys: [] },
  { kind: 'research-company', recipient: 'candidate', anchor: 'interview', offsetHours: 24, itemKeys: ['research'] },
];
const ITEMS = [{ key: 'research', title: 'Research the company' }];

/** What the API answers for an invalid draft: every problem by its path. */
const invalidDraft = new CombinedGraphQLErrors({
  errors: [
    {
      message: 'reminderSchedule[1].offsetHours: Must be negative; reminderSchedule[1].itemKeys[0]: Unknown item key',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'PLAN_TEMPLATE_INVALID',
        issues: [
          { path: 'reminderSchedule[1].offsetHours', message: 'Must be negative (before the interview)' },
          { path: 'reminderSchedule[1].itemKeys[0]', message: 'Unknown item key "research"' },
        ],
      },
    },
  ],
});

/** The control of the nth label that reads `text` (a select's label also holds its options' text). */
const labelled = (text: string, nth = 0) => {
  const labels = Array.from(screen.container.querySelectorAll('label'));
  const label = labels.filter((entry) => entry.firstChild?.textContent === text)[nth];
  return label?.querySelector('input, select') as HTMLInputElement | HTMLSelectElement;
};

describe('fieldIssues', () => {
  it('maps the API’s issues to their paths with the answer’s code', () => {
    const issues = fieldIssues(invalidDraft);
    expect(issues.get('reminderSchedule[1].offsetHours')).toEqual({
      message: 'Must be negative (before the interview)',
      code: 'BAD_USER_INPUT',
    });
    expect(issues.size).toBe(2);
  });

  it('is empty for an error without issues', () => {
    expect(fieldIssues(new TypeError('Failed to fetch')).size).toBe(0);
    expect(fieldIssues(new CombinedGraphQLErrors({ errors: [{ message: 'No' }] })).size).toBe(0);
  });
});

describe('ReminderRulesEditor', () => {
  function renderEditor(issues = NO_ISSUES) {
    const handlers = { onChange: jest.fn(), onRemove: jest.fn(), onAdd: jest.fn() };
    act(() =>
      screen.root.render(<ReminderRulesEditor schedule={SCHEDULE} items={ITEMS} issues={issues} {...handlers} />),
    );
    return handlers;
  }

  it('shows each of the API’s problems beside its field, tied to it for screen readers', () => {
    renderEditor(fieldIssues(invalidDraft));
    // Only the rule the API named opens; the other stays one line.
    const rules = screen.container.querySelectorAll('details');
    expect(Array.from(rules, (rule) => rule.open)).toEqual([false, true]);
    expect(rules[0].querySelector('select, input')).toBeNull();
    expect(rules[0].querySelector('summary')?.textContent).toBe(
      'Reminder 1: assignment to the candidate, at assignment',
    );
    const hours = labelled('Hours (negative is before)');
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    const problem = document.getElementById(hours.getAttribute('aria-describedby')!);
    expect(problem?.textContent).toBe('Must be negative (before the interview) (BAD_USER_INPUT)');
    // A problem inside a list (itemKeys[0]) shows at the list's field.
    const items = labelled('Skipped when these items are done');
    expect(document.getElementById(items.getAttribute('aria-describedby')!)?.textContent).toContain('Unknown item key');
    expect(screen.container.querySelectorAll('[aria-invalid]')).toHaveLength(2);
  });

  it('marks nothing invalid without an answer', () => {
    renderEditor();
    expect(screen.container.querySelector('[aria-invalid]')).toBeNull();
    expect(screen.container.querySelector('.field-problem')).toBeNull();
  });

  it('edits, removes and adds rules', () => {
    const { onChange, onRemove, onAdd } = renderEditor();
    const second = screen.container.querySelectorAll('details')[1];
    act(() => {
      second.open = true;
      second.dispatchEvent(new Event('toggle'));
    });
    const anchor = labelled('Counted from') as HTMLSelectElement;
    act(() => {
      anchor.value = 'decision';
      anchor.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith(1, { ...SCHEDULE[1], anchor: 'decision' });
    const buttons = Array.from(screen.container.querySelectorAll('button'));
    act(() => buttons.find((button) => button.textContent === 'Remove reminder 2 (research company)')!.click());
    expect(onRemove).toHaveBeenCalledWith(1);
    act(() => buttons.find((button) => button.textContent === 'Add a reminder')!.click());
    expect(onAdd).toHaveBeenCalled();
  });

  it('a new rule takes the first kind the schedule does not have yet', () => {
    expect(newReminderRule(SCHEDULE).kind).toBe('review-role');
    expect(newReminderRule([]).kind).toBe('assignment');
  });
});

describe('VersionList', () => {
  const version = (number: number, publishedBy: string | null, guidance: string) => ({
    __typename: 'PlanTemplateVersion' as const,
    id: `v${number}`,
    version: number,
    publishedAt: '2026-05-04T12:30:00Z',
    publishedBy,
    title: 'Our plan',
    summary: 'For second interviews.',
    sections: [
      {
        __typename: 'PlanSection' as const,
        key: 'prepare',
        title: 'Prepare',
        phase: 'before',
        items: [{ __typename: 'PlanItem' as const, key: 'research', title: 'Research', guidance, dueOffsetHours: -48 }],
      },
    ],
    reminderSchedule: [],
  });

  it('lists each version with when and by whom, and opens one at a time', () => {
    act(() =>
      screen.root.render(
        <VersionList versions={[version(2, 'Ada Admin', 'Read twice.'), version(1, null, 'Read once.')]} />,
      ),
    );
    const rows = Array.from(screen.container.querySelectorAll('.card-row'), (row) => row.textContent);
    expect(rows[0]).toContain('Version 2');
    expect(rows[0]).toContain('by Ada Admin');
    expect(rows[1]).not.toContain(' by ');
    expect(screen.container.querySelector('time')?.getAttribute('datetime')).toBe('2026-05-04T12:30:00Z');

    const show = (name: string) =>
      Array.from(screen.container.querySelectorAll('button')).find((button) => button.textContent === name)!;
    act(() => show('Show version 1').click());
    expect(show('Hide version 1').getAttribute('aria-expanded')).toBe('true');
    expect(screen.container.textContent).toContain('Read once.');
    act(() => show('Show version 2').click());
    expect(screen.container.textContent).toContain('Read twice.');
    expect(screen.container.textContent).not.toContain('Read once.');
  });

  it('says a template was never published', () => {
    act(() => screen.root.render(<VersionList versions={[]} />));
    expect(screen.container.querySelector('.empty')?.textContent).toContain('Not published yet');
  });
});
