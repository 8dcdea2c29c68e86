import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { Public } from '../../features/auth/public.decorator';
import { html } from '../pages/html';
import { PAGE_HEADERS } from '../pages/page-headers';
import { renderDocument } from '../pages/page-layout';
import { listDroppedMail, readDroppedMail } from './dev-mailbox';

/**
 * `/dev/mail`: the development mail catcher without Docker — a list of the messages the worker
 * wrote to MAIL_DROP_DIR. Served only in development with no SMTP server configured.
 */
@Public()
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  async list(@Res() reply: FastifyReply): Promise<void> {
    this.assertEnabled();
    const mails = await listDroppedMail(this.config.mail.dropDir);
    const rows = mails.map(
      (mail) =>
        html`<li><a href="/dev/mail/${mail.file}">${mail.subject || '(no subject)'}</a> to ${mail.to} <small>${mail.receivedAt.toISOString()}</small></li>`,
    );
    const page = renderDocument(
      'Development mail',
      html`<h1>Development mail</h1><p>${mails.length} messages in ${this.config.mail.dropDir}</p><ul>${rows}</ul>`,
    );
    await reply.headers(PAGE_HEADERS).send(page);
  }

  @Get(':file')
  async show(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    this.assertEnabled();
    const raw = await readDroppedMail(this.config.mail.dropDir, file);
    if (raw === null) throw new NotFoundException();
    await reply.headers({ ...PAGE_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).send(raw);
  }

  private assertEnabled(): void {
    if (this.config.environment !== 'development' || this.config.mail.smtpUrl) throw new NotFoundException();
  }
}
