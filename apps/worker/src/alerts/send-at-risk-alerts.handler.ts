import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { renderEmail } from '@prep/content';
import type { EmailTemplates } from '@prep/content';
import { formatInterviewTime } from '@prep/domain';
import type { JobPayload } from '@prep/jobs';
import { mailAddress, mailDomain } from '@prep/mail';
import { OrganizationEntity, TenantTransactions } from '@prep/persistence';
import { EMAIL_TEMPLATES } from '../mail/email-templates';
import { Mailer } from '../mail/mailer';
import type { JobHandler } from '../queue-runtime/job-handler';
import { coachAssignmentUrl } from '../reminders/email/reminder-links';
import {
  alertDay,
  atRiskAssignments,
  markSent,
  recordAlerts,
  unsentAlerts,
  UnsentAlert,
} from './at-risk-alert-statements';

/**
 * One organization's at-risk run: record today's alert of each assignment that is at risk now (by
 * the domain's definition) and not alerted today, commit, then send each coach one digest of their
 * unsent alerts and record it as sent. The rows come first, so a restart never alerts twice; a
 * digest that failed is sent by the next run, and nothing is held open across the SMTP exchange.
 */
@Injectable()
export class SendAtRiskAlertsHandler implements JobHandler<'send-at-risk-alerts'> {
  readonly jobName = 'send-at-risk-alerts' as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EMAIL_TEMPLATES) private readonly templates: EmailTemplates,
    private readonly tenants: TenantTransactions,
    private readonly mailer: Mailer,
  ) {}

  async handle({ organizationId }: JobPayload<'send-at-risk-alerts'>): Promise<void> {
    const now = new Date();
    const day = alertDay(now);
    const { organization, unsent } = await this.tenants.run({ organizationId }, async (manager) => {
      await recordAlerts(manager, organizationId, await atRiskAssignments(manager, organizationId, now), day);
      return {
        organization: await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId }),
        unsent: await unsentAlerts(manager, organizationId, day),
      };
    });
    for (const digest of byCoach(unsent)) await this.sendDigest(organization, digest);
  }

  private async sendDigest(organization: OrganizationEntity, alerts: UnsentAlert[]): Promise<void> {
    const [first] = alerts;
    const rendered = renderEmail(this.templates['coach-at-risk-digest'], {
      coachName: first.coachName,
      organizationName: organization.name,
      items: alerts.map((alert) => ({
        title: `${alert.candidateName}: ${alert.role} at ${alert.company}, ${formatInterviewTime(alert.startsAt, alert.timeZone)}`,
        link: coachAssignmentUrl(this.config.appUrl, alert.assignmentId),
      })),
    });
    const messageId = `<at-risk-${first.id}@${mailDomain(this.config.mail.from)}>`;
    await this.mailer.send({
      messageId,
      from: mailAddress(organization.emailSenderName?.trim() || organization.name, this.config.mail.from),
      to: mailAddress(first.coachName, first.coachEmail),
      ...rendered,
    });
    await this.tenants.run({ organizationId: organization.id }, (manager) =>
      markSent(
        manager,
        organization.id,
        alerts.map((alert) => alert.id),
        messageId,
      ),
    );
  }
}

/** Alerts come ordered by coach; each coach gets one digest. */
function byCoach(alerts: readonly UnsentAlert[]): UnsentAlert[][] {
  const digests = new Map<string, UnsentAlert[]>();
  for (const alert of alerts) digests.set(alert.coachMemberId, [...(digests.get(alert.coachMemberId) ?? []), alert]);
  return [...digests.values()];
}
