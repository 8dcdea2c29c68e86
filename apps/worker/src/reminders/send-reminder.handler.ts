import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { TemplateRenderError } from '@prep/content';
import {
  AssignmentStatus,
  decideAfterFailure,
  decideSpacing,
  nextReminderVersion,
  reminderExpired,
  reminderExpiresAt,
  ReminderStatus,
} from '@prep/domain';
import type { ReminderRecipient } from '@prep/domain';
import { enqueueReminderTimer } from '@prep/jobs';
import type { JobPayload } from '@prep/jobs';
import { classifySendFailure, InvalidMailAddressError, MessageCompositionError, SendFailure } from '@prep/mail';
import { Mailer } from '../mail/mailer';
import type { JobHandler } from '../queue-runtime/job-handler';
import { ClaimLeases } from './claim-leases';
import type {
  ClaimedReminder,
  ClaimForSend,
  EmailLink,
  ReminderContext,
  TooSoonForRecipient,
} from './claimed-reminder';
import { INTERVIEW_CANCELLED_KIND } from './email/interview-event';
import { ComposedReminder, ReminderComposer } from './email/reminder-composer';
import { ReminderQueue } from './reminder-queue';
import { EndedAtSendTime, ReminderStatements } from './reminder-statements';

const RECORD_ATTEMPTS = 3;
const RECORD_RETRY_MS = 250;

/**
 * A due reminder's timer fired: claim (with the reads) → check → compose → send → record. A
 * check that says no ends the row SKIPPED or CANCELLED; one that comes too late ends it SKIPPED
 * (`expired`); a failed attempt is tried again later with backoff (the domain's retry policy),
 * or ends FAILED. Two statements stand around the SMTP exchange, each its own implicit
 * transaction, none held across it; the claim is renewed while the send runs.
 */
@Injectable()
export class SendReminderHandler implements JobHandler<'send-reminder'> {
  readonly jobName = 'send-reminder' as const;
  private readonly logger = new Logger(SendReminderHandler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly statements: ReminderStatements,
    private readonly composer: ReminderComposer,
    private readonly mailer: Mailer,
    private readonly reminders: ReminderQueue,
    private readonly leases: ClaimLeases,
  ) {}

  async handle({ organizationId, reminderId, version }: JobPayload<'send-reminder'>): Promise<void> {
    // No row: a stale timer, a reminder already handled, or another worker holds it.
    const claim = await this.statements.claim(organizationId, reminderId, version);
    if (!claim) return;
    if ('lastSentAt' in claim) return this.spaceOut(claim);
    await this.leases.whileHeld(claim.reminder, async () => {
      if (await this.endIfExpired(claim)) return;
      const composed = await this.checkAndCompose(claim);
      if (composed) await this.send(claim, composed);
    });
  }

  /**
   * Too soon after a message to the same recipient: due again a spacing after it (the timer armed
   * first, for the version the change gives the row), or skipped when that would be too late.
   */
  private async spaceOut({ reminder, lastSentAt, interviewAt }: TooSoonForRecipient): Promise<void> {
    const decision = decideSpacing(
      { dueAt: reminder.dueAt, interviewAt, lastSentAt },
      this.config.reminders.messageSpacingMs,
    );
    if (decision.action === 'skip') {
      await this.statements.recordTooClose(reminder);
      return;
    }
    await this.armTimer(reminder, decision.at);
    await this.statements.recordSpaced(reminder, decision.at);
  }

  /** A reminder that waited past the point where it makes sense (a worker or relay away) is not sent. */
  private async endIfExpired({ reminder, context, emailLink }: ClaimForSend): Promise<boolean> {
    if (!reminderExpired(new Date(), expiresAt(reminder, context))) return false;
    await this.statements.recordExpired(reminder, null, emailLink);
    return true;
  }

