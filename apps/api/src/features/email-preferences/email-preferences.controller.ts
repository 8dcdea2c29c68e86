import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { AppError } from '../../platform/errors/app-error';
import { PAGE_HEADERS } from '../../platform/pages/page-headers';
import { renderInvalidLinkPage, renderPreferencePage } from './email-preferences-page';
import { EmailPreference, EmailPreferencesService } from './email-preferences.service';

/**
 * `GET /u/:token` shows the choice and never changes it (mail scanners open links).
 * `POST /u/:token` unsubscribes: the page's button and RFC 8058 one-click
 * (`List-Unsubscribe=One-Click`) from mail clients both land here.
 */
@Public()
@Controller('u')
export class EmailPreferencesController {
  constructor(private readonly preferences: EmailPreferencesService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    await this.respond(reply, token, () => this.preferences.read(token), false);
  }

  @Post(':token')
  async unsubscribe(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    await this.respond(reply, token, () => this.preferences.setSubscribed(token, false), true);
  }

  @Post(':token/resubscribe')
  async resubscribe(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    await this.respond(reply, token, () => this.preferences.setSubscribed(token, true), true);
  }

  private async respond(
    reply: FastifyReply,
    token: string,
    load: () => Promise<EmailPreference>,
    changed: boolean,
  ): Promise<void> {
    try {
      const preference = await load();
      await reply
        .headers(PAGE_HEADERS)
        .status(200)
        .send(renderPreferencePage(token, preference, changed));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await reply.headers(PAGE_HEADERS).status(404).send(renderInvalidLinkPage());
    }
  }
}
