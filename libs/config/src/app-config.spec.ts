import { ConfigValidationError, loadConfig } from './app-config';

// Everything production insists on, so each test can leave out one thing.
const PRODUCTION = {
  APP_ENV: 'production',
  JWT_SECRET: 'x'.repeat(40),
  SMTP_URL: 'smtp://mail.internal:587',
  UNSUBSCRIBE_SECRET: 'u'.repeat(40),
};

describe('loadConfig', () => {
  it('defaults to local Postgres and Redis on 127.0.0.1', () => {
    const config = loadConfig({});
    expect(config.database.url).toContain('@127.0.0.1:5432/');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.graphql.introspection).toBe(true);
  });

  it('names the bad variable and the problem', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('Invalid configuration: PORT must be a number');
    expect(() => loadConfig({ APP_ENV: 'staging' })).toThrow(
      'Invalid configuration: APP_ENV must be one of: development, test, production',
    );
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/^Invalid configuration: DATABASE_URL /);
    expect(() => loadConfig({ REDIS_URL: 'http://localhost' })).toThrow(
      'Invalid configuration: REDIS_URL must be a redis:// or rediss:// URL',
    );
  });

  it('requires secrets and SMTP in production and closes GraphQL by default there', () => {
    expect(() => loadConfig({ APP_ENV: 'production' })).toThrow(
      'Invalid configuration: JWT_SECRET is required in production',
    );
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(ConfigValidationError);
    expect(() => loadConfig({ ...PRODUCTION, SMTP_URL: undefined })).toThrow(
      'Invalid configuration: SMTP_URL is required in production',
    );
    expect(() => loadConfig({ ...PRODUCTION, UNSUBSCRIBE_SECRET: undefined })).toThrow(
      'Invalid configuration: UNSUBSCRIBE_SECRET is required in production',
    );
    const config = loadConfig(PRODUCTION);
    expect(config.graphql).toMatchObject({ introspection: false, errorDetails: false });
  });

  it('never echoes the bad value, which may be a secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'hunter2' })).toThrow(
      /^Invalid configuration: JWT_SECRET must be at least 32 characters$/,
    );
  });

  it('lets production opt in to introspection explicitly', () => {
    const config = loadConfig({ ...PRODUCTION, GRAPHQL_INTROSPECTION: 'true' });
    expect(config.graphql.introspection).toBe(true);
  });
});
