import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { DomainValidationError } from '@prep/domain';
import type { FastifyReply } from 'fastify';
import { AuthRateLimiter } from '../auth/auth-rate-limiter';
import { AuthService } from '../auth/auth.service';
import { ClientIp } from '../auth/client-ip.decorator';
import { Public } from '../auth/public.decorator';
import { AppError } from '../../platform/errors/app-error';
import { CommonErrorCode } from '../../platform/errors/common-error-code';
import { PAGE_HEADERS } from '../../platform/pages/page-headers';
import { renderInvitationAccepted, renderInvitationForm, renderInvitationInvalid } from './invitation-page';

/** `GET /invitations/:token` shows the form (a GET changes nothing); `POST` sets the password and joins. */
@Public()
@Controller('invitations')
export class InvitationPageController {
  constructor(
    private readonly auth: AuthService,
    private readonly rateLimiter: AuthRateLimiter,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, 200, renderInvitationForm(token));
  }

  @Post(':token')
  async accept(
    @Param('token') token: string,
    @Body() body: { password?: unknown } | undefined,
    @ClientIp() ip: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      await this.rateLimiter.consume('accept-invitation', [`ip:${ip}`]);
      const session = await this.auth.acceptInvitation({
        token,
        password: typeof body?.password === 'string' ? body.password : '',
      });
      await send(reply, 200, renderInvitationAccepted(session.organization.name, session.user.email));
    } catch (error) {
      if (error instanceof DomainValidationError) return send(reply, 400, renderInvitationForm(token, error.message));
      if (error instanceof AppError)
        return send(reply, error.code === CommonErrorCode.RateLimited ? 429 : 404, renderInvitationInvalid());
      throw error;
    }
  }
}

async function send(reply: FastifyReply, status: number, page: string): Promise<void> {
  await reply.headers(PAGE_HEADERS).status(status).send(page);
}
