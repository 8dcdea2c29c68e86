import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The tenant itself. Its RLS policy matches `id` against the transaction's organization. */
@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  @Column('text', { name: 'default_time_zone' })
  defaultTimeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
