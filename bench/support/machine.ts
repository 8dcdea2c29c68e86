import { availableParallelism, cpus, totalmem } from 'node:os';
import type { Redis } from 'ioredis';
import type { Client } from 'pg';

export interface MachineDescription {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  redis: string;
}

export async function describeMachine(postgres: Client, redis: Redis): Promise<MachineDescription> {
  const { rows } = await postgres.query<{ server_version: string }>('SHOW server_version');
  const redisVersion = /^redis_version:(\S+)/m.exec(await redis.info('server'))?.[1] ?? 'unknown';
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: rows[0].server_version.split(' ')[0],
    redis: redisVersion,
  };
}
