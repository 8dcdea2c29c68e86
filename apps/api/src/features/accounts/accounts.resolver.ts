import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { parseEmailAddress } from '@prep/domain';
import type { AuthContext } from '../auth/auth-context';
import { AuthRateLimiter } from '../auth/auth-rate-limiter';
import { ClientIp } from '../auth/client-ip.decorator';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { Public } from '../auth/public.decorator';
import { MemberType } from '../members/dto/member.type';
import { AccountsService } from './accounts.service';
import { ChangePasswordInput, ResetPasswordInput, UpdateMyProfileInput } from './dto/account.inputs';
import { PasswordResetRequests } from './password-reset-requests';

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly resetRequests: PasswordResetRequests,
    private readonly rateLimiter: AuthRateLimiter,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a single-use link to choose a new password, if the address belongs to a member. The answer is ' +
      'the same (true) either way.',
  })
  async requestPasswordReset(@Args('email') emailInput: string, @ClientIp() ip: string): Promise<boolean> {
    const email = parseEmailAddress(emailInput);
    await this.rateLimiter.consume('request-password-reset', [`ip:${ip}`, `email:${email}`]);
    this.resetRequests.startInBackground(email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token from the reset email. Every session of the member ends.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput, @ClientIp() ip: string): Promise<boolean> {
    await this.rateLimiter.consume('reset-password', [`ip:${ip}`]);
    await this.accounts.resetPassword(input);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Needs the current password. Every other session of the member ends; this one stays.',
  })
  async changePassword(@CurrentAuth() auth: AuthContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.rateLimiter.consume('change-password', [`member:${auth.memberId}`]);
    await this.accounts.changePassword(auth, input);
    return true;
  }

  @Mutation(() => MemberType, { description: 'Changes your own name.' })
  updateMyProfile(@CurrentAuth() auth: AuthContext, @Args('input') input: UpdateMyProfileInput): Promise<MemberType> {
    return this.accounts.updateMyProfile(auth, input.name);
  }
}
