import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { DomainValidationError } from '@prep/domain';
import type { FastifyReply } from 'fastify';
import { AuthRateLimiter } from '../auth/auth-rate-limiter';
import { ClientIp } from '../auth/client-ip.decorator';
import { Public } from '../auth/public.decorator';
import { AppError } from '../../platform/errors/app-error';
import { CommonErrorCode } from '../../platform/errors/common-error-code';
import { PAGE_HEADERS } from '../../platform/pages/page-headers';
import { AccountsService } from './accounts.service';
import { renderPasswordChanged, renderResetLinkInvalid, renderResetPasswordForm } from './reset-password-page';

/**
 * Where the reset email's link lands. A server-rendered form, so the link works whether or not
 * the coach app is deployed; a GET changes nothing.
 */
@Public()
@Controller('app/reset-password')
export class ResetPasswordPageController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly rateLimiter: AuthRateLimiter,
  ) {}

  @Get()
  async show(@Query('token') token: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    if (typeof token !== 'string' || token === '') return send(reply, 404, renderResetLinkInvalid());
    await send(reply, 200, renderResetPasswordForm(token));
  }

  @Post()
  async reset(
    @Body() body: { token?: unknown; password?: unknown } | undefined,
    @ClientIp() ip: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const token = typeof body?.token === 'string' ? body.token : '';
    try {
      await this.rateLimiter.consume('reset-password', [`ip:${ip}`]);
      await this.accounts.resetPassword({
        token,
        newPassword: typeof body?.password === 'string' ? body.password : '',
      });
      await send(reply, 200, renderPasswordChanged());
    } catch (error) {
      if (error instanceof DomainValidationError) {
        return send(reply, 400, renderResetPasswordForm(token, `The password ${error.problem}.`));
      }
      if (error instanceof AppError)
        return send(reply, error.code === CommonErrorCode.RateLimited ? 429 : 404, renderResetLinkInvalid());
      throw error;
    }
  }
}

async function send(reply: FastifyReply, status: number, page: string): Promise<void> {
  await reply.headers(PAGE_HEADERS).status(status).send(page);
}
