import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import config from '../../apps/web/codegen';

const root = resolve(__dirname, '../..');

describe('the coach app’s generated GraphQL documents', () => {
  it('match apps/api/schema.gql and the app’s queries (run `npm run codegen:web` after changing either)', async () => {
    const files = await generate({ ...config, cwd: root, hooks: {}, silent: true }, false);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const path = resolve(root, file.filename);
      const formatted = await format(file.content, { ...(await resolveConfig(path)), filepath: path });
      expect([file.filename, formatted]).toEqual([file.filename, readFileSync(path, 'utf8')]);
    }
  }, 60_000);
});
