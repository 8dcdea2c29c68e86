import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/public.decorator';
import { EmailPreferenceType } from './dto/email-preference.type';
import { EmailPreferencesService } from './email-preferences.service';

/** The same choice for custom front ends, authorized by the signed link token from the email. */
@Public()
@Resolver(() => EmailPreferenceType)
export class EmailPreferencesResolver {
  constructor(private readonly preferences: EmailPreferencesService) {}

  @Query(() => EmailPreferenceType)
  emailPreference(@Args('token') token: string): Promise<EmailPreferenceType> {
    return this.preferences.read(token);
  }

  @Mutation(() => EmailPreferenceType, {
    description: 'false stops reminder emails to the candidate; true turns them back on.',
  })
  setEmailSubscription(
    @Args('token') token: string,
    @Args('subscribed') subscribed: boolean,
  ): Promise<EmailPreferenceType> {
    return this.preferences.setSubscribed(token, subscribed);
  }
}
