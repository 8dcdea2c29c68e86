import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { PlanTemplatesModule } from '../plan-templates/plan-templates.module';
import { RemindersModule } from '../reminders/reminders.module';
import { AssignmentWorkflowResolver } from './assignment-workflow.resolver';
import { AssignmentWorkflowService } from './assignment-workflow.service';
import { AssignmentsResolver } from './assignments.resolver';
import { AssignmentsService } from './assignments.service';
import { CandidateHistoryResolver } from './candidate-history.resolver';
import { PlanEmailRateLimiter } from './plan-email-rate-limiter';

@Module({
  imports: [CandidatesModule, PlanTemplatesModule, RemindersModule],
  providers: [
    AssignmentsService,
    AssignmentsResolver,
    CandidateHistoryResolver,
    AssignmentWorkflowService,
    AssignmentWorkflowResolver,
    PlanEmailRateLimiter,
  ],
})
export class AssignmentsModule {}
