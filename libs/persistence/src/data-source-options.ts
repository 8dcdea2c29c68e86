import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseConnectionSettings {
  url: string;
  poolSize: number;
  applicationName: string;
}

/**
 * Every statement the apps send is a short lookup, many with generic plans, whose estimates can
 * cross `jit_above_cost`: then Postgres compiles the plan with LLVM at every execution. The
 * worker's claim batches did (see reminder_claim_for_send), and so did one version of the
 * dashboard's figures: 43 ms of compiling for 2 ms of work.
 */
export const SESSION_OPTIONS = '-c jit=off';

/** Connection options for either role; the schema only ever changes through migrations. */
export function createDataSourceOptions(settings: DatabaseConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: settings.applicationName,
    extra: { max: settings.poolSize, connectionTimeoutMillis: 5_000, options: SESSION_OPTIONS },
  };
}
