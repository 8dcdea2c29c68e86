import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MIGRATIONS } from './index';
import { migrationTimestamp } from './sql-definitions';

// Migrations run in timestamp order. A migration committed with a timestamp older than one already
// committed runs last on existing databases but earlier on a fresh one: two different histories.
// Git knows the order in which migrations arrived (on the first-parent line, a merge adds what its
// branch brought), so these checks need the full history, as a plain `git clone` has it.

const REPO_ROOT = resolve(__dirname, '../../../..');
const MIGRATIONS_PATH = 'libs/persistence/src/migrations';
const SQL_PATH = 'libs/persistence/src/sql';
const MIGRATION_FILE = /^(\d{13})-[a-z0-9-]+\.ts$/;
const CURRENT_DEFINITION = /^(functions|policies)\/([a-z0-9_]+)\.sql$/;

/** Committed after 1764600000000-plan-item-keys.ts; databases have both, so it stays as it is. */
const ADDED_OUT_OF_ORDER = new Set(['1764500000000-reminder-send-statements.ts']);

interface Change {
  status: 'A' | 'M' | 'D';
  path: string;
}
interface Commit {
  id: string;
  changes: Change[];
  /** A file's text before this commit, and in it (undefined where it does not exist). */
  before: (path: string) => string | undefined;
  after: (path: string) => string | undefined;
}

describe('migrations', () => {
  it('are listed in index.ts in strictly increasing timestamp order, each class named after its own timestamp', () => {
    const timestamps = MIGRATIONS.map((Migration) => {
      const migration = new Migration();
      expect(migration.name).toBe(Migration.name);
      return migrationTimestamp(migration);
    });
    expect(timestamps).toEqual([...new Set(timestamps)].sort((a, b) => a - b));
  });

  it('are all registered in index.ts, each from the file of its timestamp', () => {
    const index = readFileSync(join(REPO_ROOT, MIGRATIONS_PATH, 'index.ts'), 'utf8');
    const imports = [...index.matchAll(/import \{ (\w+) \} from '\.\/((\d{13})-[a-z0-9-]+)';/g)];
    for (const [, className, , timestamp] of imports) expect(className.endsWith(timestamp)).toBe(true);
    const files = readdirSync(join(REPO_ROOT, MIGRATIONS_PATH)).filter((file) => MIGRATION_FILE.test(file));
    expect(imports.map(([, , file]) => `${file}.ts`).sort()).toEqual(files.sort());
    expect(imports.map(([, className]) => className)).toEqual(MIGRATIONS.map((Migration) => Migration.name));
  });

  it('are the ones named by the history of the SQL definitions', () => {
    const timestamps = new Set(MIGRATIONS.map((Migration) => migrationTimestamp(new Migration())));
    const historyDir = join(REPO_ROOT, SQL_PATH, 'history');
    const historyFiles = readdirSync(historyDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.sql'),
    );
    expect(historyFiles.length).toBeGreaterThan(0);
    const orphans = historyFiles.filter((file) => !timestamps.has(Number(/\.(\d{13})\.sql$/.exec(file)?.[1])));
    expect(orphans).toEqual([]);
  });

  it('arrive in git with timestamps later than every migration that arrived before them', () => {
    let latest = 0;
    const late: string[] = [];
    for (const commit of history()) {
      const added = addedMigrations(commit);
      for (const file of added) {
        if (migrationFileTimestamp(file) <= latest && !ADDED_OUT_OF_ORDER.has(file)) {
          late.push(
            `${commit.id} adds ${file} after a migration of ${latest}: ` +
              `npm run migration:new -- --retime ${file.slice(0, -'.ts'.length)}`,
          );
        }
      }
      latest = Math.max(latest, ...added.map(migrationFileTimestamp));
    }
    expect(late).toEqual([]);
  });

  it('change a current SQL definition only with a new migration, keeping the text it replaces in sql/history', () => {
    const unrecorded: string[] = [];
    for (const commit of history()) {
      const migrationTimestamps = addedMigrations(commit).map(migrationFileTimestamp);
      for (const { status, path } of commit.changes) {
        const definition = CURRENT_DEFINITION.exec(path.slice(SQL_PATH.length + 1));
        if (!path.startsWith(`${SQL_PATH}/`) || !definition || status === 'A') continue;
        const [, kind, name] = definition;
        const kept = migrationTimestamps
          .map((timestamp) => `${SQL_PATH}/history/${kind}/${name}.${timestamp}.sql`)
          .some((historyPath) => commit.after(historyPath) === commit.before(path));
        if (!kept) {
          unrecorded.push(
            `${commit.id} changes ${path} without a migration that keeps its old text: ` +
              `npm run migration:new -- <name> --redefine ${kind}/${name}`,
          );
        }
      }
    }
    expect(unrecorded).toEqual([]);
  });
});

function addedMigrations(commit: Commit): string[] {
  return commit.changes
    .filter(({ status, path }) => status === 'A' && path.startsWith(`${MIGRATIONS_PATH}/`))
    .map(({ path }) => path.slice(MIGRATIONS_PATH.length + 1))
    .filter((file) => MIGRATION_FILE.test(file));
}

function migrationFileTimestamp(file: string): number {
  return Number(MIGRATION_FILE.exec(file)![1]);
}

let cachedHistory: Commit[] | undefined;

/** Every commit on the first-parent line that touched migrations or SQL, oldest first, then the working tree. */
function history(): Commit[] {
  if (cachedHistory) return cachedHistory;
  if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') {
    throw new Error('These checks need the whole git history: git fetch --unshallow');
  }
  const log = git(
    'log',
    '--first-parent',
    '--reverse',
    '--no-renames',
    '--diff-merges=first-parent',
    '--name-status',
    '--format=commit %H',
    '--',
    MIGRATIONS_PATH,
    SQL_PATH,
  );
  const commits = log
    .split(/^commit /m)
    .filter(Boolean)
    .map((entry): Commit => {
      const [id, ...lines] = entry.trim().split('\n');
      return {
        id: id.slice(0, 10),
        changes: lines.filter(Boolean).map(parseNameStatus),
        before: (path) => show(`${id}^`, path),
        after: (path) => show(id, path),
      };
    });
  cachedHistory = [...commits, workingTree()];
  return cachedHistory;
}

function workingTree(): Commit {
  const status = git(
    'status',
    '--porcelain=v1',
    '--untracked-files=all',
    '--no-renames',
    '--',
    MIGRATIONS_PATH,
    SQL_PATH,
  );
  const changes = status
    .split('\n')
    .filter(Boolean)
    .map((line): Change => {
      const code = line.slice(0, 2);
      const path = line.slice(3);
      if (code === '??' || code.includes('A')) return { status: 'A', path };
      return { status: code.includes('D') ? 'D' : 'M', path };
    });
  return {
    id: 'the working tree',
    changes,
    before: (path) => show('HEAD', path),
    after: (path) => {
      try {
        return readFileSync(join(REPO_ROOT, path), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

function parseNameStatus(line: string): Change {
  const [status, path] = line.split('\t');
  if (status !== 'A' && status !== 'M' && status !== 'D') throw new Error(`Unexpected change in git log: ${line}`);
  return { status, path };
}

function show(revision: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${revision}:${path}`], { cwd: REPO_ROOT, encoding: 'utf8', stdio: 'pipe' });
  } catch {
    return undefined;
  }
}

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=off', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
