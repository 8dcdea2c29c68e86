import pino, { Logger } from 'pino';

/** Paths replaced with "[redacted]" wherever they appear in a log line. */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
  '*.invitationToken',
  'variables',
  '*.variables',
];

export interface AppLoggerOptions {
  app: 'api' | 'worker' | 'tools';
  level: string;
  destination?: NodeJS.WritableStream;
  /** Fields added to every line, e.g. the current request's id. */
  mixin?: () => Record<string, unknown>;
}

/** One JSON logger per process; secrets never reach it in clear. */
export function createAppLogger(options: AppLoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { app: options.app },
      redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
      mixin: options.mixin,
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    (options.destination ?? process.stdout) as pino.DestinationStream,
  );
}
