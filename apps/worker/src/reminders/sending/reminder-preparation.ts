import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@prep/persistence';
import type { ClaimedReminder } from './claimed-reminder';
import { ComposedReminder, ReminderComposer } from './reminder-composer';
import { loadReminderContext, sendTimeFacts } from './reminder-context';
import { ReminderRows } from './reminder-rows';
import { decideAtSendTime } from './send-time-check';

/**
 * Re-checks a claimed reminder against the current state and, when it still goes, renders it
 * (minting its private link) in one tenant transaction. Null when a check ended it; the row
 * then already says why.
 */
@Injectable()
export class ReminderPreparation {
  constructor(
    private readonly tenants: TenantTransactions,
    private readonly rows: ReminderRows,
    private readonly composer: ReminderComposer,
  ) {}

  prepare(reminder: ClaimedReminder): Promise<ComposedReminder | null> {
    return this.tenants.run({ organizationId: reminder.organizationId }, async (manager) => {
      const context = await loadReminderContext(manager, reminder);
      const decision = decideAtSendTime(sendTimeFacts(reminder, context));
      if (!decision.send) {
        await this.rows.recordDecision(manager, reminder, decision);
        return null;
      }
      return this.composer.compose(manager, reminder, context);
    });
  }
}
