/** What LOG_FORMAT asks for. */
export type LogFormatSetting = 'auto' | 'json' | 'pretty';

/** What a logger writes: JSON lines for machines, or one readable line per entry for a person. */
export type LogFormat = 'json' | 'pretty';

export interface LogFormatContext {
  /** APP_ENV. */
  environment: string;
  /** Whether the log's destination is a terminal. */
  isTerminal: boolean;
}

/**
 * An explicit setting wins. `auto` gives readable lines only to a person watching a terminal in
 * development; a pipe, a file, a log collector, a test and production get JSON, which tools parse.
 */
export function chooseLogFormat(setting: LogFormatSetting, { environment, isTerminal }: LogFormatContext): LogFormat {
  if (setting !== 'auto') return setting;
  return isTerminal && environment === 'development' ? 'pretty' : 'json';
}

export function isTerminal(stream: NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}
