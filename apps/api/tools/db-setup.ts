import 'reflect-metadata';
import { runEntryPoint } from '@prep/config';
import { assertPostgresReachable, provisionDatabase, runMigrations, syncBuiltinPlans } from '@prep/persistence';

/** Creates the roles and the database when missing, migrates and syncs built-in plans as the owner. */
runEntryPoint('Database setup', async (config) => {
  await assertPostgresReachable(config.database.adminUrl);
  const { database, created } = await provisionDatabase({
    adminUrl: config.database.adminUrl,
    ownerUrl: config.database.ownerUrl,
    appUrl: config.database.url,
  });
  process.stdout.write(`Database "${database}" ${created ? 'created' : 'already exists'}.\n`);
  const applied = await runMigrations(config.database.ownerUrl);
  process.stdout.write(applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Schema is up to date.\n');
  for (const plan of await syncBuiltinPlans(config.database.ownerUrl, config.contentDir)) {
    process.stdout.write(`Built-in plan "${plan.key}": version ${plan.version}${plan.created ? ' (new)' : ''}\n`);
  }
});
