// Three Jest projects in one run:
// - unit: pure specs beside the code (*.spec.ts), no services needed;
// - web: the coach app's component specs (apps/web/**/*.spec.tsx) in jsdom;
// - integration: *.int-spec.ts beside the code and test/**/*.e2e-spec.ts, which talk to the
//   real Postgres, Redis and SMTP; global setup creates a throwaway database for them.
// Path aliases mirror tsconfig.base.json so specs import libraries as the apps do.
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    `<rootDir>/${target.replace(/^\.\//, '')}`,
  ]),
);

const shared = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/content'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper,
};

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
    },
    {
      displayName: 'web',
      rootDir: __dirname,
      roots: ['<rootDir>/apps/web/src'],
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/apps/web/jest.setup.js'],
      testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/apps/web/tsconfig.spec.json' }] },
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['**/*.int-spec.ts', '**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
