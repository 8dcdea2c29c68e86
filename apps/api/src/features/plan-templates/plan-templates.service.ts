import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { contentHash } from '@prep/content';
import type { PlanTemplate } from '@prep/content';
import {
  PlanTemplateEntity,
  PlanTemplateStatus,
  PlanTemplateVersionEntity,
  TenantTransactions,
} from '@prep/persistence';
import { recordMemberAction } from '../audit/record-member-action';
import type { AuthContext } from '../auth/auth-context';
import { AppError } from '../../platform/errors/app-error';
import { UpdatePlanTemplateInput } from './dto/plan-template.inputs';
import { PlanTemplateSource, PlanTemplateType } from './dto/plan-template.type';
import { PlanTemplateVersionType } from './dto/plan-template-version.type';
import { applyUpdate, validateDraft } from './plan-draft';
import { PlanTemplateErrorCode } from './plan-template-error-code';
import { findChangeableTemplate, findEditableTemplate, findTemplate, FoundTemplate } from './plan-template-lookup';
import {
  listLatestBuiltinVersions,
  listOrganizationTemplates,
  toBuiltinTemplateType,
  toOrganizationTemplateType,
} from './plan-template-rows';
import { listBuiltinVersions, listOrganizationVersions } from './plan-template-versions';

/** The content an assignment snapshots, and which immutable version it came from. */
export interface PublishedPlanVersion {
  title: string;
  content: PlanTemplate;
  builtinVersionId: string | null;
  templateVersionId: string | null;
}

@Injectable()
export class PlanTemplatesService {
  constructor(private readonly tenants: TenantTransactions) {}

  /** The latest built-in plans first, then the organization's own by title. */
  list(auth: AuthContext, includeArchived: boolean): Promise<PlanTemplateType[]> {
    return this.inOrganization(auth, async (manager) => {
      const builtins = await listLatestBuiltinVersions(manager);
      const own = await listOrganizationTemplates(manager, auth.organizationId, includeArchived);
      return [...builtins.map(toBuiltinTemplateType), ...own.map(toOrganizationTemplateType)];
    });
  }

  get(auth: AuthContext, id: string): Promise<PlanTemplateType> {
    return this.inOrganization(auth, (manager) => this.view(manager, auth.organizationId, id));
  }

  /** The template's published versions, newest first (none before an own template's first publish). */
  versions(auth: AuthContext, template: PlanTemplateType): Promise<PlanTemplateVersionType[]> {
    return this.inOrganization(auth, (manager) =>
      template.source === PlanTemplateSource.BUILT_IN
        ? listBuiltinVersions(manager, template.key)
        : listOrganizationVersions(manager, auth.organizationId, template.id),
    );
  }

  /** Copies a built-in plan or one of the organization's templates into a new, unpublished draft. */
  fork(auth: AuthContext, id: string): Promise<PlanTemplateType> {
    return this.inOrganization(auth, async (manager) => {
      const origin = forkOrigin(await findTemplate(manager, auth.organizationId, id));
      const forkId = randomUUID();
      await manager.getRepository(PlanTemplateEntity).insert({
        organizationId: auth.organizationId,
        id: forkId,
        ...origin,
        status: PlanTemplateStatus.ACTIVE,
        latestVersion: 0,
        createdByMemberId: auth.memberId,
      });
      await audit(manager, auth, 'plan_template.forked', forkId, { fromTemplateId: id });
      return this.view(manager, auth.organizationId, forkId);
    });
  }

  update(auth: AuthContext, id: string, input: UpdatePlanTemplateInput): Promise<PlanTemplateType> {
    return this.inOrganization(auth, async (manager) => {
      const template = await findEditableTemplate(manager, auth.organizationId, id);
      const draft = validateDraft(applyUpdate(template.draft, input));
      await manager
        .getRepository(PlanTemplateEntity)
        .update({ organizationId: auth.organizationId, id }, { title: draft.title, draft });
      await audit(manager, auth, 'plan_template.updated', id);
      return this.view(manager, auth.organizationId, id);
    });
  }

