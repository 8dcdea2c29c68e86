import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { ClaimLeases } from './claim-leases';
import { DueReminderScan, DueReminderScanSchedule } from './due-reminder-scan';
import { ReminderComposer } from './email/reminder-composer';
import { LapsedClaimSweep } from './lapsed-claim-sweep';
import { ReminderQueue } from './reminder-queue';
import { ReminderStatements } from './reminder-statements';
import { ScheduleRemindersHandler } from './schedule-reminders.handler';
import { SendReminderHandler } from './send-reminder.handler';

/** Reminder timers from Postgres rows, and the sending of each reminder once it is due. */
@Module({
  imports: [MailModule],
  providers: [
    ReminderQueue,
    ReminderStatements,
    DueReminderScan,
    DueReminderScanSchedule,
    ClaimLeases,
    LapsedClaimSweep,
    ScheduleRemindersHandler,
    ReminderComposer,
    SendReminderHandler,
  ],
  exports: [ScheduleRemindersHandler, SendReminderHandler],
})
export class RemindersModule {}
