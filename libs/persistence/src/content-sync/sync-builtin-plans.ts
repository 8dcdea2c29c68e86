import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { contentHash, loadContent } from '@prep/content';
import { createDataSourceOptions } from '../data-source-options';
import { BuiltinPlanVersionEntity } from '../entities';

export interface SyncedPlan {
  key: string;
  version: number;
  created: boolean;
}

/**
 * Loads the built-in plans from content/ into versioned rows, as the owner role. Same content →
 * same version (nothing written); changed content → the next version; old versions stay, since
 * assignments were made from them.
 */
export async function syncBuiltinPlans(ownerUrl: string, contentDir: string): Promise<SyncedPlan[]> {
  const { plans } = loadContent(contentDir);
  const dataSource = new DataSource(
    createDataSourceOptions({ url: ownerUrl, poolSize: 1, applicationName: 'prep-content-sync' }),
  );
  await dataSource.initialize();
  try {
    return await dataSource.transaction(async (manager) => {
      // One sync at a time, so two deploys cannot both claim the next version number.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('builtin_plan_versions'))");
      const repository = manager.getRepository(BuiltinPlanVersionEntity);
      const results: SyncedPlan[] = [];
      for (const plan of plans) {
        const hash = contentHash(plan);
        const existing = await repository.findOneBy({ templateKey: plan.key, contentHash: hash });
        if (existing) {
          results.push({ key: plan.key, version: existing.version, created: false });
          continue;
        }
        const latest = await repository.maximum('version', { templateKey: plan.key });
        const version = (latest ?? 0) + 1;
        await repository.insert({ id: randomUUID(), templateKey: plan.key, version, contentHash: hash, content: plan });
        results.push({ key: plan.key, version, created: true });
      }
      return results;
    });
  } finally {
    await dataSource.destroy();
  }
}
