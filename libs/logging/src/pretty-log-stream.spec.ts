import { PassThrough } from 'node:stream';
import { createAppLogger } from './app-logger';
import { NestPinoLogger } from './nest-pino-logger';

function captureText() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('pretty log lines', () => {
  it('reads as time, level, app, context and message, with ids as key=value and secrets still redacted', async () => {
    const { stream, text } = captureText();
    const logger = createAppLogger({
      app: 'worker',
      level: 'info',
      format: 'pretty',
      destination: stream,
      mixin: () => ({ jobId: 'send-reminder.r-1.v2', organizationId: 'org-1' }),
    });
    new NestPinoLogger(logger).warn('Reminder r-1 was sent after its claim had lapsed', 'SendReminderHandler');
    logger.info({ input: { password: 'hunter2' }, note: 'two words' }, 'signed in');
    logger.info(
      { req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 }, tags: ['a'] },
      'request completed',
    );
    await settle();

    const lines = text().split('\n');
    expect(lines[0]).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} WARN {2}worker \[SendReminderHandler\] Reminder r-1 was sent /);
    expect(lines[0]).toMatch(/ after its claim had lapsed jobId=send-reminder\.r-1\.v2 organizationId=org-1$/);
    expect(lines[1]).toMatch(
      / INFO {2}worker signed in jobId=\S+ organizationId=org-1 input\.password=\[redacted\] note="two words"$/,
    );
    expect(lines[2]).toMatch(
      / request completed .* req\.method=POST req\.path=\/graphql res\.statusCode=200 tags=\["a"\]$/,
    );
    expect(text()).not.toContain('hunter2');
    expect(text()).not.toContain('{"level"');
  });

  it('puts an error stack under its line, indented', async () => {
    const { stream, text } = captureText();
    const logger = createAppLogger({ app: 'api', level: 'info', format: 'pretty', destination: stream });
    logger.error({ err: new Error('boom'), errorId: 'e-1' }, 'unexpected error');
    await settle();

    const [line, ...stack] = text().trimEnd().split('\n');
    expect(line).toMatch(/ ERROR api unexpected error errorId=e-1$/);
    expect(stack[0]).toBe('    Error: boom');
    expect(stack[1]).toMatch(/^ {8}at /); // the stack's own indentation, under the line's
  });

  it('stays JSON when the format is auto and the destination is not a terminal', async () => {
    const { stream, text } = captureText();
    createAppLogger({
      app: 'api',
      level: 'info',
      format: 'auto',
      environment: 'development',
      destination: stream,
    }).info('hello');
    await settle();
    expect(JSON.parse(text())).toMatchObject({ app: 'api', msg: 'hello' });
  });
});
