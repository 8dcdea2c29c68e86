import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@prep/config';
import { LOG_REDACT_PATHS } from './redaction';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** JSON logs with a request id on every line of a request; secrets never written. */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig, destination?: NodeJS.WritableStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
              genReqId: assignRequestId,
              customProps: () => ({ app: 'api' }),
              serializers: { req: serializeRequest },
              autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
            },
            destination ?? process.stdout,
          ],
        }),
      ],
    };
  }
}

/** Honours a caller's well-formed X-Request-Id (for tracing across services) and echoes it back. */
function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/** Only what helps to debug; query strings may hold secrets, so they are dropped. */
function serializeRequest(req: { id: string; method: string; url: string; remoteAddress?: string }) {
  return { id: req.id, method: req.method, path: req.url?.split('?')[0], remoteAddress: req.remoteAddress };
}
