import { Module } from '@nestjs/common';
import { ReminderTimers } from './reminder-timers.service';
import { DeliveryHealthService } from './delivery-health.service';
import { AssignmentRemindersResolver, DeliveryHealthResolver, RemindersResolver } from './reminders.resolver';
import { RemindersService } from './reminders.service';

@Module({
  providers: [
    ReminderTimers,
    RemindersService,
    DeliveryHealthService,
    AssignmentRemindersResolver,
    RemindersResolver,
    DeliveryHealthResolver,
  ],
  exports: [ReminderTimers],
})
export class RemindersModule {}
