import { Module } from '@nestjs/common';
import { DeliveryHealthService } from './delivery-health.service';
import { PlanningTransactions } from './reminder-planning';
import { ReminderTraceResolver } from './reminder-trace.resolver';
import { ReminderTraceService } from './reminder-trace.service';
import { AssignmentRemindersResolver, DeliveryHealthResolver, RemindersResolver } from './reminders.resolver';
import { RemindersService } from './reminders.service';

@Module({
  providers: [
    PlanningTransactions,
    RemindersService,
    DeliveryHealthService,
    AssignmentRemindersResolver,
    RemindersResolver,
    DeliveryHealthResolver,
    ReminderTraceService,
    ReminderTraceResolver,
  ],
  exports: [PlanningTransactions],
})
export class RemindersModule {}
