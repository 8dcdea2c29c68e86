import { EntityManager } from 'typeorm';
import { MemberEntity } from '@prep/persistence';
import { MemberType } from './dto/member.type';

export interface MemberFilter {
  ids?: string[];
  email?: string;
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
  const members = await query.getMany();
  return members.map(toMemberType);
}

export function toMemberType(member: MemberEntity): MemberType {
  if (!member.user) throw new Error('member.user must be loaded');
  return { id: member.id, email: member.user.email, name: member.user.name, role: member.role, status: member.status };
}
