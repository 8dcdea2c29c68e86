import { Args, ID, Info, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { selectsPath } from '../../platform/graphql/selects-path';
import { selectedViewParts } from './views/assignment-view-parts';
import { AssignmentsService } from './assignments.service';
import { AssignmentsFilter, AssignPlanInput } from './dto/assignment.inputs';
import { AssignmentConnection, AssignmentType, AssignmentWithLink } from './dto/assignment.type';

@Resolver(() => AssignmentType)
export class AssignmentsResolver {
  constructor(private readonly assignmentsService: AssignmentsService) {}

  @Mutation(() => AssignmentWithLink, {
    description: 'Assigns a plan for an interview; returns the private link once.',
  })
  assignPlan(@CurrentAuth() auth: AuthContext, @Args('input') input: AssignPlanInput): Promise<AssignmentWithLink> {
    return this.assignmentsService.assign(auth, input);
  }

  @Mutation(() => AssignmentType)
  rescheduleInterview(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('startsAt') startsAt: string,
    @Args('timeZone') timeZone: string,
  ): Promise<AssignmentType> {
    return this.assignmentsService.reschedule(auth, id, startsAt, timeZone);
  }

  @Mutation(() => AssignmentType)
  cancelAssignment(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<AssignmentType> {
    return this.assignmentsService.cancel(auth, id, reason);
  }

  @Mutation(() => AssignmentType, {
    description:
      'Ends a plan once its interview has begun, whether or not the candidate marked it held; pending reminders are cancelled. Before the interview, cancelAssignment ends a plan.',
  })
  closeAssignment(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssignmentType> {
    return this.assignmentsService.close(auth, id);
  }

  @Mutation(() => AssignmentWithLink, {
    description:
      'Issues a new private link; the old one stops working. With emailCandidate, the plan email goes out now (limited like resendAssignmentEmail).',
  })
  rotateAssignmentLink(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('emailCandidate', { type: () => Boolean, defaultValue: false }) emailCandidate: boolean,
  ): Promise<AssignmentWithLink> {
    return this.assignmentsService.rotateLink(auth, id, emailCandidate);
  }

  @Mutation(() => AssignmentType, {
    description:
      'Sends the plan email again now, with a fresh private link (a revoked assignment gets a new link). At most 3 an hour per assignment and per candidate; then RATE_LIMITED.',
  })
  resendAssignmentEmail(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssignmentType> {
    return this.assignmentsService.resendPlanEmail(auth, id);
  }

  @Mutation(() => AssignmentType)
  revokeAssignmentLink(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssignmentType> {
    return this.assignmentsService.revokeLink(auth, id);
  }

  @Query(() => AssignmentType)
  assignment(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssignmentType> {
    return this.assignmentsService.get(auth, id, selectsPath(info, ['reminders']));
  }

  @Query(() => AssignmentConnection, {
    description: 'By interview time. A COACH sees their own candidates’ assignments.',
  })
  assignments(
    @CurrentAuth() auth: AuthContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('filter', { type: () => AssignmentsFilter, nullable: true }) filter: AssignmentsFilter | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssignmentConnection> {
    return this.assignmentsService.list(auth, first, after ?? undefined, filter ?? {}, {
      parts: selectedViewParts(info, ['edges', 'node']),
      totalCount: selectsPath(info, ['totalCount']),
    });
  }
}
