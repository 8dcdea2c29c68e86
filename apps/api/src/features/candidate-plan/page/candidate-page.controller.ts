import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClientIp } from '../../auth/client-ip.decorator';
import { Public } from '../../auth/public.decorator';
import { CandidatePageActions } from './candidate-page-actions';
import { CandidatePageResponder } from './candidate-page.responder';
import type { FormBody } from './form-fields';
import { METHOD_NOT_ALLOWED_PAGE } from './message-pages';
import { ACTION_ROUTES, itemAnchor } from './page-paths';

/**
 * The candidate's plan as a server-rendered page at the private link (APP_URL/a/<token>).
 * Works without JavaScript: changes are form posts, and a GET never changes anything, so
 * mail scanners that open links are harmless.
 */
@Public()
@Controller('a')
export class CandidatePageController {
  constructor(
    private readonly actions: CandidatePageActions,
    private readonly pages: CandidatePageResponder,
  ) {}

  @Get(':token')
  show(@Param('token') token: string, @ClientIp() clientIp: string, @Res() reply: FastifyReply): Promise<void> {
    return this.pages.showPlan(reply, { token, clientIp });
  }

  @Get(ACTION_ROUTES)
  refuseGet(@Res() reply: FastifyReply): void {
    reply.header('allow', 'POST');
    this.pages.sendMessage(reply, METHOD_NOT_ALLOWED_PAGE);
  }

  @Post(':token/items/:itemKey/done')
  setItemDone(
    @Param('token') token: string,
    @Param('itemKey') itemKey: string,
    @Body() body: FormBody,
    @ClientIp() clientIp: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const holder = { token, clientIp };
    return this.pages.applyChange(request, reply, holder, itemTarget(itemKey, body), () =>
      this.actions.setItemDone(holder, itemKey, body),
    );
  }

  @Post(':token/items/:itemKey/notes')
  saveNotes(
    @Param('token') token: string,
    @Param('itemKey') itemKey: string,
    @Body() body: FormBody,
    @ClientIp() clientIp: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const holder = { token, clientIp };
    return this.pages.applyChange(request, reply, holder, itemTarget(itemKey, body), () =>
      this.actions.saveNotes(holder, itemKey, body),
    );
  }

  @Post(':token/items/:itemKey/choose')
  setQuestionChosen(
    @Param('token') token: string,
    @Param('itemKey') itemKey: string,
    @Body() body: FormBody,
    @ClientIp() clientIp: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const holder = { token, clientIp };
    return this.pages.applyChange(request, reply, holder, itemTarget(itemKey, body), () =>
      this.actions.setQuestionChosen(holder, itemKey, body),
    );
  }

  @Post(':token/interview-done')
  markInterviewDone(
    @Param('token') token: string,
    @ClientIp() clientIp: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const holder = { token, clientIp };
    return this.pages.applyChange(request, reply, holder, { anchor: 'interview-done' }, () =>
      this.actions.markInterviewDone(holder),
    );
  }

  @Post(':token/decision-date')
  recordDecisionDate(
    @Param('token') token: string,
    @Body() body: FormBody,
    @ClientIp() clientIp: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const holder = { token, clientIp };
    return this.pages.applyChange(request, reply, holder, { anchor: 'decision-date' }, () =>
      this.actions.recordDecisionDate(holder, body),
    );
  }

  @Post(':token/follow-up-sent')
  markFollowUpSent(
    @Param('token') token: string,
    @ClientIp() clientIp: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const holder = { token, clientIp };
    return this.pages.applyChange(request, reply, holder, { anchor: 'follow-up-sent' }, () =>
      this.actions.markFollowUpSent(holder),
    );
  }
}

function itemTarget(itemKey: string, body: FormBody) {
  const notes = typeof body?.notes === 'string' ? body.notes : undefined;
  return { anchor: itemAnchor(itemKey), itemKey, notes };
}
