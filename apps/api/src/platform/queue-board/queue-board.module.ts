import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { JobQueue } from '../jobs/job-queue';
import { isAuthorizedBasic } from './basic-auth';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * The operators' queue dashboard (Bull Board) at /admin/queues, behind HTTP Basic auth. Without
 * QUEUE_BOARD_USER and QUEUE_BOARD_PASSWORD it is not mounted at all: never open.
 */
@Module({})
export class QueueBoardModule implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    const credentials = this.config.queueBoard;
    if (!credentials) return;
    const board = new FastifyAdapter();
    board.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.jobs.all().map((queue) => new BullMQAdapter(queue, { readOnlyMode: false })),
      serverAdapter: board,
    });
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(async (scope) => {
      scope.addHook('onRequest', async (request, reply) => {
        if (!isAuthorizedBasic(request.headers.authorization, credentials.user, credentials.password)) {
          await reply
            .header('www-authenticate', 'Basic realm="queues", charset="UTF-8"')
            .status(401)
            .send('Authentication required');
        }
      });
      await scope.register(board.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
    });
  }
}
