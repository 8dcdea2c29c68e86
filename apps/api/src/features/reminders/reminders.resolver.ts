import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import { AssignmentType } from '../assignments/dto/assignment.type';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { DeliveryHealthService } from './delivery-health.service';
import { DeliveryHealth } from './dto/delivery-health.type';
import { ReminderType } from './dto/reminder.type';
import { RemindersService } from './reminders.service';

@Resolver(() => AssignmentType)
export class AssignmentRemindersResolver {
  constructor(private readonly remindersService: RemindersService) {}

  @ResolveField(() => [ReminderType], { description: 'Every planned message, sent or not, and why.' })
  reminders(
    @CurrentAuth() auth: AuthContext,
    @Parent() assignment: AssignmentType,
    @Context('req') request: object,
  ): Promise<ReminderType[]> {
    // A list that knew the query wanted them read them with its own statement.
    return assignment.reminders
      ? Promise.resolve(assignment.reminders)
      : this.remindersService.forAssignment(auth, assignment.id, request);
  }
}

@Resolver(() => ReminderType)
export class RemindersResolver {
  constructor(private readonly reminders: RemindersService) {}

  @Mutation(() => ReminderType, { description: 'Sends a pending (or failed) reminder now.' })
  sendReminderNow(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string): Promise<ReminderType> {
    return this.reminders.sendNow(auth, id);
  }

  @Mutation(() => ReminderType, { description: 'Keeps a pending reminder from being sent.' })
  skipReminder(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string): Promise<ReminderType> {
    return this.reminders.skip(auth, id);
  }
}

@Resolver(() => DeliveryHealth)
export class DeliveryHealthResolver {
  constructor(private readonly health: DeliveryHealthService) {}

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Query(() => DeliveryHealth, {
    description: 'Outcomes and lateness of the organization’s reminders due in [from, to).',
  })
  deliveryHealth(
    @CurrentAuth() auth: AuthContext,
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<DeliveryHealth> {
    return this.health.report(auth, from, to);
  }
}
