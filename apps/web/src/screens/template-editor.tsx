import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { PlanSectionInput, ReminderRuleInput, TemplateQuery } from '../gql/graphql';
import { ErrorNotice } from '../ui/error-notice';

const UpdateTemplateDocument = graphql(`
  mutation UpdateTemplate($id: ID!, $input: UpdatePlanTemplateInput!) {
    updatePlanTemplate(id: $id, input: $input) {
      id
      title
      summary
      hasUnpublishedChanges
      sections {
        key
        title
        phase
        items {
          key
          title
          kind
          guidance
          dueOffsetHours
          category
          followUps
        }
      }
      reminderSchedule {
        kind
        recipient
        anchor
        offsetHours
        itemKeys
        condition
        fallback {
          anchor
          offsetHours
        }
      }
    }
  }
`);

type Template = TemplateQuery['planTemplate'];
const ITEM_KINDS = ['task', 'practice-question', 'question-to-ask', 'reflection', 'follow-up-email'];

interface Draft {
  title: string;
  summary: string;
  sections: PlanSectionInput[];
  reminderSchedule: ReminderRuleInput[];
}

/** The answer's objects carry __typename; the input types do not take it. */
function toDraft(template: Template): Draft {
  return {
    title: template.title,
    summary: template.summary,
    sections: template.sections.map((section) => ({
      key: section.key,
      title: section.title,
      phase: section.phase,
      items: section.items.map((item) => ({
        key: item.key,
        title: item.title,
        kind: item.kind,
        guidance: item.guidance,
        dueOffsetHours: item.dueOffsetHours,
        category: item.category ?? null,
        followUps: item.followUps ?? null,
      })),
    })),
    reminderSchedule: template.reminderSchedule.map((rule) => ({
      kind: rule.kind,
      recipient: rule.recipient,
      anchor: rule.anchor,
      offsetHours: rule.offsetHours,
      itemKeys: rule.itemKeys,
      condition: rule.condition ?? null,
      fallback: rule.fallback ? { anchor: rule.fallback.anchor, offsetHours: rule.fallback.offsetHours } : null,
    })),
  };
}

/** A key the draft does not use yet, readable in the audit log. */
function newKey(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Edits the draft; the API validates the whole plan on save and its answer replaces the cached template. */
export default function TemplateEditor({ template, onDone }: { template: Template; onDone: () => void }) {
  const [draft, setDraft] = useState(() => toDraft(template));
  const [save, { loading, error }] = useMutation(UpdateTemplateDocument);
  const setSection = (index: number, section: PlanSectionInput) =>
    setDraft({ ...draft, sections: draft.sections.map((entry, at) => (at === index ? section : entry)) });
  const setRule = (index: number, rule: ReminderRuleInput) =>
    setDraft({ ...draft, reminderSchedule: draft.reminderSchedule.map((entry, at) => (at === index ? rule : entry)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save({ variables: { id: template.id, input: draft } }).catch(() => null);
    if (result?.data) onDone();
  };

  return (
    <section aria-labelledby="editor-heading" className="panel">
      <h2 id="editor-heading">Edit the draft</h2>
      {error && <ErrorNotice error={error} title="Could not save the draft" />}
      <form className="form" onSubmit={submit}>
        <label>
          Title
          <input
            required
            maxLength={200}
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          />
        </label>
        <label>
          Summary
          <textarea value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} />
        </label>
        {draft.sections.map((section, index) => (
          <SectionEditor
            key={section.key}
            section={section}
            onChange={(next) => setSection(index, next)}
            onRemove={() => setDraft({ ...draft, sections: draft.sections.filter((_, at) => at !== index) })}
          />
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setDraft({
              ...draft,
              sections: [
                ...draft.sections,
                { key: newKey('section'), title: 'New section', phase: 'before', items: [] },
              ],
            })
          }
        >
          Add a section
        </button>
        <fieldset>
          <legend>Reminder schedule</legend>
          {draft.reminderSchedule.map((rule, index) => (
            <div key={`${rule.kind}-${index}`} className="field-row">
              <span>
                {rule.kind.replace(/-/g, ' ')} to the {rule.recipient}
              </span>
              <label>
                Hours from {rule.anchor} (negative is before)
                <input
                  type="number"
                  step={1}
                  required
                  value={rule.offsetHours}
                  onChange={(e) => setRule(index, { ...rule, offsetHours: Number(e.target.value) })}
                />
              </label>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  setDraft({ ...draft, reminderSchedule: draft.reminderSchedule.filter((_, at) => at !== index) })
                }
              >
                Remove the {rule.kind.replace(/-/g, ' ')} reminder
              </button>
            </div>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={loading}>
            {loading ? 'Saving…' : 'Save the draft'}
          </button>
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

function SectionEditor({
  section,
  onChange,
  onRemove,
}: {
  section: PlanSectionInput;
  onChange: (section: PlanSectionInput) => void;
  onRemove: () => void;
}) {
  const setItem = (index: number, item: PlanSectionInput['items'][number]) =>
    onChange({ ...section, items: section.items.map((entry, at) => (at === index ? item : entry)) });
  return (
    <fieldset>
      <legend>Section: {section.title}</legend>
      <div className="field-row">
        <label>
          Section title
          <input required value={section.title} onChange={(e) => onChange({ ...section, title: e.target.value })} />
        </label>
        <label>
          When
          <select value={section.phase} onChange={(e) => onChange({ ...section, phase: e.target.value })}>
            <option value="before">Before the interview</option>
            <option value="after">After the interview</option>
          </select>
        </label>
      </div>
      {section.items.map((item, index) => (
        <fieldset key={item.key}>
          <legend>Item: {item.title}</legend>
          <label>
            Item title
            <input required value={item.title} onChange={(e) => setItem(index, { ...item, title: e.target.value })} />
          </label>
          <div className="field-row">
            <label>
              Kind
              <select value={item.kind} onChange={(e) => setItem(index, { ...item, kind: e.target.value })}>
                {ITEM_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind.replace(/-/g, ' ')}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Due (hours from the interview)
              <input
                type="number"
                step={1}
                required
                value={item.dueOffsetHours}
                onChange={(e) => setItem(index, { ...item, dueOffsetHours: Number(e.target.value) })}
              />
            </label>
          </div>
          <label>
            Guidance
            <textarea
              required
              value={item.guidance}
              onChange={(e) => setItem(index, { ...item, guidance: e.target.value })}
            />
          </label>
          <button
            type="button"
            className="secondary"
            onClick={() => onChange({ ...section, items: section.items.filter((_, at) => at !== index) })}
          >
            Remove item {item.title}
          </button>
        </fieldset>
      ))}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            onChange({
              ...section,
              items: [
                ...section.items,
                {
                  key: newKey('item'),
                  title: 'New item',
                  kind: 'task',
                  guidance: 'What to do.',
                  dueOffsetHours: section.phase === 'after' ? 24 : -24,
                },
              ],
            })
          }
        >
          Add an item to {section.title}
        </button>
        <button type="button" className="secondary" onClick={onRemove}>
          Remove section {section.title}
        </button>
      </div>
    </fieldset>
  );
}
