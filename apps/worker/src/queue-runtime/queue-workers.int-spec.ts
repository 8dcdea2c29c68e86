import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { INestApplicationContext, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { APP_CONFIG, loadConfigWithOverrides } from '@prep/config';
import { JOB_NAMES, JOB_QUEUES, JobName, QUEUE_NAMES, QueueName, queueConnection } from '@prep/jobs';
import { NestPinoLogger } from '@prep/logging';
import { createWorkerLogger } from '../worker-logger';
import { JOB_HANDLERS, JobHandler } from './job-handler';
import { QueueWorkers } from './queue-workers';

type LogLine = Record<string, any>;

/** Every line the logger writes, and a promise for the first that matches. */
function captureLines() {
  const stream = new PassThrough();
  const lines: LogLine[] = [];
  const waiting: Array<{ test: (line: LogLine) => boolean; found: (line: LogLine) => void }> = [];
  stream.on('data', (chunk: Buffer) => {
    for (const text of chunk.toString().split('\n').filter(Boolean)) {
      const line = JSON.parse(text) as LogLine;
      lines.push(line);
      for (const wait of waiting.filter((candidate) => candidate.test(line))) wait.found(line);
    }
  });
  const lineWhere = (test: (line: LogLine) => boolean) =>
    new Promise<LogLine>((found) => {
      const seen = lines.find(test);
      if (seen) found(seen);
      else waiting.push({ test, found });
    });
  return { stream, lineWhere };
}

/** Releases every waiting handler at once, so jobs of two organizations are in flight together. */
function barrier(parties: number) {
  let arrived = 0;
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  return () => {
    arrived += 1;
    if (arrived === parties) release();
    return opened;
  };
}

describe('worker log lines while a job runs', () => {
  const config = loadConfigWithOverrides({
    REDIS_PREFIX: `${loadConfigWithOverrides({}).redis.prefix}-job-logs-${randomUUID().slice(0, 8)}`,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  });
  const captured = captureLines();
  const bothPurgesRunning = barrier(2);
  const probeLogger = new Logger('ProbeHandler');
  // Jobs this spec does not enqueue get a no-op handler, so the registry stays complete.
  const probes: Partial<Record<JobName, JobHandler['handle']>> = {
    'purge-expired-credentials': async (payload) => {
      await bothPurgesRunning();
      await new Promise((resolve) => setTimeout(resolve, 5));
      probeLogger.log(`purged for ${(payload as { organizationId: string }).organizationId}`);
    },
    'schedule-reminders': async () => {
      await new Promise((resolve) => setImmediate(resolve));
      probeLogger.log('scanned');
    },
    'send-member-invitation': async () => {
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('SMTP said no');
    },
  };
  const handlers = (jobName: JobName): JobHandler['handle'] => probes[jobName] ?? (async () => undefined);
  let app: INestApplicationContext;
  let queues: Map<QueueName, Queue>;

  beforeAll(async () => {
    @Module({
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: JOB_HANDLERS,
          useValue: JOB_NAMES.map((jobName) => ({ jobName, handle: handlers(jobName) })),
        },
        QueueWorkers,
      ],
    })
    class ProbeWorkerModule {}
    app = await NestFactory.createApplicationContext(ProbeWorkerModule, {
      logger: new NestPinoLogger(createWorkerLogger(config, captured.stream)),
    });
    await app.init();
    queues = new Map(QUEUE_NAMES.map((name) => [name, new Queue(name, queueConnection(config.redis, 'producer'))]));
  });

  afterAll(async () => {
    await app?.close();
    for (const queue of queues?.values() ?? []) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  const enqueue = (name: JobName, data: object, jobId: string) =>
    queues.get(JOB_QUEUES[name])!.add(name, data, { jobId, removeOnComplete: true, removeOnFail: true });

  it("tags each line with the job's id, queue, name and organization, even with two organizations' jobs in flight", async () => {
    const [orgA, orgB] = [randomUUID(), randomUUID()];
    await enqueue('purge-expired-credentials', { organizationId: orgA }, `purge-a-${orgA}`);
    await enqueue('purge-expired-credentials', { organizationId: orgB }, `purge-b-${orgB}`);

    for (const [organizationId, jobId] of [
      [orgA, `purge-a-${orgA}`],
      [orgB, `purge-b-${orgB}`],
    ]) {
      const line = await captured.lineWhere((candidate) => candidate.msg === `purged for ${organizationId}`);
      expect(line).toMatchObject({
        app: 'worker',
        context: 'ProbeHandler',
        jobId,
        queue: 'maintenance',
        job: 'purge-expired-credentials',
        organizationId,
      });
    }
  });

  it('leaves the organization out for a job that belongs to none', async () => {
    const jobId = `scan-${randomUUID()}`;
    await enqueue('schedule-reminders', {}, jobId);
    const line = await captured.lineWhere((candidate) => candidate.msg === 'scanned' && candidate.jobId === jobId);
    expect(line).toMatchObject({ queue: 'reminders', job: 'schedule-reminders' });
    expect(line).not.toHaveProperty('organizationId');
  });

  it("tags a failed job's line too", async () => {
    const organizationId = randomUUID();
    const jobId = `invite-${randomUUID()}`;
    await enqueue(
      'send-member-invitation',
      { organizationId, memberId: randomUUID(), inviterMemberId: randomUUID() },
      jobId,
    );
    const line = await captured.lineWhere((candidate) => /failed: SMTP said no$/.test(candidate.msg ?? ''));
    expect(line).toMatchObject({ level: 40, jobId, queue: 'mail', job: 'send-member-invitation', organizationId });
  });
});
