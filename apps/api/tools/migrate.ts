import 'reflect-metadata';
import { runEntryPoint } from '@prep/config';
import { assertPostgresReachable, runMigrations, syncBuiltinPlans } from '@prep/persistence';

/** Applies pending migrations and syncs the built-in plans, as the owner role. The apps never migrate. */
runEntryPoint('Migration', async (config) => {
  await assertPostgresReachable(config.database.ownerUrl);
  const applied = await runMigrations(config.database.ownerUrl);
  process.stdout.write(applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Schema is up to date.\n');
  for (const plan of await syncBuiltinPlans(config.database.ownerUrl, config.contentDir)) {
    process.stdout.write(`Built-in plan "${plan.key}": version ${plan.version}${plan.created ? ' (new)' : ''}\n`);
  }
});
