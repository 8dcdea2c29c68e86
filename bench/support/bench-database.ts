import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { AppConfig } from '@prep/config';
import { dropDatabase, provisionDatabase, runMigrations, syncBuiltinPlans } from '@prep/persistence';

export interface BenchDatabase {
  name: string;
  ownerUrl: string;
  appUrl: string;
  drop: () => Promise<void>;
}

/**
 * A database of the benchmark's own, set up as a deployment does it (roles, migrations, built-in
 * content): what a run seeds and measures is nobody else's, and a run leaves nothing behind.
 * `label` names which benchmark made it, e.g. `prep_bench_api_…`.
 */
export async function createBenchDatabase(config: AppConfig, label: string): Promise<BenchDatabase> {
  const name = `prep_bench_${label}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const urls = {
    adminUrl: config.database.adminUrl,
    ownerUrl: withDatabase(config.database.ownerUrl, name),
    appUrl: withDatabase(config.database.url, name),
  };
  const drop = () => dropDatabase(config.database.adminUrl, name);
  await provisionDatabase(urls);
  try {
    await runMigrations(urls.ownerUrl);
    await syncBuiltinPlans(urls.ownerUrl, resolve(config.contentDir));
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, ownerUrl: urls.ownerUrl, appUrl: urls.appUrl, drop };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
