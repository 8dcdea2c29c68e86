import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printApiSchema, SCHEMA_FILE } from '../../apps/api/src/platform/graphql/print-api-schema';
import { ApiHarness, startApi } from '../support/api-harness';

describe('committed GraphQL schema', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it(`${SCHEMA_FILE} matches the code (run \`npm run schema:generate\` after changing the API)`, () => {
    const committed = readFileSync(resolve(__dirname, '../..', SCHEMA_FILE), 'utf8');
    expect(printApiSchema(api.app)).toBe(committed);
  });
});
