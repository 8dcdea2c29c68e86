import 'reflect-metadata';
import { describeUnreachableService, runEntryPoint } from '@prep/config';
import { assertRedisReachable } from '@prep/jobs';
import { assertPostgresReachable } from '@prep/persistence';

/** Reports every unreachable backing service at once, so a first run says all that is missing. */
runEntryPoint('Service check', async (config) => {
  const results = await Promise.allSettled([
    assertPostgresReachable(config.database.adminUrl),
    assertRedisReachable(config.redis.url),
  ]);
  const problems = results.flatMap((result) =>
    result.status === 'rejected' ? [describeUnreachableService(result.reason, config) ?? String(result.reason)] : [],
  );
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write('PostgreSQL and Redis are reachable.\n');
});
