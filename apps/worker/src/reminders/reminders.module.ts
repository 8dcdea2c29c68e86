import { Module } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { loadContent } from '@prep/content';
import { MailModule } from '../mail/mail.module';
import { ReminderQueue } from './reminder-queue';
import { ReminderTimers } from './reminder-timers';
import { DueReminderScan } from './scheduling/due-reminder-scan';
import { ReminderScheduler } from './scheduling/reminder-scheduler';
import { ScheduleRemindersHandler } from './scheduling/schedule-reminders.handler';
import { FailedAttempts } from './sending/failed-attempts';
import { EMAIL_TEMPLATES, ReminderComposer } from './sending/reminder-composer';
import { ReminderPreparation } from './sending/reminder-preparation';
import { ReminderRows } from './sending/reminder-rows';
import { SendReminderHandler } from './sending/send-reminder.handler';

/** Reminder timers from Postgres rows, and the sending of each reminder once it is due. */
@Module({
  imports: [MailModule],
  providers: [
    // Loaded and validated once at boot: a broken template stops the worker, not a send.
    { provide: EMAIL_TEMPLATES, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadContent(config.contentDir).emails },
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
