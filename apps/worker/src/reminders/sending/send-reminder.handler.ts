import { Injectable, Logger } from '@nestjs/common';
import { TemplateRenderError } from '@prep/content';
import type { JobPayload } from '@prep/jobs';
import { classifySendFailure, InvalidMailAddressError, MessageCompositionError, SendFailure } from '@prep/mail';
import { Mailer } from '../../mail/mailer';
import type { JobHandler } from '../../queue-runtime/job-handler';
import type { ClaimedReminder } from './claimed-reminder';
import { FailedAttempts } from './failed-attempts';
import type { ComposedReminder } from './reminder-composer';
import { ReminderPreparation } from './reminder-preparation';
import { ClaimForSend, ReminderRows } from './reminder-rows';

const RECORD_ATTEMPTS = 3;
const RECORD_RETRY_MS = 250;

/**
 * Claim (with the reads), re-check, render, send, record: two statements around the SMTP
 * exchange, each its own implicit transaction, none held across it.
 */
@Injectable()
export class SendReminderHandler implements JobHandler<'send-reminder'> {
  readonly jobName = 'send-reminder' as const;
  private readonly logger = new Logger(SendReminderHandler.name);

  constructor(
    private readonly rows: ReminderRows,
    private readonly preparation: ReminderPreparation,
    private readonly mailer: Mailer,
    private readonly failedAttempts: FailedAttempts,
  ) {}

  async handle({ organizationId, reminderId, version }: JobPayload<'send-reminder'>): Promise<void> {
    // No row: a stale timer, a reminder already handled, or another worker holds it.
    const claim = await this.rows.claim(organizationId, reminderId, version);
    if (!claim) return;
    const composed = await this.prepare(claim);
    if (composed) await this.send(claim, composed);
  }

  private async prepare(claim: ClaimForSend): Promise<ComposedReminder | null> {
    try {
      return await this.preparation.prepare(claim);
    } catch (error) {
      await this.failedAttempts.record(claim.reminder, preparationFailure(error), claim.emailLink);
      return null;
    }
  }

  private async send({ reminder, emailLink }: ClaimForSend, { mail, delivery }: ComposedReminder): Promise<void> {
    let response: string;
    try {
      ({ response } = await this.mailer.send(mail));
    } catch (error) {
      // Only a message refused before the SMTP exchange certainly never reached anyone; after
      // a timeout or a dropped connection it may have, and its link must keep working.
      await this.failedAttempts.record(reminder, classifySendFailure(error), neverSent(error) ? emailLink : null);
      return;
    }
    // The only window for a duplicate: the server has accepted the message and the row is not
    // SENT yet. A crash here leaves the row claimed; once the lease runs out it is sent again,
    // with the same Message-ID. Nothing but this one short write stands in between.
    await this.recordSent(reminder, mail.messageId, delivery, response);
  }

  private async recordSent(
    reminder: ClaimedReminder,
    messageId: string,
    delivery: ComposedReminder['delivery'],
    response: string,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const stillOurs = await this.rows.recordSent(reminder, messageId, delivery, response);
        if (!stillOurs) this.logger.warn(`Reminder ${reminder.id} was sent after its claim had lapsed`);
        return;
      } catch (error) {
        if (attempt >= RECORD_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, RECORD_RETRY_MS * attempt));
      }
    }
  }
}

function neverSent(error: unknown): boolean {
  return error instanceof InvalidMailAddressError || error instanceof MessageCompositionError;
}

/** A message that cannot be built (bad template, bad address) will not build later either. */
function preparationFailure(error: unknown): SendFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return { permanent: error instanceof TemplateRenderError || error instanceof InvalidMailAddressError, reason };
}
