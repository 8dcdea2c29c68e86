import { ConfigValidationError, loadConfig } from './app-config';

// Everything production insists on, so each test can leave out one thing.
const PRODUCTION = {
  APP_ENV: 'production',
  JWT_SECRET: 'x'.repeat(40),
  SMTP_URL: 'smtp://mail.internal:587',
  UNSUBSCRIBE_SECRET: 'u'.repeat(40),
  DATABASE_URL: 'postgres://prep_app:app-secret@db.internal:5432/prep',
  DATABASE_OWNER_URL: 'postgres://prep_owner:owner-secret@db.internal:5432/prep',
};

const problemsOf = (env: Record<string, string | undefined>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.message.split('\n');
    throw error;
  }
  return [];
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

  it('in production refuses every missing secret at once, one line each', () => {
    expect(problemsOf({ APP_ENV: 'production' })).toEqual([
      'Invalid configuration: JWT_SECRET is required in production',
      'Invalid configuration: UNSUBSCRIBE_SECRET is required in production',
      'Invalid configuration: DATABASE_URL is required in production (the default has the development password)',
      'Invalid configuration: DATABASE_OWNER_URL is required in production (the default has the development password)',
      'Invalid configuration: SMTP_URL is required in production',
    ]);
  });

  it('treats NODE_ENV=production without APP_ENV as production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toContain(
      'Invalid configuration: JWT_SECRET is required in production',
    );
    const { APP_ENV: _appEnv, ...withoutAppEnv } = PRODUCTION;
    const config = loadConfig({ ...withoutAppEnv, NODE_ENV: 'production' });
    expect(config.environment).toBe('production');
    expect(config.graphql).toMatchObject({ introspection: false, errorDetails: false });
  });

  it('refuses the development values from the source as production secrets', () => {
    expect(
      problemsOf({
        ...PRODUCTION,
        JWT_SECRET: 'development-only-secret-change-me-0123456789',
        UNSUBSCRIBE_SECRET: 'compose-development-unsubscribe-secret-change-me',
        DATABASE_URL: 'postgres://prep_app:prep_app@db.internal:5432/prep',
        DATABASE_OWNER_URL: 'postgres://prep_owner:prep_owner@db.internal:5432/prep',
      }),
    ).toEqual([
      'Invalid configuration: JWT_SECRET is a development value from the source; set a secret of your own',
      'Invalid configuration: UNSUBSCRIBE_SECRET is a development value from the source; set a secret of your own',
      'Invalid configuration: DATABASE_URL has the development password; set a password of your own',
      'Invalid configuration: DATABASE_OWNER_URL has the development password; set a password of your own',
    ]);
  });

  it('refuses NODE_ENV and APP_ENV that disagree about production', () => {
    const disagreement = /^Invalid configuration: NODE_ENV is "\w+" but APP_ENV is "\w+"; they must agree/;
    expect(problemsOf({ ...PRODUCTION, NODE_ENV: 'production', APP_ENV: 'development' })[0]).toMatch(disagreement);
    expect(problemsOf({ ...PRODUCTION, NODE_ENV: 'development' })).toEqual([expect.stringMatching(disagreement)]);
    expect(problemsOf({ ...PRODUCTION, NODE_ENV: 'test' })).toEqual([expect.stringMatching(disagreement)]);
    expect(problemsOf({ NODE_ENV: 'test', APP_ENV: 'development' })).toEqual([]);
    expect(problemsOf({ NODE_ENV: 'development', APP_ENV: 'test' })).toEqual([]);
    expect(problemsOf({ ...PRODUCTION, NODE_ENV: 'production' })).toEqual([]);
    expect(problemsOf(PRODUCTION)).toEqual([]);
  });

  it('in production names a malformed variable and every missing secret together', () => {
    expect(problemsOf({ ...PRODUCTION, JWT_SECRET: 'short', UNSUBSCRIBE_SECRET: undefined, PORT: 'x' })).toEqual([
      'Invalid configuration: PORT must be a number',
      'Invalid configuration: JWT_SECRET must be at least 32 characters',
      'Invalid configuration: UNSUBSCRIBE_SECRET is required in production',
    ]);
  });

  it('names every bad variable, not just the first', () => {
    expect(problemsOf({ PORT: 'eighty', REDIS_URL: 'http://localhost' })).toEqual([
      'Invalid configuration: PORT must be a number',
      'Invalid configuration: REDIS_URL must be a redis:// or rediss:// URL',
    ]);
  });
});
