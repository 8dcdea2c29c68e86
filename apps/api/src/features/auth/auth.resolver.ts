import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthContext } from './auth-context';
import { AuthRateLimiter } from './auth-rate-limiter';
import { AuthService } from './auth.service';
import { ClientIp } from './client-ip.decorator';
import { CurrentAuth } from './current-auth.decorator';
import { AcceptInvitationInput, LoginInput, SignUpInput } from './dto/auth.inputs';
import { AuthPayload, Viewer } from './dto/auth-payload.type';
import { Public } from './public.decorator';
import { CurrentHttp, SessionCookies } from './session-cookies';
import type { GraphqlHttp } from './session-cookies';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly rateLimiter: AuthRateLimiter,
    private readonly cookies: SessionCookies,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates an organization and its OWNER.' })
  async signUp(
    @Args('input') input: SignUpInput,
    @ClientIp() ip: string,
    @CurrentHttp() http: GraphqlHttp,
  ): Promise<AuthPayload> {
    const session = this.cookies.deliveryFor(http);
    await this.rateLimiter.consume('sign-up', [`ip:${ip}`]);
    return session.deliver(await this.auth.signUp(input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(
    @Args('input') input: LoginInput,
    @ClientIp() ip: string,
    @CurrentHttp() http: GraphqlHttp,
  ): Promise<AuthPayload> {
    const session = this.cookies.deliveryFor(http);
    await this.rateLimiter.consume('login', [`ip:${ip}`, `email:${input.email.trim().toLowerCase()}`]);
    return session.deliver(await this.auth.login(input));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for a new pair. Each refresh token works once. ' +
      'In cookie mode the token comes from the cookie and the argument is ignored.',
  })
  async refreshSession(
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null,
    @ClientIp() ip: string,
    @CurrentHttp() http: GraphqlHttp,
  ): Promise<AuthPayload> {
    const session = this.cookies.deliveryFor(http);
    const presented = session.presentedToken(refreshToken);
    // The coach app asks on every page load; a visitor without a cookie presents nothing to limit.
    if (presented) await this.rateLimiter.consume('refresh', [`ip:${ip}`]);
    try {
      return session.deliver(await this.auth.refreshSession(presented));
    } catch (error) {
      session.clear();
      throw error;
    }
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets the password of an invited member and signs them in.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @ClientIp() ip: string,
    @CurrentHttp() http: GraphqlHttp,
  ): Promise<AuthPayload> {
    const session = this.cookies.deliveryFor(http);
    await this.rateLimiter.consume('accept-invitation', [`ip:${ip}`]);
    return session.deliver(await this.auth.acceptInvitation(input));
  }

  @Mutation(() => Boolean, {
    description: 'Ends the current session: its refresh tokens stop working (in cookie mode the cookie is cleared).',
  })
  async logout(@CurrentAuth() auth: AuthContext, @CurrentHttp() http: GraphqlHttp): Promise<boolean> {
    const session = this.cookies.deliveryFor(http);
    const ended = await this.auth.logout(auth);
    session.clear();
    return ended;
  }

  @Query(() => Viewer, { description: 'The signed-in member and their organization.' })
  me(@CurrentAuth() auth: AuthContext): Promise<Viewer> {
    return this.auth.viewer(auth);
  }
}
