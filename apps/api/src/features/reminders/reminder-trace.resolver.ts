import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { ReminderAttemptType, ReminderChangeType, ReminderMessageType } from './dto/reminder-trace.type';
import { ReminderType } from './dto/reminder.type';
import { ReminderTraceService } from './reminder-trace.service';

/** Why a reminder went out when it did, or didn't: its attempts, its changes, the message as sent. */
@Resolver(() => ReminderType)
export class ReminderTraceResolver {
  constructor(private readonly trace: ReminderTraceService) {}

  @ResolveField(() => Int, { description: 'How many times sending it was tried.' })
  attemptCount(@Parent() reminder: ReminderType): number {
    return reminder.attempts;
  }

  @ResolveField(() => [ReminderAttemptType], { description: 'Every try at sending it, oldest first.' })
  attempts(
    @CurrentAuth() auth: AuthContext,
    @Parent() reminder: ReminderType,
    @Context('req') request: object,
  ): Promise<ReminderAttemptType[]> {
    return this.trace.attempts(auth, reminder.id, request);
  }

  @ResolveField(() => [ReminderChangeType], {
    description: 'Every change of its status or due time, oldest first, with the reason.',
  })
  changes(
    @CurrentAuth() auth: AuthContext,
    @Parent() reminder: ReminderType,
    @Context('req') request: object,
  ): Promise<ReminderChangeType[]> {
    return this.trace.changes(auth, reminder.id, request);
  }

  @ResolveField(() => ReminderMessageType, {
    nullable: true,
    description:
      "The email as sent (secrets blanked), for the assignment's coach and OWNER/ADMIN; none until it is sent.",
  })
  message(
    @CurrentAuth() auth: AuthContext,
    @Parent() reminder: ReminderType,
    @Context('req') request: object,
  ): Promise<ReminderMessageType | null> {
    return this.trace.message(auth, reminder.id, request);
  }
}
