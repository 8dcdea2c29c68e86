import { Writable } from 'node:stream';

const LEVEL_LABELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const LEVEL_COLORS: Record<number, string> = { 10: '90', 20: '90', 30: '32', 40: '33', 50: '31', 60: '31' };
/** Shown in the line's head, or below it, rather than as key=value. */
const HEAD_FIELDS = new Set(['level', 'time', 'app', 'context', 'msg', 'err', 'stack']);

export interface PrettyLineOptions {
  colors: boolean;
}

/**
 * One log entry as a line a person can scan: time, level, app, [context], message, then the
 * remaining fields as key=value (request and job ids included), and a stack indented below.
 */
export function prettyLine(entry: Record<string, unknown>, { colors }: PrettyLineOptions): string {
  const paint = (code: string, text: string) => (colors ? `\u001b[${code}m${text}\u001b[0m` : text);
  const level = Number(entry.level);
  const head = [
    paint('2', typeof entry.time === 'string' ? entry.time.slice(11, 23) : String(entry.time ?? '')),
    paint(LEVEL_COLORS[level] ?? '0', (LEVEL_LABELS[level] ?? String(entry.level)).padEnd(5)),
    String(entry.app ?? ''),
    ...(entry.context ? [paint('36', `[${String(entry.context)}]`)] : []),
    String(entry.msg ?? ''),
  ];
  const fields = Object.entries(entry)
    .filter(([key]) => !HEAD_FIELDS.has(key))
    .flatMap(([key, value]) => flatFields(key, value));
  const line = fields.length > 0 ? `${head.join(' ')} ${paint('2', fields.join(' '))}` : head.join(' ');
  const below = stackOf(entry);
  return below ? `${line}\n${indent(below)}` : line;
}

/** Nested objects as dotted keys (`req.method=POST res.statusCode=200`), which scan better than JSON. */
function flatFields(key: string, value: unknown): string[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([inner, innerValue]) => flatFields(`${key}.${inner}`, innerValue));
  }
  return [`${key}=${fieldValue(value)}`];
}

function fieldValue(value: unknown): string {
  if (typeof value === 'string' && /^[^\s"=]+$/.test(value)) return value;
  return JSON.stringify(value);
}

function stackOf(entry: Record<string, unknown>): string | null {
  const err = entry.err as { stack?: unknown; message?: unknown } | undefined;
  if (err && typeof err.stack === 'string') return err.stack;
  if (err && typeof err.message === 'string') return err.message;
  return typeof entry.stack === 'string' ? entry.stack : null;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/**
 * Takes pino's JSON lines and writes readable ones to `target`. A line that is not JSON is
 * passed through as it is, so nothing is lost.
 */
export class PrettyLogStream extends Writable {
  private partial = '';

  constructor(
    private readonly target: NodeJS.WritableStream,
    private readonly options: PrettyLineOptions,
  ) {
    super();
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    const lines = (this.partial + chunk.toString()).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) if (line.length > 0) this.target.write(`${this.format(line)}\n`);
    done();
  }

  override _final(done: (error?: Error | null) => void): void {
    if (this.partial.length > 0) this.target.write(`${this.format(this.partial)}\n`);
    this.partial = '';
    done();
  }

  private format(line: string): string {
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      return line;
    }
    return typeof entry === 'object' && entry !== null
      ? prettyLine(entry as Record<string, unknown>, this.options)
      : line;
  }
}
