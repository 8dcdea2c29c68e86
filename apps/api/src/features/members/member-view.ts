import { EntityManager } from 'typeorm';
import { MemberEntity, MemberStatus } from '@prep/persistence';
import { MemberType } from './dto/member.type';

export interface MemberFilter {
  ids?: string[];
  email?: string;
  /** Lists leave removed members out unless asked; lookups by id always find them. */
  includeRemoved?: boolean;
}

/** Members with their identity, by name, in one statement. */
export async function findMemberViews(
  manager: EntityManager,
  organizationId: string,
  filter: MemberFilter = {},
): Promise<MemberType[]> {
  const query = manager
    .getRepository(MemberEntity)
    .createQueryBuilder('member')
    .innerJoinAndSelect('member.user', 'user')
    .where('member.organization_id = :organizationId', { organizationId })
    .orderBy('lower(user.name)')
    .addOrderBy('member.id');
  if (filter.ids) query.andWhere('member.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
  if (filter.email) query.andWhere('user.email = :email', { email: filter.email });
  if (!filter.ids && !filter.includeRemoved)
    query.andWhere('member.status <> :removed', { removed: MemberStatus.REMOVED });
  const members = await query.getMany();
  return members.map(toMemberType);
}

export function toMemberType(member: MemberEntity): MemberType {
  if (!member.user) throw new Error('member.user must be loaded');
  return {
    id: member.id,
    email: member.user.email,
    name: member.user.name,
    role: member.role,
    status: member.status,
    removedAt: member.removedAt,
  };
}

/** One member as the API shows them, read again after a change. */
export async function memberView(manager: EntityManager, member: MemberEntity): Promise<MemberType> {
  const [found] = await findMemberViews(manager, member.organizationId, { ids: [member.id] });
  return found;
}
