import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CandidateEntity } from '@prep/persistence';
import { MemberRole } from '@prep/domain';
import { MemberStatus } from '@prep/persistence';
import { CandidateType } from './dto/candidate.type';

/** One row per candidate with its coach's identity, read in a single statement. */
export interface CandidateRow {
  id: string;
  name: string;
  sort_name: string;
  email: string;
  time_zone: string;
  coach_member_id: string;
  unsubscribed_at: Date | null;
  archived_at: Date | null;
  erased_at: Date | null;
  created_at: Date;
  updated_at: Date;
  coach_role: MemberRole;
  coach_status: MemberStatus;
  coach_name: string;
  coach_email: string;
}

export function candidateRowsQuery(
  manager: EntityManager,
  organizationId: string,
): SelectQueryBuilder<CandidateEntity> {
  return manager
    .getRepository(CandidateEntity)
    .createQueryBuilder('c')
    .innerJoin('members', 'm', 'm.organization_id = c.organization_id AND m.id = c.coach_member_id')
    .innerJoin('users', 'u', 'u.id = m.user_id')
    .select([
      'c.id AS id',
      'c.name AS name',
      'lower(c.name) AS sort_name',
      'c.email AS email',
      'c.time_zone AS time_zone',
      'c.coach_member_id AS coach_member_id',
      'c.unsubscribed_at AS unsubscribed_at',
      'c.archived_at AS archived_at',
      'c.erased_at AS erased_at',
      'c.created_at AS created_at',
      'c.updated_at AS updated_at',
      'm.role AS coach_role',
      'm.status AS coach_status',
      'u.name AS coach_name',
      'u.email AS coach_email',
    ])
    .where('c.organization_id = :organizationId', { organizationId });
}

export function toCandidateType(row: CandidateRow): CandidateType {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    timeZone: row.time_zone,
    coach: {
      id: row.coach_member_id,
      name: row.coach_name,
      email: row.coach_email,
      role: row.coach_role,
      status: row.coach_status,
    },
    unsubscribed: row.unsubscribed_at !== null,
    archivedAt: row.archived_at,
    erasedAt: row.erased_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
