import type { JobName } from '@prep/jobs';
import { buildHandlerRegistry } from './handler-registry';
import type { JobHandler } from './job-handler';

const handler = (jobName: string): JobHandler => ({ jobName: jobName as JobName, handle: async () => undefined });
const catalog: JobName[] = ['send-reminder', 'schedule-reminders'];

describe('buildHandlerRegistry', () => {
  it('maps each catalogued job to its one handler', () => {
    const registry = buildHandlerRegistry([handler('send-reminder'), handler('schedule-reminders')], catalog);
    expect([...registry.keys()].sort()).toEqual(['schedule-reminders', 'send-reminder']);
  });

  it('refuses a missing handler, a duplicate and an unknown job, naming each', () => {
    expect(() => buildHandlerRegistry([handler('send-reminder')], catalog)).toThrow(
      'no handler for job "schedule-reminders"',
    );
    expect(() =>
      buildHandlerRegistry(
        [handler('send-reminder'), handler('send-reminder'), handler('schedule-reminders')],
        catalog,
      ),
    ).toThrow('two handlers for job "send-reminder"');
    expect(() =>
      buildHandlerRegistry([handler('send-reminder'), handler('schedule-reminders'), handler('c')], catalog),
    ).toThrow('handler for unknown job "c"');
  });
});
