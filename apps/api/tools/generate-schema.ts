import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runEntryPoint } from '@prep/config';
import { createApiApp } from '../src/create-api-app';
import { printApiSchema, SCHEMA_FILE } from '../src/platform/graphql/print-api-schema';

/** Writes the committed schema file from the API's code-first schema. */
runEntryPoint('Schema generation', async (config) => {
  const app = await createApiApp(config);
  try {
    const target = resolve(process.cwd(), SCHEMA_FILE);
    writeFileSync(target, printApiSchema(app));
    process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
  } finally {
    await app.close();
  }
});
