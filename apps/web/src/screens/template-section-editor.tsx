import type { PlanSectionInput } from '../gql/graphql';
import { Field, FieldProblem, type FieldIssues, invalidProps, issueAt } from '../ui/field-issues';
import { ITEM_KINDS, words } from './template-vocabulary';

type ItemInput = PlanSectionInput['items'][number];

/** A key the draft does not use yet, readable in the audit log. */
export function newKey(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A problem of this path for a Field, with an id unique on the page. */
function problemAt(issues: FieldIssues, path: string) {
  return { issue: issueAt(issues, path), id: `${path.replace(/[^a-zA-Z0-9]+/g, '-')}-problem` };
}

/** One section and its items; the API's problems show beside their fields (paths `sections[i].…`). */
export function SectionEditor({
  index,
  section,
  issues,
  onChange,
  onRemove,
  onRemoveItem,
}: {
  index: number;
  section: PlanSectionInput;
  issues: FieldIssues;
  onChange: (section: PlanSectionInput) => void;
  onRemove: () => void;
  onRemoveItem: (itemIndex: number) => void;
}) {
  const path = `sections[${index}]`;
  const setItem = (at: number, item: ItemInput) =>
    onChange({ ...section, items: section.items.map((entry, position) => (position === at ? item : entry)) });
  const title = problemAt(issues, `${path}.title`);
  const phase = problemAt(issues, `${path}.phase`);
  const key = problemAt(issues, `${path}.key`);
  const items = { issue: issues.get(`${path}.items`), id: problemAt(issues, `${path}.items`).id };
  return (
    <fieldset>
      <legend>Section: {section.title}</legend>
      <FieldProblem {...key} />
      <div className="field-row">
        <Field label="Section title" problem={title}>
          <input
            required
            value={section.title}
            onChange={(e) => onChange({ ...section, title: e.target.value })}
            {...invalidProps(title.issue, title.id)}
          />
        </Field>
        <Field label="When" problem={phase}>
          <select
            value={section.phase}
            onChange={(e) => onChange({ ...section, phase: e.target.value })}
            {...invalidProps(phase.issue, phase.id)}
          >
            <option value="before">Before the interview</option>
            <option value="after">After the interview</option>
          </select>
        </Field>
      </div>
      {section.items.map((item, itemIndex) => (
        <ItemEditor
          key={item.key}
          path={`${path}.items[${itemIndex}]`}
          item={item}
          issues={issues}
          onChange={(next) => setItem(itemIndex, next)}
          onRemove={() => onRemoveItem(itemIndex)}
        />
      ))}
      <FieldProblem {...items} />
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
          aria-describedby={items.issue ? items.id : undefined}
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

function ItemEditor({
  path,
  item,
  issues,
  onChange,
  onRemove,
}: {
  path: string;
  item: ItemInput;
  issues: FieldIssues;
  onChange: (item: ItemInput) => void;
  onRemove: () => void;
}) {
  const [title, kind, due, guidance, key] = ['title', 'kind', 'dueOffsetHours', 'guidance', 'key'].map((part) =>
    problemAt(issues, `${path}.${part}`),
  );
  return (
    <fieldset>
      <legend>Item: {item.title}</legend>
      <FieldProblem {...key} />
      <Field label="Item title" problem={title}>
        <input
          required
          value={item.title}
          onChange={(e) => onChange({ ...item, title: e.target.value })}
          {...invalidProps(title.issue, title.id)}
        />
      </Field>
      <div className="field-row">
        <Field label="Kind" problem={kind}>
          <select
            value={item.kind}
            onChange={(e) => onChange({ ...item, kind: e.target.value })}
            {...invalidProps(kind.issue, kind.id)}
          >
            {ITEM_KINDS.map((entry) => (
              <option key={entry} value={entry}>
                {words(entry)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Due (hours from the interview)" problem={due}>
          <input
            type="number"
            step={1}
            required
            value={item.dueOffsetHours}
            onChange={(e) => onChange({ ...item, dueOffsetHours: Number(e.target.value) })}
            {...invalidProps(due.issue, due.id)}
          />
        </Field>
      </div>
      <Field label="Guidance" problem={guidance}>
        <textarea
          required
          value={item.guidance}
          onChange={(e) => onChange({ ...item, guidance: e.target.value })}
          {...invalidProps(guidance.issue, guidance.id)}
        />
      </Field>
      <button type="button" className="secondary" onClick={onRemove}>
        Remove item {item.title}
      </button>
    </fieldset>
  );
}
