import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

/**
 * The reference for the tails: plain `node:http` answering every request with the floor's JSON
 * after `--work-us` microseconds of CPU, with no framework, no database and nothing to collect.
 * What its p99 does at half its rate is the host's doing, not an application's.
 */
const { values } = parseArgs({ options: { port: { type: 'string' }, 'work-us': { type: 'string' } } });
const port = Number(values.port);
const workNanoseconds = BigInt(Math.round(Number(values['work-us']) * 1000));
const ANSWER = '{"data":{"__typename":"Query"}}';

function work(): void {
  // Busy on purpose: the floor's cost is CPU, and a timer would measure the host's timers instead.
  const until = process.hrtime.bigint() + workNanoseconds;
  while (process.hrtime.bigint() < until) continue;
}

createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    work();
    response.setHeader('content-type', 'application/json');
    response.end(ANSWER);
  });
}).listen(port, '127.0.0.1', () => process.stdout.write(`listening ${port}\n`));
