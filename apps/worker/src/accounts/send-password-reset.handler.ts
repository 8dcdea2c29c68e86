import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { renderEmail } from '@prep/content';
import type { EmailTemplates } from '@prep/content';
import type { JobPayload } from '@prep/jobs';
import { mailAddress, mailDomain } from '@prep/mail';
import {
  createSecretToken,
  MemberEntity,
  MemberStatus,
  OrganizationEntity,
  PasswordResetTokenEntity,
  TenantTransactions,
  UserEntity,
} from '@prep/persistence';
import { EMAIL_TEMPLATES } from '../mail/email-templates';
import { Mailer } from '../mail/mailer';
import type { JobHandler } from '../queue-runtime/job-handler';

/**
 * Emails a member the link to choose a new password. The secret is minted here and only its hash
 * stored, so it never sits in a job; a retry mints a new one, and the earlier (never delivered)
 * secret stops working.
 */
@Injectable()
export class SendPasswordResetHandler implements JobHandler<'send-password-reset'> {
  readonly jobName = 'send-password-reset' as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EMAIL_TEMPLATES) private readonly templates: EmailTemplates,
    private readonly tenants: TenantTransactions,
    private readonly mailer: Mailer,
  ) {}

  async handle({ organizationId, passwordResetId }: JobPayload<'send-password-reset'>): Promise<void> {
    const prepared = await this.tenants.run({ organizationId }, async (manager) => {
      const resets = manager.getRepository(PasswordResetTokenEntity);
      const reset = await resets.findOne({
        where: { organizationId, id: passwordResetId, usedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset || reset.expiresAt.getTime() <= Date.now()) return null;
      const member = await manager.getRepository(MemberEntity).findOneBy({ organizationId, id: reset.memberId });
      if (member?.status !== MemberStatus.ACTIVE) return null;
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: member.userId });
      const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
      const { token, hash } = createSecretToken('pwr');
      await resets.update({ organizationId, id: reset.id }, { tokenHash: hash });
      return { user, organization, token, expiresAt: reset.expiresAt };
    });
    if (!prepared) return;
    const { user, organization, token, expiresAt } = prepared;
    const rendered = renderEmail(this.templates['password-reset'], {
      memberName: user.name,
      organizationName: organization.name,
      resetLink: `${this.config.appUrl}/app/reset-password?token=${encodeURIComponent(token)}`,
      expiresAt: expiresAt.toUTCString(),
    });
    await this.mailer.send({
      messageId: `<password-reset-${passwordResetId}@${mailDomain(this.config.mail.from)}>`,
      from: mailAddress(organization.emailSenderName ?? organization.name, this.config.mail.from),
      to: mailAddress(user.name, user.email),
      ...rendered,
    });
  }
}