  /** Freezes the draft as the next immutable version. */
  publish(auth: AuthContext, id: string): Promise<PlanTemplateType> {
    return this.inOrganization(auth, async (manager) => {
      const template = await findEditableTemplate(manager, auth.organizationId, id);
      const content = validateDraft(template.draft);
      const hash = contentHash(content);
      if (hash === template.latest_content_hash) {
        throw new AppError(
          PlanTemplateErrorCode.NothingToPublish,
          `Nothing changed since version ${template.latest_version}`,
        );
      }
      const version = template.latest_version + 1;
      await manager.getRepository(PlanTemplateVersionEntity).insert({
        organizationId: auth.organizationId,
        id: randomUUID(),
        templateId: id,
        version,
        contentHash: hash,
        content,
        publishedByMemberId: auth.memberId,
      });
      await manager
        .getRepository(PlanTemplateEntity)
        .update({ organizationId: auth.organizationId, id }, { latestVersion: version });
      await audit(manager, auth, 'plan_template.published', id, { version });
      return this.view(manager, auth.organizationId, id);
    });
  }

  /** Archiving hides a template from the list and stops new assignments; archiving twice is a no-op. */
  archive(auth: AuthContext, id: string): Promise<PlanTemplateType> {
    return this.inOrganization(auth, async (manager) => {
      const template = await findChangeableTemplate(manager, auth.organizationId, id);
      if (template.status !== PlanTemplateStatus.ARCHIVED) {
        await manager
          .getRepository(PlanTemplateEntity)
          .update({ organizationId: auth.organizationId, id }, { status: PlanTemplateStatus.ARCHIVED });
        await audit(manager, auth, 'plan_template.archived', id);
      }
      return this.view(manager, auth.organizationId, id);
    });
  }

  /** For modules that assign plans, inside their own tenant transaction. */
  async resolvePublishedVersion(
    manager: EntityManager,
    organizationId: string,
    templateId: string,
  ): Promise<PublishedPlanVersion> {
    const found = await findTemplate(manager, organizationId, templateId);
    if (found.builtin) {
      const content = found.builtin.content;
      return { title: content.title, content, builtinVersionId: found.builtin.id, templateVersionId: null };
    }
    const { own } = found;
    if (own.status === PlanTemplateStatus.ARCHIVED)
      throw new AppError(PlanTemplateErrorCode.Archived, 'This plan template is archived');
    if (own.latest_version_id === null)
      throw new AppError(PlanTemplateErrorCode.NotPublished, 'This plan template has no published version yet');
    const version = await manager
      .getRepository(PlanTemplateVersionEntity)
      .findOneByOrFail({ organizationId, id: own.latest_version_id });
    const content = version.content;
    return { title: content.title, content, builtinVersionId: null, templateVersionId: version.id };
  }

  private async view(manager: EntityManager, organizationId: string, id: string): Promise<PlanTemplateType> {
    const found = await findTemplate(manager, organizationId, id);
    return found.builtin ? toBuiltinTemplateType(found.builtin) : toOrganizationTemplateType(found.own);
  }

  private inOrganization<T>(auth: AuthContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.tenants.run({ organizationId: auth.organizationId }, work);
  }
}

interface ForkOrigin {
  title: string;
  draft: PlanTemplate;
  forkedFromBuiltinVersionId: string | null;
  forkedFromVersionId: string | null;
}

function forkOrigin(found: FoundTemplate): ForkOrigin {
  if (found.builtin) {
    const content = found.builtin.content;
    return {
      title: content.title,
      draft: content,
      forkedFromBuiltinVersionId: found.builtin.id,
      forkedFromVersionId: null,
    };
  }
  return {
    title: found.own.draft.title,
    draft: found.own.draft,
    forkedFromBuiltinVersionId: null,
    forkedFromVersionId: found.own.latest_version_id,
  };
}

function audit(
  manager: EntityManager,
  auth: AuthContext,
  action: string,
  templateId: string,
  details?: Record<string, unknown>,
): Promise<void> {
  return recordMemberAction(manager, auth, { action, subjectType: 'plan_template', subjectId: templateId, details });
}
