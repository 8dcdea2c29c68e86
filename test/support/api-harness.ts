import { PassThrough } from 'node:stream';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { AppConfig, loadConfigWithOverrides } from '@prep/config';
import { createApiApp } from '../../apps/api/src/create-api-app';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

export interface ApiHarness {
  app: NestFastifyApplication;
  config: AppConfig;
  http: () => request.Agent;
  gql: <T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    accessToken?: string,
  ) => Promise<GraphqlResponse<T>>;
  logs: () => string;
  close: () => Promise<void>;
}

export interface StartApiOptions {
  /**
   * Connect here whatever the configuration says, after it was validated: a production
   * configuration refuses the development password the test database's role has.
   */
  databaseUrl?: string;
}

/** Boots the real API (real Postgres and Redis from the run's env) on an ephemeral in-process server. */
export async function startApi(
  overrides: Record<string, string> = {},
  options: StartApiOptions = {},
): Promise<ApiHarness> {
  // Every spec file signs up from the same address: one sign-up budget for the whole run would make
  // files fail each other. The specs of the rate limits set their own, lower.
  const validated = loadConfigWithOverrides({ LOG_LEVEL: 'info', AUTH_RATE_LIMIT_POINTS: '1000', ...overrides });
  const config = options.databaseUrl
    ? { ...validated, database: { ...validated.database, url: options.databaseUrl } }
    : validated;
  const logStream = new PassThrough();
  const logLines: string[] = [];
  logStream.on('data', (chunk: Buffer) => logLines.push(chunk.toString('utf8')));
  const app = await createApiApp(config, { logDestination: logStream });
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();

  const gql: ApiHarness['gql'] = async (query, variables, accessToken) => {
    const call = request(server).post('/graphql').set('content-type', 'application/json');
    if (accessToken) call.set('authorization', `Bearer ${accessToken}`);
    const response = await call.send({ query, variables });
    return { status: response.status, data: response.body?.data ?? undefined, errors: response.body?.errors };
  };

  return {
    app,
    config,
    http: () => request.agent(server),
    gql,
    logs: () => logLines.join(''),
    close: () => app.close(),
  };
}

/** The `extensions.code` of the first error, for compact assertions. */
export function errorCode(response: GraphqlResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
