import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { contentHash } from '@prep/content';
import type { PlanTemplate } from '@prep/content';
import { BuiltinPlanVersionEntity, PlanTemplateEntity, PlanTemplateStatus } from '@prep/persistence';
import { PlanTemplateSource, PlanTemplateType } from './dto/plan-template.type';

/** An organization's template with what its latest published version needs to be compared. */
export interface OrganizationTemplateRow {
  id: string;
  /** Validated before it is stored, so it is always a whole plan. */
  draft: PlanTemplate;
  status: PlanTemplateStatus;
  latest_version: number;
  latest_version_id: string | null;
  latest_content_hash: string | null;
}

export function organizationTemplatesQuery(
  manager: EntityManager,
  organizationId: string,
): SelectQueryBuilder<PlanTemplateEntity> {
  return manager
    .getRepository(PlanTemplateEntity)
    .createQueryBuilder('t')
    .leftJoin(
      'plan_template_versions',
      'v',
      'v.organization_id = t.organization_id AND v.template_id = t.id AND v.version = t.latest_version',
    )
    .select([
      't.id AS id',
      't.draft AS draft',
      't.status AS status',
      't.latest_version AS latest_version',
      'v.id AS latest_version_id',
      'v.content_hash AS latest_content_hash',
    ])
    .where('t.organization_id = :organizationId', { organizationId });
}

/** With `lock`, the template row stays locked until the transaction ends, so edits and publishes queue up. */
export function findOrganizationTemplate(
  manager: EntityManager,
  organizationId: string,
  id: string,
  lock = false,
): Promise<OrganizationTemplateRow | undefined> {
  const query = organizationTemplatesQuery(manager, organizationId).andWhere('t.id = :id', { id });
  if (lock) query.setLock('pessimistic_write', undefined, ['t']);
  return query.getRawOne<OrganizationTemplateRow>();
}

export function listOrganizationTemplates(
  manager: EntityManager,
  organizationId: string,
  includeArchived: boolean,
): Promise<OrganizationTemplateRow[]> {
  const query = organizationTemplatesQuery(manager, organizationId).orderBy('lower(t.title)').addOrderBy('t.id');
  if (!includeArchived) query.andWhere('t.status = :status', { status: PlanTemplateStatus.ACTIVE });
  return query.getRawMany<OrganizationTemplateRow>();
}

/** The newest version of each built-in plan, by key. */
export function listLatestBuiltinVersions(manager: EntityManager): Promise<BuiltinPlanVersionEntity[]> {
  return manager
    .getRepository(BuiltinPlanVersionEntity)
    .createQueryBuilder('b')
    .distinctOn(['b.template_key'])
    .orderBy('b.template_key')
    .addOrderBy('b.version', 'DESC')
    .getMany();
}

export function toBuiltinTemplateType(row: BuiltinPlanVersionEntity): PlanTemplateType {
  const content = row.content;
  return {
    ...contentFields(content),
    id: row.id,
    source: PlanTemplateSource.BUILT_IN,
    status: PlanTemplateStatus.ACTIVE,
    version: row.version,
    hasUnpublishedChanges: false,
  };
}

export function toOrganizationTemplateType(row: OrganizationTemplateRow): PlanTemplateType {
  return {
    ...contentFields(row.draft),
    id: row.id,
    source: PlanTemplateSource.ORGANIZATION,
    status: row.status,
    version: row.latest_version,
    hasUnpublishedChanges: row.latest_content_hash !== contentHash(row.draft),
  };
}

function contentFields(plan: PlanTemplate) {
  return {
    key: plan.key,
    title: plan.title,
    summary: plan.summary,
    sections: plan.sections,
    reminderSchedule: plan.reminderSchedule,
  };
}
