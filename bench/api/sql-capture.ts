import { Writable } from 'node:stream';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@prep/config';
import { createApiApp } from '../../apps/api/src/create-api-app';
import type { Caller } from './access-tokens';
import type { RecordedStatement, Recording } from './recording';
import { isCleanGraphqlBody, Scenario } from './scenarios';

/**
 * Boots the API in this process and sends one request per organization and scenario, recording
 * every statement TypeORM hands to the driver (its logger's logQuery sees each one, transaction
 * control included, whether or not logging is on). The baseline replays exactly these.
 */
export async function captureStatements(
  config: AppConfig,
  scenarios: Scenario[],
  callers: Caller[],
): Promise<Recording> {
  const app = await createApiApp(config, { logDestination: discard() });
  try {
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    const logger = app.get<DataSource>(getDataSourceToken()).logger;
    const original = logger.logQuery.bind(logger);
    let statements: RecordedStatement[] = [];
    logger.logQuery = (sql, parameters, queryRunner) => {
      statements.push({ sql, parameters: JSON.parse(JSON.stringify(parameters ?? [])) });
      return original(sql, parameters, queryRunner);
    };
    const recording = Object.fromEntries(scenarios.map((scenario) => [scenario.name, {}])) as Recording;
    for (const scenario of scenarios) {
      for (const caller of callers) {
        const send = () =>
          fastify.inject({ method: 'POST', url: '/graphql', headers: headersFor(caller), payload: scenario.body });
        // The first request checks the caller's session; under load that check is cached, so it is not replayed.
        // It writes to an array of its own: the last one recorded must not get its statements.
        statements = [];
        await send();
        statements = [];
        const response = await send();
        if (response.statusCode !== 200 || !isCleanGraphqlBody(response.body)) {
          throw new Error(
            `the API answered ${scenario.name} with ${response.statusCode}: ${response.body.slice(0, 500)}`,
          );
        }
        recording[scenario.name][caller.organizationId] = statements;
      }
    }
    return recording;
  } finally {
    await app.close();
  }
}

export function headersFor(caller: Caller): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Bearer ${caller.accessToken}` };
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, callback) => callback() });
}
