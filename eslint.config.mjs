// Lint rules, including the architecture's import boundaries:
// - libs/domain is plain TypeScript: no Nest, TypeORM, BullMQ, drivers or other libs;
// - the API and the worker never import each other; libraries never import apps;
// - the coach app (apps/web) reaches the backend only over GraphQL: no app or persistence imports.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FRAMEWORK_IMPORTS = ['@nestjs/*', 'typeorm', 'typeorm/*', 'bullmq', 'ioredis', 'pg', '@prep/*'];

const boundary = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  {
    // apps/web/src/gql is generated (npm run codegen:web) and checked by its own test.
    ignores: [
      'dist/**',
      'node_modules/**',
      'tmp/**',
      'coverage/**',
      '**/*.js',
      '!eslint.config.mjs',
      'apps/web/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Input checks match control characters on purpose (header and log injection).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through @prep/config; process.env is read only there.',
        },
      ],
    },
  },
  {
    files: ['libs/config/src/app-config.ts', 'test/support/global-setup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  boundary(
    ['apps/api/**/*.ts'],
    ['**/apps/worker/**', '**/worker/src/**'],
    'The API must not import the worker; share code through libs/.',
  ),
  boundary(
    ['apps/worker/**/*.ts'],
    ['**/apps/api/**', '**/api/src/**'],
    'The worker must not import the API; share code through libs/.',
  ),
  boundary(['libs/**/*.ts'], ['**/apps/**'], 'Libraries must not import apps.'),
  boundary(
    ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    [
      '**/apps/api/**',
      '**/api/src/**',
      '**/apps/worker/**',
      '**/worker/src/**',
      '**/libs/persistence/**',
      '@prep/persistence',
    ],
    'The coach app talks to the API over GraphQL only; it imports neither the apps nor libs/persistence.',
  ),
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Listed after the rule for all libs: for one file, the last matching rule wins.
  boundary(
    ['libs/domain/**/*.ts'],
    [...FRAMEWORK_IMPORTS, '**/apps/**'],
    'libs/domain is plain TypeScript: no framework, driver, other library or app imports.',
  ),
  // The reminder rows and their statements sit below the send pipeline that uses them.
  boundary(
    ['apps/worker/src/reminders/claimed-reminder.ts', 'apps/worker/src/reminders/reminder-statements.ts'],
    ['**/apps/api/**', '**/api/src/**', '**/email/*', '**/queue-runtime/**', '**/send-reminder.handler'],
    'Reminder rows and statements import neither the API, the email composer, the queue runtime nor the pipeline.',
  ),
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.e2e-spec.ts', '**/*.int-spec.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
