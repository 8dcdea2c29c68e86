import { PassThrough } from 'node:stream';
import { createAppLogger } from './app-logger';
import { NestPinoLogger } from './nest-pino-logger';

function capture() {
  const stream = new PassThrough();
  const lines: Array<Record<string, any>> = [];
  stream.on('data', (chunk: Buffer) =>
    chunk
      .toString()
      .trim()
      .split('\n')
      .forEach((line) => lines.push(JSON.parse(line))),
  );
  return { stream, lines };
}

describe('app logger', () => {
  it('writes JSON lines with the mixin fields and redacts secrets', async () => {
    const { stream, lines } = capture();
    const logger = createAppLogger({
      app: 'api',
      level: 'info',
      destination: stream,
      mixin: () => ({ requestId: 'r-1' }),
    });
    logger.info(
      { input: { password: 'hunter2', refreshToken: 'rt_x' }, req: { headers: { authorization: 'Bearer abc' } } },
      'hello',
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines[0]).toMatchObject({ app: 'api', requestId: 'r-1', msg: 'hello' });
    expect(JSON.stringify(lines[0])).not.toMatch(/hunter2|rt_x|Bearer abc/);
  });

  it('gives Nest messages their context', async () => {
    const { stream, lines } = capture();
    const nest = new NestPinoLogger(createAppLogger({ app: 'worker', level: 'info', destination: stream }));
    nest.log('Nest application successfully started', 'NestApplication');
    nest.error('boom', 'Error: boom\n    at x', 'ExceptionsHandler');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines[0]).toMatchObject({
      level: 30,
      context: 'NestApplication',
      msg: 'Nest application successfully started',
    });
    expect(lines[1]).toMatchObject({
      level: 50,
      context: 'ExceptionsHandler',
      msg: 'boom',
      stack: 'Error: boom\n    at x',
    });
  });
});
