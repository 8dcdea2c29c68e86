import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InterviewOutcome } from '@prep/domain';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { AssignmentWorkflowService } from './assignment-workflow.service';
import { UpdateAssignmentInput } from './dto/assignment.inputs';
import { AssignmentType } from './dto/assignment.type';
import { NextRoundDraft } from './dto/next-round-draft.type';

@Resolver(() => AssignmentType)
export class AssignmentWorkflowResolver {
  constructor(private readonly workflow: AssignmentWorkflowService) {}

  @Mutation(() => AssignmentType, {
    description:
      'Changes the interview details and drops or adds items; progress stays on every item kept. Before the interview, pending reminders are planned again from the new plan. The time moves with rescheduleInterview.',
  })
  updateAssignment(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAssignmentInput,
  ): Promise<AssignmentType> {
    return this.workflow.update(auth, id, input);
  }

  @Mutation(() => AssignmentType, {
    description:
      'Records how the interview went, once it has begun (an ASSIGNED or IN_PROGRESS plan becomes INTERVIEWED; a closed one stays closed). Recording again replaces it. Before the interview, cancelAssignment ends a plan (e.g. the candidate withdrew).',
  })
  recordInterviewOutcome(
    @CurrentAuth() auth: AuthContext,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('outcome', { type: () => InterviewOutcome }) outcome: InterviewOutcome,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<AssignmentType> {
    return this.workflow.recordOutcome(auth, assignmentId, outcome, note);
  }

  @Query(() => NextRoundDraft, { description: 'The next round’s assignPlan input, prefilled from a NEXT_ROUND plan.' })
  nextRoundDraft(
    @CurrentAuth() auth: AuthContext,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
  ): Promise<NextRoundDraft> {
    return this.workflow.nextRoundDraft(auth, assignmentId);
  }

  @ResolveField(() => AssignmentType, { nullable: true, description: 'The plan of the round before this one.' })
  previousAssignment(
    @CurrentAuth() auth: AuthContext,
    @Parent() assignment: AssignmentType,
  ): Promise<AssignmentType | null> {
    return this.workflow.previousRound(auth, assignment.previousAssignmentId);
  }

  @ResolveField(() => AssignmentType, { nullable: true, description: 'The plan of the next round, unless cancelled.' })
  nextAssignment(
    @CurrentAuth() auth: AuthContext,
    @Parent() assignment: AssignmentType,
  ): Promise<AssignmentType | null> {
    return this.workflow.nextRound(auth, assignment.id);
  }
}
