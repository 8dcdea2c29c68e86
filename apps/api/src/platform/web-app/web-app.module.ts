import { Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { APP_MISSING_PAGE, readWebAppFiles, WebAppFiles } from './web-app-files';
import { APP_MISSING_HEADERS, APP_SHELL_HEADERS, ASSET_CACHE_CONTROL } from './web-app-headers';

export const WEB_APP_PATH = '/app';

/**
 * Serves the coach app at /app: hashed assets cached for good, index.html for every client
 * route (so a link such as /app/assignments/<id> opens that screen), and / redirects here.
 */
@Module({})
export class WebAppModule implements OnModuleInit {
  private readonly logger = new Logger('WebApp');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    // Tools (seed, migrations) run the module without an HTTP server.
    if (!this.adapterHost.httpAdapter) return;
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const files = readWebAppFiles(this.config.webAppDir);
    if (!files) this.logger.warn(`No built coach app in ${this.config.webAppDir}: /app answers 503`);
    fastify.get('/', (_request, reply) => reply.redirect(`${WEB_APP_PATH}/`, 302));
    void fastify.register(async (scope) => registerWebApp(scope, files));
  }
}

async function registerWebApp(scope: FastifyInstance, files: WebAppFiles | null): Promise<void> {
  const sendShell = (reply: FastifyReply) =>
    files
      ? reply.headers(APP_SHELL_HEADERS).send(files.indexHtml)
      : reply.headers(APP_MISSING_HEADERS).status(503).send(APP_MISSING_PAGE);
  if (files) {
    await scope.register(fastifyStatic, {
      root: files.assetsDir,
      prefix: `${WEB_APP_PATH}/assets/`,
      index: false,
      list: false,
      cacheControl: false,
      setHeaders: (response) => void response.header('cache-control', ASSET_CACHE_CONTROL),
    });
  }
  scope.get(WEB_APP_PATH, (_request, reply) => sendShell(reply));
  scope.get(`${WEB_APP_PATH}/*`, (_request, reply) => sendShell(reply));
}
