import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthContext } from './auth-context';
import { AuthRateLimiter } from './auth-rate-limiter';
import { AuthService } from './auth.service';
import { ClientIp } from './client-ip.decorator';
import { CurrentAuth } from './current-auth.decorator';
import { AcceptInvitationInput, LoginInput, SignUpInput } from './dto/auth.inputs';
import { AuthPayload, Viewer } from './dto/auth-payload.type';
import { Public } from './public.decorator';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly rateLimiter: AuthRateLimiter,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates an organization and its OWNER.' })
  async signUp(@Args('input') input: SignUpInput, @ClientIp() ip: string): Promise<AuthPayload> {
    await this.rateLimiter.consume('sign-up', [`ip:${ip}`]);
    return this.auth.signUp(input);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @ClientIp() ip: string): Promise<AuthPayload> {
    await this.rateLimiter.consume('login', [`ip:${ip}`, `email:${input.email.trim().toLowerCase()}`]);
    return this.auth.login(input);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Exchanges a refresh token for a new pair. Each refresh token works once.',
  })
  async refreshSession(@Args('refreshToken') refreshToken: string, @ClientIp() ip: string): Promise<AuthPayload> {
    await this.rateLimiter.consume('refresh', [`ip:${ip}`]);
    return this.auth.refreshSession(refreshToken);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets the password of an invited member and signs them in.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @ClientIp() ip: string): Promise<AuthPayload> {
    await this.rateLimiter.consume('accept-invitation', [`ip:${ip}`]);
    return this.auth.acceptInvitation(input);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session: its refresh tokens stop working.' })
  logout(@CurrentAuth() auth: AuthContext): Promise<boolean> {
    return this.auth.logout(auth);
  }

  @Query(() => Viewer, { description: 'The signed-in member and their organization.' })
  me(@CurrentAuth() auth: AuthContext): Promise<Viewer> {
    return this.auth.viewer(auth);
  }
}
