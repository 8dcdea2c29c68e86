import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import type { TemplateQuery } from '../gql/graphql';
import { ErrorNotice } from '../ui/error-notice';

const ForkTemplateDocument = graphql(`
  mutation ForkTemplate($id: ID!) {
    forkPlanTemplate(id: $id) {
      id
      title
    }
  }
`);

const PublishTemplateDocument = graphql(`
  mutation PublishTemplate($id: ID!) {
    publishPlanTemplate(id: $id) {
      id
      version
      status
      hasUnpublishedChanges
      versions {
        ...TemplateVersionFields
      }
    }
  }
`);

const ArchiveTemplateDocument = graphql(`
  mutation ArchiveTemplate($id: ID!) {
    archivePlanTemplate(id: $id) {
      id
      status
    }
  }
`);

type Template = TemplateQuery['planTemplate'];

// A fork, a publish or an archive changes what the template list shows: drop its cached lists.
// The template itself (and a publish's new version) is updated from each answer.
const evictLists = {
  update(cache: ApolloCache) {
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'planTemplates' });
  },
};

/** Fork any template; edit, publish and archive the organization's own. */
export function TemplateActions({
  template,
  editing,
  onEdit,
}: {
  template: Template;
  editing: boolean;
  onEdit: () => void;
}) {
  const navigate = useNavigate();
  const [fork, forkState] = useMutation(ForkTemplateDocument, evictLists);
  const [publish, publishState] = useMutation(PublishTemplateDocument, evictLists);
  const [archive, archiveState] = useMutation(ArchiveTemplateDocument, evictLists);
  const own = template.source === 'ORGANIZATION';
  const error = forkState.error ?? publishState.error ?? archiveState.error;

  const forkIt = async () => {
    const result = await fork({ variables: { id: template.id } }).catch(() => null);
    if (result?.data) navigate(`/templates/${result.data.forkPlanTemplate.id}`);
  };

  return (
    <>
      {error && <ErrorNotice error={error} title="Could not change the template" />}
      <div className="actions">
        <button type="button" className="secondary" onClick={forkIt} disabled={forkState.loading}>
          {forkState.loading ? 'Copying…' : 'Fork into a new draft'}
        </button>
        {own && template.status === 'ACTIVE' && !editing && (
          <button type="button" onClick={onEdit}>
            Edit the draft
          </button>
        )}
        {own && template.hasUnpublishedChanges && (
          <button
            type="button"
            disabled={publishState.loading}
            onClick={() => publish({ variables: { id: template.id } }).catch(() => undefined)}
          >
            {publishState.loading ? 'Publishing…' : `Publish as version ${template.version + 1}`}
          </button>
        )}
        {own && template.status === 'ACTIVE' && (
          <button
            type="button"
            className="danger"
            disabled={archiveState.loading}
            onClick={() => archive({ variables: { id: template.id } }).catch(() => undefined)}
          >
            {archiveState.loading ? 'Archiving…' : 'Archive'}
          </button>
        )}
      </div>
    </>
  );
}
