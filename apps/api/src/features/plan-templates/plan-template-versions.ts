import { EntityManager } from 'typeorm';
import type { PlanTemplate } from '@prep/content';
import { BuiltinPlanVersionEntity } from '@prep/persistence';
import { PlanTemplateVersionType } from './dto/plan-template-version.type';

interface OrganizationVersionRow {
  id: string;
  version: number;
  content: PlanTemplate;
  published_at: Date;
  published_by: string | null;
}

/** Every version of a built-in plan, newest first. */
export async function listBuiltinVersions(manager: EntityManager, key: string): Promise<PlanTemplateVersionType[]> {
  const rows = await manager
    .getRepository(BuiltinPlanVersionEntity)
    .find({ where: { templateKey: key }, order: { version: 'DESC' } });
  return rows.map((row) => toVersionType(row.id, row.version, row.content, row.createdAt, null));
}

/** Every published version of an organization's template, newest first, with who published it. */
export async function listOrganizationVersions(
  manager: EntityManager,
  organizationId: string,
  templateId: string,
): Promise<PlanTemplateVersionType[]> {
  const rows = await manager
    .createQueryBuilder()
    .select(['v.id AS id', 'v.version AS version', 'v.content AS content', 'v.created_at AS published_at'])
    .addSelect('u.name', 'published_by')
    .from('plan_template_versions', 'v')
    .leftJoin('members', 'm', 'm.organization_id = v.organization_id AND m.id = v.published_by_member_id')
    .leftJoin('users', 'u', 'u.id = m.user_id')
    .where('v.organization_id = :organizationId AND v.template_id = :templateId', { organizationId, templateId })
    .orderBy('v.version', 'DESC')
    .getRawMany<OrganizationVersionRow>();
  return rows.map((row) => toVersionType(row.id, row.version, row.content, row.published_at, row.published_by));
}

function toVersionType(
  id: string,
  version: number,
  content: PlanTemplate,
  publishedAt: Date,
  publishedBy: string | null,
): PlanTemplateVersionType {
  const { title, summary, sections, reminderSchedule } = content;
  return { id, version, publishedAt, publishedBy, title, summary, sections, reminderSchedule };
}
