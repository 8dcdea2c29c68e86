import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { requestContext } from './request-context';

/** Private, unsubscribe and invitation links carry their secret in the path; logs show the route, not the token. */
export function loggablePath(url: string): string {
  return url.split('?')[0].replace(/^\/(a|u|invitations)\/[^/]+/, '/$1/[redacted]');
}

/**
 * Every request: its id echoed as X-Request-Id, a context that tags each log line written while
 * serving it, and one line when it completes (health probes excepted). Bodies, query strings
 * and headers are not logged.
 */
export function registerRequestLogging(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    requestContext.run({ requestId: request.id }, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!request.url.startsWith('/health')) {
      logger.info(
        {
          req: { method: request.method, path: loggablePath(request.url), remoteAddress: request.ip },
          res: { statusCode: reply.statusCode },
          responseTimeMs: Math.round(reply.elapsedTime),
        },
        'request completed',
      );
    }
    done();
  });
}
