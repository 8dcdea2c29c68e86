import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { ReminderQueue } from './reminder-queue';
import { ReminderTimers } from './reminder-timers';
import { DueReminderScan } from './scheduling/due-reminder-scan';
import { ReminderScheduler } from './scheduling/reminder-scheduler';
import { ScheduleRemindersHandler } from './scheduling/schedule-reminders.handler';
import { FailedAttempts } from './sending/failed-attempts';
import { ReminderComposer } from './sending/reminder-composer';
import { ReminderPreparation } from './sending/reminder-preparation';
import { ReminderRows } from './sending/reminder-rows';
import { SendReminderHandler } from './sending/send-reminder.handler';

/** Reminder timers from Postgres rows, and the sending of each reminder once it is due. */
@Module({
  imports: [MailModule],
  providers: [
    ReminderQueue,
    ReminderTimers,
    DueReminderScan,
    ReminderScheduler,
    ScheduleRemindersHandler,
    ReminderRows,
    ReminderComposer,
    ReminderPreparation,
    FailedAttempts,
    SendReminderHandler,
  ],
  exports: [ScheduleRemindersHandler, SendReminderHandler],
})
export class RemindersModule {}
