import type { JobName } from '@prep/jobs';
import { buildHandlerRegistry } from './handler-registry';
import type { JobHandler } from './job-handler';

const handler = (jobName: string): JobHandler => ({ jobName: jobName as JobName, handle: async () => undefined });
const catalog = ['a', 'b'] as unknown as JobName[];

describe('buildHandlerRegistry', () => {
  it('maps each catalogued job to its one handler', () => {
    const registry = buildHandlerRegistry([handler('a'), handler('b')], catalog);
    expect([...registry.keys()].sort()).toEqual(['a', 'b']);
  });

  it('refuses a missing handler, a duplicate and an unknown job, naming each', () => {
    expect(() => buildHandlerRegistry([handler('a')], catalog)).toThrow('no handler for job "b"');
    expect(() => buildHandlerRegistry([handler('a'), handler('a'), handler('b')], catalog)).toThrow(
      'two handlers for job "a"',
    );
    expect(() => buildHandlerRegistry([handler('a'), handler('b'), handler('c')], catalog)).toThrow(
      'handler for unknown job "c"',
    );
  });
});
