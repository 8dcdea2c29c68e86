import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClientIp } from '../auth/client-ip.decorator';
import { Public } from '../auth/public.decorator';
import { CandidatePlanService } from './candidate-plan.service';
import { CandidatePlanType, FollowUpDraftType } from './dto/candidate-plan.type';

/**
 * The candidate's actions for custom front ends. No account: the private link's token is the
 * credential, passed as `token` (the part after /a/ in the link).
 */
@Public()
@Resolver(() => CandidatePlanType)
export class CandidatePlanResolver {
  constructor(private readonly plans: CandidatePlanService) {}

  @Query(() => CandidatePlanType)
  candidatePlan(@Args('token') token: string, @ClientIp() clientIp: string): Promise<CandidatePlanType> {
    return this.plans.view({ token, clientIp });
  }

  @Query(() => FollowUpDraftType, { description: 'A short follow-up email composed from the candidate’s own notes.' })
  followUpDraft(@Args('token') token: string, @ClientIp() clientIp: string): Promise<FollowUpDraftType> {
    return this.plans.followUpDraft({ token, clientIp });
  }

  @Mutation(() => CandidatePlanType)
  setPlanItemDone(
    @Args('token') token: string,
    @Args('itemKey') itemKey: string,
    @Args('done') done: boolean,
    @ClientIp() clientIp: string,
  ): Promise<CandidatePlanType> {
    return this.plans.setItemDone({ token, clientIp }, itemKey, done);
  }

  @Mutation(() => CandidatePlanType, { description: 'Notes, or the drafted answer to a practice question.' })
  savePlanItemNotes(
    @Args('token') token: string,
    @Args('itemKey') itemKey: string,
    @Args('notes') notes: string,
    @ClientIp() clientIp: string,
  ): Promise<CandidatePlanType> {
    return this.plans.saveNotes({ token, clientIp }, itemKey, notes);
  }

  @Mutation(() => CandidatePlanType)
  choosePlanQuestion(
    @Args('token') token: string,
    @Args('itemKey') itemKey: string,
    @Args('chosen') chosen: boolean,
    @ClientIp() clientIp: string,
  ): Promise<CandidatePlanType> {
    return this.plans.setQuestionChosen({ token, clientIp }, itemKey, chosen);
  }

  @Mutation(() => CandidatePlanType)
  markInterviewDone(@Args('token') token: string, @ClientIp() clientIp: string): Promise<CandidatePlanType> {
    return this.plans.markInterviewDone({ token, clientIp });
  }

  @Mutation(() => CandidatePlanType, { description: 'The decision date the candidate was told, YYYY-MM-DD.' })
  recordDecisionDate(
    @Args('token') token: string,
    @Args('date') date: string,
    @ClientIp() clientIp: string,
  ): Promise<CandidatePlanType> {
    return this.plans.recordDecisionDate({ token, clientIp }, date);
  }

  @Mutation(() => CandidatePlanType)
  markFollowUpSent(@Args('token') token: string, @ClientIp() clientIp: string): Promise<CandidatePlanType> {
    return this.plans.markFollowUpSent({ token, clientIp });
  }
}
