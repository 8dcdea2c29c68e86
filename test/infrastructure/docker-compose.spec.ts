import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const compose = (...args: string[]) =>
  execFileSync('docker-compose', ['-f', 'docker-compose.yml', ...args], { cwd: root, encoding: 'utf8' });
// The resolved file, read once for the specs that read it: each docker-compose run takes seconds to start.
let resolved: string | undefined;
const resolvedConfig = () => (resolved ??= compose('config'));

// Debian's docker-compose validates the file without a Docker engine.
describe('docker-compose.yml', () => {
  it('is valid', () => {
    expect(() => compose('config', '-q')).not.toThrow();
  });

  it('runs Postgres, Redis, a mail catcher, a migration step, the API and the worker', () => {
    expect(compose('config', '--services').trim().split('\n').sort()).toEqual(
      ['api', 'mailcatcher', 'migrate', 'postgres', 'redis', 'worker'].sort(),
    );
  });

  it('builds the apps from the Dockerfile and points them at the compose services', () => {
    const config = resolvedConfig();
    expect(config).toMatch(/api:\n(?:.*\n)*?\s+build:/);
    expect(config).toContain('DATABASE_URL: postgres://prep_app:prep_app@postgres:5432/prep');
    expect(config).toContain('REDIS_URL: redis://redis:6379');
    expect(config).toContain('SMTP_URL: smtp://mailcatcher:1025');
  });

  it('runs the apps as development on both counts, which the image sets to production', () => {
    const config = resolvedConfig();
    expect(config.match(/APP_ENV: development/g)).toHaveLength(3);
    expect(config.match(/NODE_ENV: development/g)).toHaveLength(3);
  });
});
