import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './data-source-options';

/** Applies pending migrations as the owner role; returns the names applied. */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const dataSource = new DataSource(
    createDataSourceOptions({ url: ownerUrl, poolSize: 1, applicationName: 'prep-migrate' }),
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
