import { loadConfig } from './app-config';
import { describeUnreachableService, ServiceUnreachableError } from './startup-diagnostics';

describe('describeUnreachableService', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://prep_app:x@db.internal:6543/prep',
    REDIS_URL: 'redis://cache.internal',
  });

  it('names the service, its address, its variable and how to start it', () => {
    expect(describeUnreachableService(new ServiceUnreachableError('PostgreSQL'), config)).toBe(
      'PostgreSQL is unreachable at db.internal:6543 (DATABASE_URL). ' +
        'Start it with `docker compose up -d postgres` (or `pg_ctlcluster <version> main start`), ' +
        'or point DATABASE_URL at a running server.',
    );
    expect(describeUnreachableService(new ServiceUnreachableError('Redis'), config)).toMatch(
      /^Redis is unreachable at cache\.internal:6379 \(REDIS_URL\)/,
    );
  });

  it('stays silent about other errors', () => {
    expect(describeUnreachableService(new Error('boom'), config)).toBeNull();
  });
});
