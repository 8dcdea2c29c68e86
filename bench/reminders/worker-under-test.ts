import { Writable } from 'node:stream';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@prep/config';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';

const KEPT_LOG_LINES = 5;

/** The real worker, in process, with its warnings and errors counted instead of printed. */
export interface WorkerUnderTest {
  app: INestApplicationContext;
  warnings: () => { count: number; first: string[] };
}

export async function startWorkerUnderTest(config: AppConfig): Promise<WorkerUnderTest> {
  let count = 0;
  const first: string[] = [];
  const logs = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        count += 1;
        if (first.length < KEPT_LOG_LINES) first.push(line);
      }
      callback();
    },
  });
  const app = await createWorkerApp(config, logs);
  return { app, warnings: () => ({ count, first: [...first] }) };
}
