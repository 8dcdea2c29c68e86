import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module';
import { CandidateLinkRateLimiter } from './candidate-link-rate-limiter';
import { CandidatePlanResolver } from './candidate-plan.resolver';
import { CandidatePlanService } from './candidate-plan.service';
import { CandidatePageActions } from './page/candidate-page-actions';
import { CandidatePageController } from './page/candidate-page.controller';
import { CandidatePageResponder } from './page/candidate-page.responder';

@Module({
  imports: [RemindersModule],
  controllers: [CandidatePageController],
  providers: [
    CandidateLinkRateLimiter,
    CandidatePlanService,
    CandidatePlanResolver,
    CandidatePageActions,
    CandidatePageResponder,
  ],
  exports: [CandidatePlanService],
})
export class CandidatePlanModule {}
