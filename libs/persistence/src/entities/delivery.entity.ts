import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A message exactly as it was handed to the SMTP server. */
@Entity({ name: 'deliveries' })
export class DeliveryEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'reminder_id' })
  reminderId: string;

  @Column('text', { name: 'message_id' })
  messageId: string;

  @Column('text', { name: 'to_address' })
  toAddress: string;

  @Column('text')
  subject: string;

  @Column('text', { name: 'text_body' })
  textBody: string;

  @Column('text', { name: 'html_body' })
  htmlBody: string;

  @Column('jsonb')
  headers: object;

  @Column('text', { name: 'smtp_response', nullable: true })
  smtpResponse: string | null;

  @Column('timestamptz', { name: 'sent_at', default: () => 'now()' })
  sentAt: Date;
}
