import { lazy, Suspense, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { ErrorScreen } from '../ui/error-notice';
import { formatNumber } from '../ui/format';
import { Empty, Loading } from '../ui/status';
import { TemplateActions } from './template-actions';

// The editor is the heaviest screen part; it loads only when someone edits.
const TemplateEditor = lazy(() => import('./template-editor'));

export const TemplateDocument = graphql(`
  query Template($id: ID!) {
    planTemplate(id: $id) {
      id
      title
      summary
      source
      status
      version
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

/** "48 h before the interview", "24 h after assignment". */
export function offsetText(hours: number, anchor: string): string {
  const where = anchor === 'assigned' ? 'assignment' : anchor === 'decision' ? 'the decision date' : 'the interview';
  if (hours === 0) return `at ${where}`;
  return `${formatNumber(Math.abs(hours))} h ${hours < 0 ? 'before' : 'after'} ${where}`;
}

export default function TemplateScreen() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(TemplateDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorScreen error={error} title="Could not load the template" />;
  if (!data) return null;
  const template = data.planTemplate;
  return (
    <>
      <p>
        <Link to="/templates">← Templates</Link>
      </p>
      <h1>{template.title}</h1>
      <p>{template.summary}</p>
      <p>
        <span className="badge">{template.source === 'BUILT_IN' ? 'Built in' : 'Own'}</span>{' '}
        {template.version > 0 ? `Version ${template.version}` : 'Never published'}
        {template.status === 'ARCHIVED' && ', archived'}
        {template.source !== 'BUILT_IN' && template.hasUnpublishedChanges && ', unpublished changes'}
      </p>
      <TemplateActions template={template} editing={editing} onEdit={() => setEditing(true)} />
      {editing && (
        <Suspense fallback={<Loading label="Opening the editor…" />}>
          <TemplateEditor template={template} onDone={() => setEditing(false)} />
        </Suspense>
      )}
      <h2>As the candidate sees it</h2>
      <section aria-labelledby="sections-heading">
        <h3 id="sections-heading">Sections</h3>
        {template.sections.map((section) => (
          <div key={section.key} className="item-group">
            <h4>
              {section.title} <span className="phase">({section.phase} the interview)</span>
            </h4>
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
      <section aria-labelledby="schedule-heading">
        <h3 id="schedule-heading">Reminder schedule</h3>
        {template.reminderSchedule.length === 0 ? (
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
                {template.reminderSchedule.map((rule) => (
                  <tr key={`${rule.kind}-${rule.anchor}-${rule.offsetHours}`}>
                    <td>{rule.kind.replace(/-/g, ' ')}</td>
                    <td>{rule.recipient}</td>
                    <td>{offsetText(rule.offsetHours, rule.anchor)}</td>
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
