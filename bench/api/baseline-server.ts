import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import { jwtVerify } from 'jose';
import { Pool } from 'pg';
import { shapeDashboard } from './baseline-dashboard';
import { replay } from './baseline-replay';
import { shapeRoster } from './baseline-roster';
import type { BaselineInput } from './recording';
import type { ScenarioName } from './scenarios';

/**
 * The raw baseline: plain Fastify and a pg Pool, as the same database role with the same pool size
 * and session settings as the API. For each request it verifies the bearer token the same way,
 * replays the statements the API issued for that organization and scenario, and answers the same JSON.
 */
interface GraphqlBody {
  query: string;
  variables: Record<string, unknown>;
}

const SHAPES: Record<
  ScenarioName,
  (results: Awaited<ReturnType<typeof replay>>, variables: Record<string, unknown>) => unknown
> = {
  roster: (results, variables) => shapeRoster(results, variables as { first: number }),
  dashboard: (results) => shapeDashboard(results),
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { input: { type: 'string' }, port: { type: 'string' } } });
  const input = JSON.parse(await readFile(String(values.input), 'utf8')) as BaselineInput;
  const pool = new Pool({ connectionString: input.databaseUrl, max: input.poolSize, options: input.sessionOptions });
  const key = new TextEncoder().encode(input.jwtSecret);
  const scenarioOf = new Map(Object.entries(input.queries).map(([name, query]) => [query, name as ScenarioName]));
  const app = Fastify({ logger: false });

  app.post('/graphql', async (request: FastifyRequest<{ Body: GraphqlBody }>, reply: FastifyReply) => {
    const organizationId = await organizationOf(request.headers.authorization, key);
    const scenario = scenarioOf.get(request.body.query);
    const statements = organizationId && scenario ? input.recording[scenario][organizationId] : undefined;
    if (!statements || !scenario)
      return reply.code(400).send({ errors: [{ message: 'no recorded statements for this caller and query' }] });
    const results = await replay(pool, statements);
    return { data: SHAPES[scenario](results, request.body.variables) };
  });

  const address = await app.listen({ host: '127.0.0.1', port: Number(values.port ?? 0) });
  process.stdout.write(`listening ${new URL(address).port}\n`);
  process.once(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(() => pool.end())
        .finally(() => process.exit(0)),
  );
}

// The API's AccessTokenService: HS256, issuer and audience prep-api; the organization is the `org` claim.
async function organizationOf(header: string | undefined, key: Uint8Array): Promise<string | null> {
  const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: 'prep-api',
      audience: 'prep-api',
      algorithms: ['HS256'],
    });
    return typeof payload.org === 'string' ? payload.org : null;
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`baseline failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
