import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { renderEmail } from '@prep/content';
import type { EmailTemplates } from '@prep/content';
import type { JobPayload } from '@prep/jobs';
import { mailAddress, mailDomain } from '@prep/mail';
import {
  createSecretToken,
  InvitationEntity,
  MemberEntity,
  MemberStatus,
  OrganizationEntity,
  TenantTransactions,
  UserEntity,
} from '@prep/persistence';
import { EMAIL_TEMPLATES } from '../mail/email-templates';
import { Mailer } from '../mail/mailer';
import type { JobHandler } from '../queue-runtime/job-handler';

/**
 * Emails an invited member their own link to join. The email carries a fresh invitation secret
 * (only its hash is stored), so nothing secret ever sits in a job or a table in clear.
 */
@Injectable()
export class SendMemberInvitationHandler implements JobHandler<'send-member-invitation'> {
  readonly jobName = 'send-member-invitation' as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EMAIL_TEMPLATES) private readonly templates: EmailTemplates,
    private readonly tenants: TenantTransactions,
    private readonly mailer: Mailer,
  ) {}

  async handle(payload: JobPayload<'send-member-invitation'>): Promise<void> {
    const { organizationId, memberId, invitationVersion } = payload;
    const prepared = await this.tenants.run({ organizationId }, async (manager) => {
      const members = manager.getRepository(MemberEntity);
      // Shares the row lock a resend or revocation takes: either it waits for this link to be
      // stored (and then deletes it), or this job sees the newer version and sends nothing.
      const invited = await members.findOne({
        where: { organizationId, id: memberId },
        lock: { mode: 'pessimistic_read' },
      });
      // Accepted (with the secret the admin passed on), resent or revoked meanwhile: nothing to send.
      if (invited?.status !== MemberStatus.INVITED || invited.invitationVersion !== invitationVersion) return null;
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: invited.userId });
      const inviter = await members.findOne({
        where: { organizationId, id: payload.inviterMemberId },
        relations: { user: true },
      });
      const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
      const { token, hash } = createSecretToken('inv');
      const expiresAt = new Date(Date.now() + this.config.auth.invitationTtlDays * 24 * 3600 * 1000);
      await manager.getRepository(InvitationEntity).insert({
        organizationId,
        id: randomUUID(),
        memberId,
        tokenHash: hash,
        expiresAt,
      });
      return { invited, user, inviterName: inviter?.user?.name ?? organization.name, organization, token, expiresAt };
    });
    if (!prepared) return;
    const { invited, user, inviterName, organization, token, expiresAt } = prepared;
    const rendered = renderEmail(this.templates['member-invitation'], {
      inviterName,
      organizationName: organization.name,
      memberRole: invited.role,
      // The coach app's screen; the server-rendered /invitations/<token> page still serves older emails.
      invitationLink: `${this.config.appUrl}/app/accept-invitation?token=${encodeURIComponent(token)}`,
      expiresAt: expiresAt.toUTCString(),
    });
    await this.mailer.send({
      messageId: `<invitation-${memberId}-v${invitationVersion}@${mailDomain(this.config.mail.from)}>`,
      from: mailAddress(organization.emailSenderName ?? organization.name, this.config.mail.from),
      to: mailAddress(user.name, user.email),
      ...rendered,
    });
  }
}
