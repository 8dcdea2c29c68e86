import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { acceptsCandidateChanges } from '@prep/domain';
import { CandidatePlanService, LinkHolder } from '../candidate-plan.service';
import {
  CROSS_ORIGIN_PAGE,
  LINK_NOT_FOUND_PAGE,
  MessagePage,
  RATE_LIMITED_PAGE,
  renderMessagePage,
  UNEXPECTED_FAILURE_PAGE,
} from './message-pages';
import { classifyFailure } from './page-failure';
import { PAGE_HEADERS } from '../../../platform/pages/page-headers';
import { planPath } from './page-paths';
import { renderPlanPage } from './plan-page';
import { PageProblem } from './plan-page-model';
import { isCrossSitePost } from '../../../platform/pages/request-origin';

/** Where a change is shown after it is made, and what to show again if it is refused. */
export interface ChangeTarget {
  anchor: string;
  itemKey?: string;
  notes?: string;
}

/** Writes every candidate page response: the plan, redirects after changes, and failures. */
@Injectable()
export class CandidatePageResponder {
  private readonly logger = new Logger('CandidatePage');
  private readonly appOrigin: string;

  constructor(
    private readonly plans: CandidatePlanService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.appOrigin = new URL(config.appUrl).origin;
  }

  async showPlan(
    reply: FastifyReply,
    holder: LinkHolder,
    refused?: { status: number; problem: PageProblem },
  ): Promise<void> {
    try {
      const { plan, draft } = await this.plans.page(holder);
      const page = renderPlanPage({
        token: holder.token,
        plan,
        draft,
        editable: acceptsCandidateChanges(plan.status),
        problem: refused?.problem,
      });
      this.send(reply, refused?.status ?? 200, page);
    } catch (error) {
      this.sendFailure(reply, error);
    }
  }

  /** Post/Redirect/Get: a change answers 303 back to the plan, at the part that changed. */
  async applyChange(
    request: FastifyRequest,
    reply: FastifyReply,
    holder: LinkHolder,
    target: ChangeTarget,
    change: () => Promise<void>,
  ): Promise<void> {
    if (isCrossSitePost(request.headers, this.appOrigin)) return this.sendMessage(reply, CROSS_ORIGIN_PAGE);
    try {
      await change();
      reply
        .headers(PAGE_HEADERS)
        .header('location', `${planPath(holder.token)}#${encodeURIComponent(target.anchor)}`)
        .status(303)
        .send();
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind !== 'rejected') return this.sendFailure(reply, error);
      const problem = { message: failure.message, itemKey: target.itemKey, notes: target.notes };
      await this.showPlan(reply, holder, { status: failure.status, problem });
    }
  }

  sendMessage(reply: FastifyReply, page: MessagePage): void {
    this.send(reply, page.status, renderMessagePage(page));
  }

  private sendFailure(reply: FastifyReply, error: unknown): void {
    const failure = classifyFailure(error);
    if (failure.kind === 'link-not-found') return this.sendMessage(reply, LINK_NOT_FOUND_PAGE);
    if (failure.kind === 'rate-limited') {
      reply.header('retry-after', String(failure.retryAfterSeconds));
      return this.sendMessage(reply, RATE_LIMITED_PAGE);
    }
    this.logger.error(error);
    this.sendMessage(reply, UNEXPECTED_FAILURE_PAGE);
  }

  private send(reply: FastifyReply, status: number, page: string): void {
    reply.headers(PAGE_HEADERS).status(status).send(page);
  }
}
