import { useState } from 'react';
import type { ReminderRuleInput } from '../gql/graphql';
import { Field, FieldProblem, type FieldIssues, invalidProps, issueAt } from '../ui/field-issues';
import {
  REMINDER_ANCHORS,
  REMINDER_CONDITIONS,
  REMINDER_KINDS,
  REMINDER_RECIPIENTS,
  anchorText,
  words,
} from './template-vocabulary';
import { offsetText } from './template-preview';

interface ItemChoice {
  key: string;
  title: string;
}

/** A new rule of the first kind the schedule lacks; the API says what its kind needs on save. */
export function newReminderRule(schedule: readonly ReminderRuleInput[]): ReminderRuleInput {
  const used = new Set(schedule.map((rule) => rule.kind));
  const kind = REMINDER_KINDS.find((entry) => !used.has(entry)) ?? REMINDER_KINDS[0];
  return { kind, recipient: 'candidate', anchor: 'interview', offsetHours: -24, itemKeys: [] };
}

/** The schedule's rules, each with the API's problems beside its fields (paths `reminderSchedule[i].…`). */
export function ReminderRulesEditor({
  schedule,
  items,
  issues,
  onChange,
  onRemove,
  onAdd,
}: {
  schedule: readonly ReminderRuleInput[];
  items: readonly ItemChoice[];
  issues: FieldIssues;
  onChange: (index: number, rule: ReminderRuleInput) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
}) {
  // Rules added while editing start open; the schedule's own rules open when asked or when the API names them.
  const [savedCount] = useState(schedule.length);
  return (
    <fieldset>
      <legend>Reminder schedule</legend>
      {schedule.map((rule, index) => (
        <ReminderRuleEditor
          // Rules have no key of their own; a schedule holds each kind once, and the API's paths name positions.
          key={`${index}-${rule.kind}`}
          index={index}
          startOpen={index >= savedCount}
          rule={rule}
          items={items}
          issues={issues}
          onChange={(next) => onChange(index, next)}
          onRemove={() => onRemove(index)}
        />
      ))}
      <div className="actions">
        <button type="button" className="secondary" onClick={onAdd}>
          Add a reminder
        </button>
      </div>
    </fieldset>
  );
}

function ReminderRuleEditor({
  index,
  startOpen,
  rule,
  items,
  issues,
  onChange,
  onRemove,
}: {
  index: number;
  startOpen: boolean;
  rule: ReminderRuleInput;
  items: readonly ItemChoice[];
  issues: FieldIssues;
  onChange: (rule: ReminderRuleInput) => void;
  onRemove: () => void;
}) {
  const [open, setOpen] = useState(startOpen);
  const named = issueAt(issues, `reminderSchedule[${index}]`) !== undefined;
  const name = `Reminder ${index + 1}`;
  const field = (part: string) => {
    const path = `reminderSchedule[${index}].${part}`;
    const id = `rule-${index}-${part}-problem`;
    return { issue: issueAt(issues, path), id };
  };
  const ruleIssue = issues.get(`reminderSchedule[${index}]`);
  const [kind, recipient, anchor, offset, condition, itemKeys, fallback] = [
    'kind',
    'recipient',
    'anchor',
    'offsetHours',
    'condition',
    'itemKeys',
    'fallback',
  ].map(field);
  // Closed, a rule is one line and renders no fields: ten rules stay short to read and to tab through.
  return (
    <details className="rule" open={open || named} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {name}: {words(rule.kind)} to the {rule.recipient}, {offsetText(rule.offsetHours, rule.anchor)}
      </summary>
      {(open || named) && (
        <fieldset>
          <legend className="visually-hidden">{name}</legend>
          <FieldProblem issue={ruleIssue} id={`rule-${index}-problem`} />
          <div className="field-row">
            <Field label="Message" problem={kind}>
              <select
                value={rule.kind}
                onChange={(e) => onChange({ ...rule, kind: e.target.value })}
                {...invalidProps(kind.issue, kind.id)}
              >
                {REMINDER_KINDS.map((entry) => (
                  <option key={entry} value={entry}>
                    {words(entry)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="To" problem={recipient}>
              <select
                value={rule.recipient}
                onChange={(e) => onChange({ ...rule, recipient: e.target.value })}
                {...invalidProps(recipient.issue, recipient.id)}
              >
                {REMINDER_RECIPIENTS.map((entry) => (
                  <option key={entry} value={entry}>
                    {entry}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="field-row">
            <Field label="Counted from" problem={anchor}>
              <select
                value={rule.anchor}
                onChange={(e) => onChange({ ...rule, anchor: e.target.value })}
                {...invalidProps(anchor.issue, anchor.id)}
              >
                {REMINDER_ANCHORS.map((entry) => (
                  <option key={entry} value={entry}>
                    {anchorText(entry)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Hours (negative is before)" problem={offset}>
              <input
                type="number"
                step={1}
                required
                value={rule.offsetHours}
                onChange={(e) => onChange({ ...rule, offsetHours: Number(e.target.value) })}
                {...invalidProps(offset.issue, offset.id)}
              />
            </Field>
          </div>
          <div className="field-row">
            <Field label="Sent only if" problem={condition}>
              <select
                value={rule.condition ?? ''}
                onChange={(e) => onChange({ ...rule, condition: e.target.value || null })}
                {...invalidProps(condition.issue, condition.id)}
              >
                <option value="">Always</option>
                {REMINDER_CONDITIONS.map((entry) => (
                  <option key={entry} value={entry}>
                    {words(entry)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Without a decision date: hours after the interview" problem={fallback}>
              <input
                type="number"
                step={1}
                value={rule.fallback?.offsetHours ?? ''}
                onChange={(e) =>
                  onChange({
                    ...rule,
                    fallback:
                      e.target.value === '' ? null : { anchor: 'interview', offsetHours: Number(e.target.value) },
                  })
                }
                {...invalidProps(fallback.issue, fallback.id)}
              />
            </Field>
          </div>
          <Field label="Skipped when these items are done" problem={itemKeys}>
            <select
              multiple
              size={Math.min(4, Math.max(items.length, 1))}
              value={rule.itemKeys}
              onChange={(e) =>
                onChange({ ...rule, itemKeys: Array.from(e.target.selectedOptions, (option) => option.value) })
              }
              {...invalidProps(itemKeys.issue, itemKeys.id)}
            >
              {items.map((item) => (
                <option key={item.key} value={item.key}>
                  {item.title}
                </option>
              ))}
            </select>
          </Field>
          <div className="actions">
            <button type="button" className="secondary" onClick={onRemove}>
              Remove {name.toLowerCase()} ({words(rule.kind)})
            </button>
          </div>
        </fieldset>
      )}
    </details>
  );
}
