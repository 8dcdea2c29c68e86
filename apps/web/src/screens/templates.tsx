import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { ErrorScreen } from '../ui/error-notice';
import { Empty, Loading } from '../ui/status';

const TemplatesDocument = graphql(`
  query Templates($includeArchived: Boolean) {
    planTemplates(includeArchived: $includeArchived) {
      id
      title
      summary
      source
      status
      version
      hasUnpublishedChanges
    }
  }
`);

export default function Templates() {
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, loading, error } = useQuery(TemplatesDocument, { variables: { includeArchived } });
  if (error) return <ErrorScreen error={error} title="Could not load the templates" />;
  return (
    <>
      <h1>Templates</h1>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.target.checked)}
        />
        Include archived
      </label>
      {loading && !data && <Loading />}
      {data &&
        (data.planTemplates.length === 0 ? (
          <Empty>No templates.</Empty>
        ) : (
          <ul className="rows">
            {data.planTemplates.map((template) => (
              <li key={template.id} className="card-row">
                <Link to={`/templates/${template.id}`} className="row-title">
                  {template.title}
                </Link>
                <span>{template.summary}</span>
                <span className="badge">{template.source === 'BUILT_IN' ? 'Built in' : 'Own'}</span>
                <span>{template.version > 0 ? `Version ${template.version}` : 'Never published'}</span>
                {template.hasUnpublishedChanges && template.source !== 'BUILT_IN' && (
                  <span className="badge">Unpublished changes</span>
                )}
                {template.status === 'ARCHIVED' && <span className="badge">Archived</span>}
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
