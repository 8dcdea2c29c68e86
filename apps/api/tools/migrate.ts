import 'reflect-metadata';
import { runEntryPoint } from '@prep/config';
import { assertPostgresReachable, runMigrations } from '@prep/persistence';

/** Applies pending migrations as the owner role. The apps never migrate by themselves. */
runEntryPoint('Migration', async (config) => {
  await assertPostgresReachable(config.database.ownerUrl);
  const applied = await runMigrations(config.database.ownerUrl);
  process.stdout.write(applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Schema is up to date.\n');
});
