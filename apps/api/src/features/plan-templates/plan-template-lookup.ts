import { EntityManager } from 'typeorm';
import { BuiltinPlanVersionEntity, PlanTemplateStatus } from '@prep/persistence';
import { AppError } from '../../platform/errors/app-error';
import { isUuid } from '../../platform/ids/is-uuid';
import { findOrganizationTemplate, OrganizationTemplateRow } from './plan-template-rows';
import { PlanTemplateErrorCode } from './plan-template-error-code';

/** A template id names either a built-in plan version or one of the organization's templates. */
export type FoundTemplate =
  { builtin: BuiltinPlanVersionEntity; own?: never } | { own: OrganizationTemplateRow; builtin?: never };

/** Another organization's id, a malformed id and a missing id look the same. */
export async function findTemplate(
  manager: EntityManager,
  organizationId: string,
  id: string,
  lock = false,
): Promise<FoundTemplate> {
  if (!isUuid(id)) throw templateNotFound();
  const own = await findOrganizationTemplate(manager, organizationId, id, lock);
  if (own) return { own };
  const builtin = await manager.getRepository(BuiltinPlanVersionEntity).findOneBy({ id });
  if (builtin) return { builtin };
  throw templateNotFound();
}

/** The organization's template, locked for a change; built-in and archived templates refuse changes. */
export async function findEditableTemplate(
  manager: EntityManager,
  organizationId: string,
  id: string,
): Promise<OrganizationTemplateRow> {
  const template = await findChangeableTemplate(manager, organizationId, id);
  if (template.status === PlanTemplateStatus.ARCHIVED) {
    throw new AppError(PlanTemplateErrorCode.ArchivedReadOnly, 'An archived template cannot be changed or published');
  }
  return template;
}

export async function findChangeableTemplate(
  manager: EntityManager,
  organizationId: string,
  id: string,
): Promise<OrganizationTemplateRow> {
  const found = await findTemplate(manager, organizationId, id, true);
  if (!found.own)
    throw new AppError(PlanTemplateErrorCode.BuiltInReadOnly, 'built-in templates are read-only; fork one');
  return found.own;
}

export function templateNotFound(): AppError {
  return new AppError(PlanTemplateErrorCode.NotFound, 'Plan template not found');
}
