import { useId } from 'react';
import { formatNumber } from '../ui/format';
import { Empty } from '../ui/status';
import { anchorText, words } from './template-vocabulary';

// What a preview reads of a plan: the same for a draft and a published version.
interface Section {
  key: string;
  title: string;
  phase: string;
  items: ReadonlyArray<{ key: string; title: string; guidance: string; dueOffsetHours: number }>;
}
interface Rule {
  kind: string;
  recipient: string;
  anchor: string;
  offsetHours: number;
  fallback?: { offsetHours: number } | null;
}

/** "48 h before the interview", "24 h after assignment". */
export function offsetText(hours: number, anchor: string): string {
  const where = anchorText(anchor);
  if (hours === 0) return `at ${where}`;
  return `${formatNumber(Math.abs(hours))} h ${hours < 0 ? 'before' : 'after'} ${where}`;
}

// Headings continue the page's outline: a preview under an h2 starts at h3, under an h3 at h4.
const HEADINGS = { 3: ['h3', 'h4'], 4: ['h4', 'h5'] } as const;

/** A plan's checklist and reminder schedule as the candidate (and their coach) will meet them. */
export function PlanPreview({
  sections,
  reminderSchedule,
  level,
  labelledBy,
}: {
  sections: readonly Section[];
  reminderSchedule: readonly Rule[];
  level: 3 | 4;
  /** A heading that tells this preview from another on the page (a version's), for the regions' names. */
  labelledBy?: string;
}) {
  const [Heading, SectionHeading] = HEADINGS[level];
  const id = useId();
  const prefix = labelledBy ? `${labelledBy} ` : '';
  return (
    <>
      <section aria-labelledby={`${prefix}${id}-sections`}>
        <Heading id={`${id}-sections`}>Sections</Heading>
        {sections.map((section) => (
          <div key={section.key} className="item-group">
            <SectionHeading>
              {section.title} <span className="phase">({section.phase} the interview)</span>
            </SectionHeading>
            <ul className="checklist">
              {section.items.map((item) => (
                <li key={item.key}>
                  <strong>{item.title}</strong>{' '}
                  <span className="phase">({offsetText(item.dueOffsetHours, 'interview')})</span>
                  <br />
                  {item.guidance}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby={`${prefix}${id}-schedule`}>
        <Heading id={`${id}-schedule`}>Reminder schedule</Heading>
        {reminderSchedule.length === 0 ? (
          <Empty>No reminders.</Empty>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Message</th>
                  <th scope="col">To</th>
                  <th scope="col">When</th>
                </tr>
              </thead>
              <tbody>
                {reminderSchedule.map((rule, index) => (
                  <tr key={`${rule.kind}-${index}`}>
                    <td>{words(rule.kind)}</td>
                    <td>{rule.recipient}</td>
                    <td>
                      {offsetText(rule.offsetHours, rule.anchor)}
                      {rule.fallback && `, or ${offsetText(rule.fallback.offsetHours, 'interview')} without one`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
