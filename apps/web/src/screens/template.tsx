import { lazy, Suspense, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { ErrorScreen } from '../ui/error-notice';
import { Loading } from '../ui/status';
import { TemplateActions } from './template-actions';
import { PlanPreview } from './template-preview';
import { TemplateVersions } from './template-versions';

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
      <h2>
        {template.source !== 'BUILT_IN' && template.hasUnpublishedChanges
          ? 'The draft as a candidate will see it'
          : 'As the candidate sees it'}
      </h2>
      <PlanPreview sections={template.sections} reminderSchedule={template.reminderSchedule} level={3} />
      <TemplateVersions templateId={template.id} />
    </>
  );
}
