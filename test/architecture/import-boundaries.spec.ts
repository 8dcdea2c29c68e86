import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('import boundaries (lint)', () => {
  it.each([
    ["import { Injectable } from '@nestjs/common';"],
    ["import { DataSource } from 'typeorm';"],
    ["import { Queue } from 'bullmq';"],
    ["import { loadConfig } from '@prep/config';"],
  ])('keeps libs/domain free of %s', async (code) => {
    expect(await restrictedImportMessages('libs/domain/src/probe.ts', `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it('lets libs/domain import its own files', async () => {
    expect(
      await restrictedImportMessages(
        'libs/domain/src/probe.ts',
        "import { slugify } from './common/slug';\nexport const s = slugify;\n",
      ),
    ).toEqual([]);
  });

  it('keeps the API and the worker apart', async () => {
    expect(
      await restrictedImportMessages(
        'apps/api/src/probe.ts',
        "import { WorkerModule } from '../../worker/src/worker.module';\nexport {};\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImportMessages(
        'apps/worker/src/probe.ts',
        "import { ApiModule } from '../../api/src/api.module';\nexport {};\n",
      ),
    ).toHaveLength(1);
  });

  it('keeps libraries from importing apps', async () => {
    expect(
      await restrictedImportMessages(
        'libs/jobs/src/probe.ts',
        "import { JobQueue } from '../../../apps/api/src/jobs/job-queue';\nexport {};\n",
      ),
    ).toHaveLength(1);
  });

  it.each([
    ["import { ApiModule } from '../../api/src/api.module';"],
    ["import { WorkerModule } from '../../../apps/worker/src/worker.module';"],
    ["import { TenantTransactions } from '@prep/persistence';"],
    ["import { CandidateEntity } from '../../../libs/persistence/src';"],
  ])('keeps the coach app to GraphQL: %s is refused', async (code) => {
    expect(await restrictedImportMessages('apps/web/src/probe.tsx', `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it('lets the coach app import its own files and the generated documents', async () => {
    expect(
      await restrictedImportMessages(
        'apps/web/src/probe.tsx',
        "import { graphql } from './gql';\nexport const g = graphql;\n",
      ),
    ).toEqual([]);
  });

  it('confines process.env to the config library', async () => {
    const [result] = await eslint.lintText('export const port = process.env.PORT;\n', {
      filePath: resolve(root, 'apps/api/src/probe.ts'),
    });
    expect(result.messages.map((message) => message.ruleId)).toContain('no-restricted-syntax');
  });
});
