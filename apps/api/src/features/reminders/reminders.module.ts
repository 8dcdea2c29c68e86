import { Module } from '@nestjs/common';
import { DeliveryHealthService } from './delivery-health.service';
import { PlanningTransactions } from './reminder-planning';
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
  ],
  exports: [PlanningTransactions],
})
export class RemindersModule {}