  /** Null when a check ended the reminder (the row then says why) or the message could not be built. */
  private async checkAndCompose(claim: ClaimForSend): Promise<ComposedReminder | null> {
    const { reminder, context, emailLink } = claim;
    try {
      if (context instanceof Error) throw context;
      const decision = decideAtSendTime(sendTimeFacts(reminder, context));
      if (!decision.send) {
        await this.statements.recordDecision(claim, decision.status, decision.reason);
        return null;
      }
      return this.composer.compose(reminder, context, emailLink);
    } catch (error) {
      await this.recordFailure(claim, preparationFailure(error), emailLink);
      return null;
    }
  }

  private async send(claim: ClaimForSend, { mail, delivery }: ComposedReminder): Promise<void> {
    const { reminder, emailLink } = claim;
    let response: string;
    try {
      ({ response } = await this.mailer.send(mail));
    } catch (error) {
      // Only a message refused before the SMTP exchange certainly never reached anyone; after
      // a timeout or a dropped connection it may have, and its link must keep working.
      const unsentLink = neverSent(error) ? emailLink : null;
      await this.recordFailure(claim, classifySendFailure(error), unsentLink);
      return;
    }
    // The only window for a duplicate: the server has accepted the message and the row is not
    // SENT yet. A crash here leaves the row claimed; once the lease runs out another worker sends
    // it again, with the same Message-ID, and that attempt's row says `possibleDuplicate`.
    // Nothing but this one short write stands in between.
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
        const stillOurs = await this.statements.recordSent(reminder, messageId, delivery, response);
        if (!stillOurs) this.logger.warn(`Reminder ${reminder.id} was sent after its claim had lapsed`);
        return;
      } catch (error) {
        if (attempt >= RECORD_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, RECORD_RETRY_MS * attempt));
      }
    }
  }

  /**
   * Another try later with backoff, FAILED for good, or SKIPPED (`expired`) when the next try
   * would come too late. `unsentLink`: the link minted for an email that certainly never left;
   * it stops working.
   */
  private async recordFailure(
    { reminder, context }: ClaimForSend,
    failure: SendFailure,
    unsentLink: EmailLink | null,
  ): Promise<void> {
    const decision = decideAfterFailure(this.config.reminders.retry, {
      attempts: reminder.attempts,
      permanent: failure.permanent,
      now: new Date(),
      expiresAt: expiresAt(reminder, context),
    });
    if (decision.action === 'fail') {
      await this.statements.recordFailed(reminder, decision.reason, failure.reason, unsentLink);
    } else if (decision.action === 'expire') {
      await this.statements.recordExpired(reminder, failure.reason, unsentLink);
    } else {
      await this.armTimer(reminder, decision.at);
      await this.statements.recordRetry(reminder, failure.reason, unsentLink);
    }
  }

  /**
   * Armed before the row is released (after a failure, or re-timed for spacing), for the version
   * the release gives it: the scan only sees the row once released, and then finds this delayed
   * timer under the same id instead of adding one due at once. Should Redis be away, the scan adds
   * the timer later (due at the row's time, or at once after a failure).
   */
  private async armTimer(reminder: ClaimedReminder, dueAt: Date): Promise<void> {
    try {
      await enqueueReminderTimer(this.reminders.queue, {
        organizationId: reminder.organizationId,
        reminderId: reminder.id,
        version: nextReminderVersion(reminder.version),
        dueAt,
      });
    } catch (error) {
      this.logger.warn(
        `Could not arm the next timer of reminder ${reminder.id}; the scan will: ${(error as Error).message}`,
      );
    }
  }
}

export type SendTimeDecision = { send: true } | { send: false; status: EndedAtSendTime; reason: SendTimeReason };

export type SendTimeReason =
  | 'assignment-cancelled'
  | 'rescheduled'
  | 'assignment closed'
  | 'unsubscribed'
  | 'already done'
  | 'candidate started'
  | 'link-revoked';

