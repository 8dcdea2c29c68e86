import { Injectable } from '@nestjs/common';
import type { JobHandler } from '../queue-runtime/job-handler';
import { DueReminderScan } from './due-reminder-scan';

/** The repeating scan; whichever worker picks the job up runs it. */
@Injectable()
export class ScheduleRemindersHandler implements JobHandler<'schedule-reminders'> {
  readonly jobName = 'schedule-reminders' as const;

  constructor(private readonly scan: DueReminderScan) {}

  async handle(): Promise<void> {
    await this.scan.scan();
  }
}
