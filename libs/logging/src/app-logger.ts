import pino, { Logger } from 'pino';
import { chooseLogFormat, isTerminal, LogFormatSetting } from './log-format';
import { PrettyLogStream } from './pretty-log-stream';

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
  /** LOG_FORMAT; JSON unless given. */
  format?: LogFormatSetting;
  /** APP_ENV, for the `auto` format. */
  environment?: string;
  /** Fields added to every line, e.g. the current request's id. */
  mixin?: () => Record<string, unknown>;
}

/** One logger per process; secrets never reach it in clear, whichever format it writes. */
export function createAppLogger(options: AppLoggerOptions): Logger {
  const destination = options.destination ?? process.stdout;
  const terminal = isTerminal(destination);
  const format = chooseLogFormat(options.format ?? 'json', {
    environment: options.environment ?? 'production',
    isTerminal: terminal,
  });
  return pino(
    {
      level: options.level,
      base: { app: options.app },
      redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
      mixin: options.mixin,
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    (format === 'pretty'
      ? new PrettyLogStream(destination, { colors: terminal })
      : destination) as pino.DestinationStream,
  );
}
