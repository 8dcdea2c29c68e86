import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The candidate's state of one plan item: done, their notes or drafted answer, chosen or not. */
@Entity({ name: 'item_progress' })
export class ItemProgressEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid', { name: 'assignment_id' })
  assignmentId: string;

  @PrimaryColumn('text', { name: 'item_key' })
  itemKey: string;

  @Column('timestamptz', { name: 'done_at', nullable: true })
  doneAt: Date | null;

  @Column('text', { nullable: true })
  notes: string | null;

  @Column('boolean')
  chosen: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
