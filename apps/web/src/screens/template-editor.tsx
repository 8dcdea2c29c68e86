import { FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { PlanSectionInput, ReminderRuleInput, TemplateQuery } from '../gql/graphql';
import { ErrorNotice } from '../ui/error-notice';
import { Field, fieldIssues, invalidProps, issueAt } from '../ui/field-issues';
import { newReminderRule, ReminderRulesEditor } from './template-reminder-rules';
import { newKey, SectionEditor } from './template-section-editor';

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

/** Edits the draft; the API validates the whole plan on save and its answer replaces the cached template. */
export default function TemplateEditor({ template, onDone }: { template: Template; onDone: () => void }) {
  const [draft, setDraft] = useState(() => toDraft(template));
  const [save, { loading, error, reset }] = useMutation(UpdateTemplateDocument);
  const form = useRef<HTMLFormElement>(null);
  const issues = fieldIssues(error);
  const update = (next: Partial<Draft>) => setDraft({ ...draft, ...next });
  // A removal moves what follows it up, so the API's problems no longer sit beside their fields.
  const remove = (next: Partial<Draft>) => {
    reset();
    update(next);
  };
  const setSection = (index: number, section: PlanSectionInput) =>
    update({ sections: draft.sections.map((entry, at) => (at === index ? section : entry)) });
  const setRule = (index: number, rule: ReminderRuleInput) =>
    update({ reminderSchedule: draft.reminderSchedule.map((entry, at) => (at === index ? rule : entry)) });
  const items = draft.sections.flatMap((section) => section.items.map(({ key, title }) => ({ key, title })));

  // After a refused save, keyboard users land on the first field the API named.
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save({ variables: { id: template.id, input: draft } }).catch(() => null);
    if (result?.data) onDone();
  };

  const title = { issue: issueAt(issues, 'title'), id: 'draft-title-problem' };
  const summary = { issue: issueAt(issues, 'summary'), id: 'draft-summary-problem' };
  return (
    <section aria-labelledby="editor-heading" className="panel">
      <h2 id="editor-heading">Edit the draft</h2>
      {error && <ErrorNotice error={error} title="Could not save the draft" />}
      <form className="form" onSubmit={submit} ref={form}>
        <Field label="Title" problem={title}>
          <input
            required
            maxLength={200}
            value={draft.title}
            onChange={(e) => update({ title: e.target.value })}
            {...invalidProps(title.issue, title.id)}
          />
        </Field>
        <Field label="Summary" problem={summary}>
          <textarea
            value={draft.summary}
            onChange={(e) => update({ summary: e.target.value })}
            {...invalidProps(summary.issue, summary.id)}
          />
        </Field>
        {draft.sections.map((section, index) => (
          <SectionEditor
            key={section.key}
            index={index}
            section={section}
            issues={issues}
            onChange={(next) => setSection(index, next)}
            onRemove={() => remove({ sections: draft.sections.filter((_, at) => at !== index) })}
            onRemoveItem={(itemIndex) =>
              remove({
                sections: draft.sections.map((entry, at) =>
                  at === index
                    ? { ...entry, items: entry.items.filter((_, position) => position !== itemIndex) }
                    : entry,
                ),
              })
            }
          />
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            update({
              sections: [
                ...draft.sections,
                { key: newKey('section'), title: 'New section', phase: 'before', items: [] },
              ],
            })
          }
        >
          Add a section
        </button>
        <ReminderRulesEditor
          schedule={draft.reminderSchedule}
          items={items}
          issues={issues}
          onChange={setRule}
          onRemove={(index) => remove({ reminderSchedule: draft.reminderSchedule.filter((_, at) => at !== index) })}
          onAdd={() =>
            update({ reminderSchedule: [...draft.reminderSchedule, newReminderRule(draft.reminderSchedule)] })
          }
        />
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
