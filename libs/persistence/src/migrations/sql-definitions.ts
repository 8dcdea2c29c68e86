import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where every database function and policy has its one current definition (see sql/README.md).
 * The builds copy this folder beside the compiled code, so the same relative path works from
 * the sources (tests) and from dist (db:migrate, the benches).
 */
export const SQL_DIR = resolve(__dirname, '../sql');

/** A definition is named by its path under sql/ without `.sql`, e.g. `functions/due_reminders`. */
export type DefinitionName = `functions/${string}` | `policies/${string}`;

/**
 * Applies definitions as they stood at this migration's point in history: the current file,
 * unless a later migration replaced it (then the text it replaced, kept in sql/history/).
 */
export async function applyDefinitions(
  queryRunner: QueryRunner,
  migration: MigrationInterface,
  names: DefinitionName[],
): Promise<void> {
  const asOf = migrationTimestamp(migration);
  for (const name of names) await queryRunner.query(definitionText(name, asOf));
}

/** For down(): puts back the definitions as they were before this migration. */
export async function restoreDefinitions(
  queryRunner: QueryRunner,
  migration: MigrationInterface,
  names: DefinitionName[],
): Promise<void> {
  const before = migrationTimestamp(migration) - 1;
  for (const name of names) await queryRunner.query(definitionText(name, before));
}

/** The text of a definition as it stood for a migration with timestamp `asOf`. */
export function definitionText(name: DefinitionName, asOf: number): string {
  const file = definitionFile(name, asOf);
  if (!existsSync(file)) {
    throw new Error(`SQL definition ${name} not found at ${file} (the build copies libs/persistence/src/sql)`);
  }
  return readFileSync(file, 'utf8');
}

/**
 * `history/<kind>/<name>.<T>.sql` holds the text migration T replaced: it was current for every
 * migration before T. The earliest replacement after `asOf` wins; with none, the current file.
 */
export function definitionFile(name: DefinitionName, asOf: number): string {
  const [kind, base] = name.split('/');
  const replacedLater = historyTimestamps(kind, base).filter((replacedAt) => replacedAt > asOf);
  return replacedLater.length > 0
    ? join(SQL_DIR, 'history', kind, `${base}.${Math.min(...replacedLater)}.sql`)
    : join(SQL_DIR, `${name}.sql`);
}

/** The timestamps of the migrations that replaced a definition, from its history files. */
export function historyTimestamps(kind: string, base: string): number[] {
  const folder = join(SQL_DIR, 'history', kind);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((file) => /^(.+)\.(\d{13})\.sql$/.exec(file))
    .filter((match) => match !== null && match[1] === base)
    .map((match) => Number(match![2]));
}

/** The current definitions of one kind, by name. */
export function currentDefinitions(kind: 'functions' | 'policies'): DefinitionName[] {
  return readdirSync(join(SQL_DIR, kind))
    .filter((file) => file.endsWith('.sql'))
    .map((file) => `${kind}/${file.slice(0, -'.sql'.length)}` as DefinitionName)
    .sort();
}

/** A migration's class name ends with its timestamp (see `npm run migration:new`). */
export function migrationTimestamp(migration: MigrationInterface): number {
  const match = /(\d{13})$/.exec(migration.name ?? '');
  if (!match) throw new Error(`Migration ${migration.name ?? migration.constructor.name} has no timestamp in its name`);
  return Number(match[1]);
}
