// npm run migration:new -- <name> [--redefine functions/<fn>]...
// npm run migration:new -- --retime <timestamp>-<name>
//
// Writes libs/persistence/src/migrations/<Date.now()>-<name>.ts with the class boilerplate and
// registers it last in migrations/index.ts. The timestamp is the moment of creation, so it is
// later than every migration before it (libs/persistence/src/migrations/migration-history.spec.ts
// keeps it that way). --redefine keeps the current text of a definition in sql/history/ as the
// one this migration replaces, and writes up()/down() that move to the new one and back; edit
// sql/<definition>.sql afterwards. --retime gives a migration that has not reached any database
// yet a new timestamp (file, class, index.ts, its history files): for a branch whose migration
// was created before one that reached the main line first.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    redefine: { type: 'string', multiple: true, default: [] },
    retime: { type: 'string' },
    // Where the persistence library's sources are (tests point it at a copy).
    root: { type: 'string', default: 'libs/persistence/src' },
  },
});

const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const migrationsDir = join(values.root, 'migrations');
const sqlDir = join(values.root, 'sql');
const timestamp = Date.now();
if (values.retime) {
  retime(values.retime);
  process.exit(0);
}

const [name] = positionals;
if (positionals.length !== 1 || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  fail('Usage: npm run migration:new -- <kebab-case-name> [--redefine functions/<name>]...');
}
assertLaterThanEvery(migrationFiles());

for (const definition of values.redefine) {
  const current = join(sqlDir, `${definition}.sql`);
  if (!/^(functions|policies)\/[a-z0-9_]+$/.test(definition) || !existsSync(current)) {
    fail(`No current definition ${current} to redefine.`);
  }
}

const className = `${name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase())}${timestamp}`;
const fileBase = `${timestamp}-${name}`;
writeFileSync(join(migrationsDir, `${fileBase}.ts`), migrationSource(className, values.redefine));
register(join(migrationsDir, 'index.ts'), className, fileBase);
for (const definition of values.redefine) keepReplacedText(definition);
console.log(`Created ${join(migrationsDir, `${fileBase}.ts`)} (${className}), registered in migrations/index.ts.`);

function migrationSource(migrationClass, redefined) {
  const list = redefined.map((definition) => `'${definition}'`).join(', ');
  const imports = redefined.length
    ? "import { MigrationInterface, QueryRunner } from 'typeorm';\nimport { applyDefinitions, restoreDefinitions } from './sql-definitions';\n"
    : "import { MigrationInterface, QueryRunner } from 'typeorm';\n";
  const up = redefined.length
    ? `    await applyDefinitions(queryRunner, this, [${list}]);\n`
    : '    await queryRunner.query(`\n    `);\n';
  const down = redefined.length
    ? `    await restoreDefinitions(queryRunner, this, [${list}]);\n`
    : '    await queryRunner.query(`\n    `);\n';
  return `${imports}
/** What this migration changes for the product, and why. */
export class ${migrationClass} implements MigrationInterface {
  name = '${migrationClass}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}  }
}
`;
}

/** Adds the import after the last import and the class at the end of MIGRATIONS. */
function register(indexFile, migrationClass, fileBase) {
  const lines = readFileSync(indexFile, 'utf8').split('\n');
  const lastImport = lines.findLastIndex((line) => line.startsWith('import '));
  const end = lines.findLastIndex((line) => line === '];');
  if (lastImport < 0 || end < 0) fail(`${indexFile} has no import lines or no closing "];" of MIGRATIONS.`);
  lines.splice(end, 0, `  ${migrationClass},`);
  lines.splice(lastImport + 1, 0, `import { ${migrationClass} } from './${fileBase}';`);
  writeFileSync(indexFile, lines.join('\n'));
}

/** sql/history/<kind>/<name>.<timestamp>.sql: the text this migration replaces. */
function keepReplacedText(definition) {
  const target = join(sqlDir, 'history', `${definition}.${timestamp}.sql`);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(sqlDir, `${definition}.sql`), target);
}

function migrationFiles() {
  return readdirSync(migrationsDir).filter((file) => /^\d{13}-.+\.ts$/.test(file));
}

function assertLaterThanEvery(files) {
  const latest = Math.max(0, ...files.map((file) => Number(file.slice(0, 13))));
  if (timestamp <= latest) fail(`The clock (${timestamp}) is not after the latest migration (${latest}).`);
}

/** Moves one migration to now: its file, class name, place in index.ts and history files. */
function retime(fileBase) {
  const match = /^(\d{13})-([a-z0-9-]+)$/.exec(fileBase);
  const oldFile = join(migrationsDir, `${fileBase}.ts`);
  if (!match || !existsSync(oldFile)) fail(`No migration ${oldFile} to retime.`);
  const [, oldTimestamp, migrationName] = match;
  assertLaterThanEvery(migrationFiles()); // its own old timestamp included
  const source = readFileSync(oldFile, 'utf8');
  const oldClass = new RegExp(`export class (\\w+)${oldTimestamp} `).exec(source)?.[1];
  if (!oldClass) fail(`${oldFile} has no class named after ${oldTimestamp}.`);
  const newBase = `${timestamp}-${migrationName}`;
  writeFileSync(join(migrationsDir, `${newBase}.ts`), source.replaceAll(oldTimestamp, String(timestamp)));
  rmSync(oldFile);
  const indexFile = join(migrationsDir, 'index.ts');
  const index = readFileSync(indexFile, 'utf8').split('\n');
  writeFileSync(indexFile, index.filter((line) => !line.includes(`${oldClass}${oldTimestamp}`)).join('\n'));
  register(indexFile, `${oldClass}${timestamp}`, newBase);
  for (const kind of existsSync(join(sqlDir, 'history')) ? readdirSync(join(sqlDir, 'history')) : []) {
    for (const file of readdirSync(join(sqlDir, 'history', kind)).filter((f) => f.endsWith(`.${oldTimestamp}.sql`))) {
      const renamed = file.replace(`.${oldTimestamp}.sql`, `.${timestamp}.sql`);
      renameSync(join(sqlDir, 'history', kind, file), join(sqlDir, 'history', kind, renamed));
    }
  }
  console.log(`Retimed ${fileBase} to ${newBase}; look for ${oldTimestamp} anywhere else it is mentioned.`);
}