/** What the send-time checks read, as it is now (not as it was when the reminder was planned). */
export interface SendTimeFacts {
  reminder: {
    kind: string;
    recipient: ReminderRecipient;
    planVersion: number;
    itemKeys: readonly string[];
    condition: string | null;
  };
  assignment: { status: AssignmentStatus; scheduleVersion: number; followUpSent: boolean };
  candidateUnsubscribed: boolean;
  doneItemKeys: ReadonlySet<string>;
  /** Any item done, noted or chosen. */
  candidateStarted: boolean;
  /** Whether the assignment still has a live private link (not revoked by the coach). */
  hasLiveLink: boolean;
}

const SEND: SendTimeDecision = { send: true };

const ALWAYS_SENT_KINDS: ReadonlySet<string> = new Set(['assignment', 'interview-moved']);

/** Whether a due reminder still goes out, and if not, the row state and reason that say why. */
export function decideAtSendTime(facts: SendTimeFacts): SendTimeDecision {
  const { reminder, assignment } = facts;
  // The cancellation's own notice is the one message a cancelled assignment still sends.
  if (assignment.status === AssignmentStatus.CANCELLED && reminder.kind !== INTERVIEW_CANCELLED_KIND)
    return cancelled('assignment-cancelled');
  if (reminder.planVersion !== assignment.scheduleVersion) return cancelled('rescheduled');
  if (assignment.status === AssignmentStatus.CLOSED) return skipped('assignment closed');
  // Unsubscribing stops the candidate's mail only; the coach still hears about their candidate.
  if (reminder.recipient === 'candidate' && facts.candidateUnsubscribed) return skipped('unsubscribed');
  // A revoked link stays revoked: no email may carry a live one until the coach issues a new link.
  // The cancellation notice carries no link, so it still goes.
  if (reminder.recipient === 'candidate' && !facts.hasLiveLink && reminder.kind !== INTERVIEW_CANCELLED_KIND)
    return skipped('link-revoked');
  // The assignment email brings the link and the move notice the new time: items they carry never hold them back.
  if (
    !ALWAYS_SENT_KINDS.has(reminder.kind) &&
    reminder.itemKeys.length > 0 &&
    reminder.itemKeys.every((key) => facts.doneItemKeys.has(key))
  )
    return skipped('already done');
  if (reminder.condition === 'follow-up-not-sent' && assignment.followUpSent) return skipped('already done');
  if (reminder.condition === 'not-started' && facts.candidateStarted) return skipped('candidate started');
  return SEND;
}

function cancelled(reason: SendTimeReason): SendTimeDecision {
  return { send: false, status: ReminderStatus.CANCELLED, reason };
}

function skipped(reason: SendTimeReason): SendTimeDecision {
  return { send: false, status: ReminderStatus.SKIPPED, reason };
}

function sendTimeFacts(reminder: ClaimedReminder, context: ReminderContext): SendTimeFacts {
  return {
    reminder,
    assignment: {
      status: context.assignment.status,
      scheduleVersion: context.assignment.scheduleVersion,
      followUpSent: context.assignment.followUpSent,
    },
    candidateUnsubscribed: context.candidate.unsubscribed,
    doneItemKeys: context.doneItemKeys,
    candidateStarted: context.candidateStarted,
    hasLiveLink: context.hasLiveLink,
  };
}

/** The interview is read by the claim; without it (a row gone) the reminder's own time decides. */
function expiresAt(reminder: ClaimedReminder, context: ReminderContext | Error): Date {
  return reminderExpiresAt(reminder.dueAt, context instanceof Error ? reminder.dueAt : context.assignment.startsAt);
}

function neverSent(error: unknown): boolean {
  return error instanceof InvalidMailAddressError || error instanceof MessageCompositionError;
}

/** A message that cannot be built (bad template, bad address) will not build later either. */
function preparationFailure(error: unknown): SendFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return { permanent: error instanceof TemplateRenderError || error instanceof InvalidMailAddressError, reason };
}
