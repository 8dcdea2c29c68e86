import { EntityManager } from 'typeorm';
import { MemberEntity } from '@prep/persistence';
import { MemberType } from './dto/member.type';

/** Loads members with their identity in one statement; RLS limits it to the transaction's organization. */
export async function findMemberViews(manager: EntityManager, where: { id?: string; email?: string } = {}): Promise<MemberType[]> {
  const query = manager
    .getRepository(MemberEntity)
    .createQueryBuilder('member')
    .innerJoinAndSelect('member.user', 'user')
    .orderBy('lower(user.name)')
    .addOrderBy('member.id');
  if (where.id) query.andWhere('member.id = :id', { id: where.id });
  if (where.email) query.andWhere('user.email = :email', { email: where.email });
  const members = await query.getMany();
  return members.map(toMemberType);
}

export function toMemberType(member: MemberEntity): MemberType {
  if (!member.user) throw new Error('member.user must be loaded');
  return { id: member.id, email: member.user.email, name: member.user.name, role: member.role, status: member.status };
}
