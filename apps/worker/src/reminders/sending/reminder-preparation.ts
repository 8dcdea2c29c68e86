import { Injectable } from '@nestjs/common';
import { ComposedReminder, ReminderComposer } from './reminder-composer';
import { sendTimeFacts } from './reminder-context';
import { ClaimForSend, ReminderRows } from './reminder-rows';
import { decideAtSendTime } from './send-time-check';

/**
 * Re-checks a claimed reminder against the state its claim read and, when it still goes, renders
 * it. Null when a check ended it; the row then already says why.
 */
@Injectable()
export class ReminderPreparation {
  constructor(
    private readonly rows: ReminderRows,
    private readonly composer: ReminderComposer,
  ) {}

  async prepare(claim: ClaimForSend): Promise<ComposedReminder | null> {
    const { reminder, context, emailLink } = claim;
    if (context instanceof Error) throw context;
    const decision = decideAtSendTime(sendTimeFacts(reminder, context));
    if (!decision.send) {
      await this.rows.recordDecision(claim, decision);
      return null;
    }
    return this.composer.compose(reminder, context, emailLink);
  }
}
