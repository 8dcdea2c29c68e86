import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { TemplateVersionFieldsFragment } from '../gql/graphql';
import { ErrorNotice } from '../ui/error-notice';
import { formatDateTime } from '../ui/format';
import { Empty, Loading } from '../ui/status';
import { PlanPreview } from './template-preview';

export const TemplateVersionFields = graphql(`
  fragment TemplateVersionFields on PlanTemplateVersion {
    id
    version
    publishedAt
    publishedBy
    title
    summary
    sections {
      key
      title
      phase
      items {
        key
        title
        guidance
        dueOffsetHours
      }
    }
    reminderSchedule {
      kind
      recipient
      anchor
      offsetHours
      fallback {
        offsetHours
      }
    }
  }
`);

const TemplateVersionsDocument = graphql(`
  query TemplateVersions($id: ID!) {
    planTemplate(id: $id) {
      id
      versions {
        ...TemplateVersionFields
      }
    }
  }
`);

/** Every published version, newest first; each opens to show what assignments made from it were given. */
export function TemplateVersions({ templateId }: { templateId: string }) {
  const { data, loading, error } = useQuery(TemplateVersionsDocument, { variables: { id: templateId } });
  const versions = data?.planTemplate.versions;
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      {error && <ErrorNotice error={error} title="Could not load the versions" />}
      {loading && !versions && <Loading label="Loading the versions…" />}
      {versions && <VersionList versions={versions} />}
    </section>
  );
}

/** The versions as rows; one at a time opens below its row. */
export function VersionList({ versions }: { versions: readonly TemplateVersionFieldsFragment[] }) {
  const [open, setOpen] = useState<string | null>(null);
  if (versions.length === 0) return <Empty>Not published yet: a plan can be assigned from its first version on.</Empty>;
  return (
    <ul className="rows">
      {versions.map((version) => (
        <VersionRow
          key={version.id}
          version={version}
          open={open === version.id}
          onToggle={() => setOpen(open === version.id ? null : version.id)}
        />
      ))}
    </ul>
  );
}

function VersionRow({
  version,
  open,
  onToggle,
}: {
  version: TemplateVersionFieldsFragment;
  open: boolean;
  onToggle: () => void;
}) {
  const contentId = `version-${version.id}`;
  return (
    <li>
      <div className="card-row">
        <span className="row-title">Version {version.version}</span>
        <span>
          Published <time dateTime={version.publishedAt}>{formatDateTime(version.publishedAt)}</time>
          {version.publishedBy && ` by ${version.publishedBy}`}
        </span>
        <button
          type="button"
          className="secondary small"
          aria-expanded={open}
          aria-controls={open ? contentId : undefined}
          onClick={onToggle}
        >
          {open ? `Hide version ${version.version}` : `Show version ${version.version}`}
        </button>
      </div>
      {open && (
        <div id={contentId} className="panel">
          <h3 id={`${contentId}-heading`}>
            Version {version.version}: {version.title}
          </h3>
          <p>{version.summary}</p>
          <PlanPreview
            sections={version.sections}
            reminderSchedule={version.reminderSchedule}
            level={4}
            labelledBy={`${contentId}-heading`}
          />
        </div>
      )}
    </li>
  );
}
