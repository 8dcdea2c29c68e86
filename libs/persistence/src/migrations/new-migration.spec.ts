import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '../../../..');
const GENERATOR = join(REPO_ROOT, 'scripts/new-migration.mjs');

/** `npm run migration:new`, run against a copy of the persistence sources. */
describe('npm run migration:new', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'new-migration-'));
    cpSync(join(REPO_ROOT, 'libs/persistence/src/migrations'), join(root, 'migrations'), { recursive: true });
    cpSync(join(REPO_ROOT, 'libs/persistence/src/sql'), join(root, 'sql'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const generate = (...args: string[]) =>
    execFileSync(process.execPath, [GENERATOR, ...args, '--root', root], { encoding: 'utf8', stdio: 'pipe' });
  const newFiles = () => readdirSync(join(root, 'migrations')).filter((file) => file.endsWith('-candidate-notes.ts'));

  it('writes <now>-<name>.ts with its class and registers it last in index.ts', () => {
    const before = Date.now();
    generate('candidate-notes');

    const [file] = newFiles();
    const timestamp = Number(file.slice(0, 13));
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(Date.now());
    const source = readFileSync(join(root, 'migrations', file), 'utf8');
    expect(source).toContain(`export class CandidateNotes${timestamp} implements MigrationInterface {`);
    expect(source).toContain(`name = 'CandidateNotes${timestamp}';`);
    const index = readFileSync(join(root, 'migrations/index.ts'), 'utf8');
    expect(index).toContain(`import { CandidateNotes${timestamp} } from './${timestamp}-candidate-notes';`);
    expect(index).toContain(`  CandidateNotes${timestamp},\n];`);
  });

  it('with --redefine, keeps the current text in sql/history under its timestamp and moves to and from it', () => {
    generate('candidate-notes', '--redefine', 'functions/due_reminders');

    const [file] = newFiles();
    const timestamp = file.slice(0, 13);
    expect(readFileSync(join(root, `sql/history/functions/due_reminders.${timestamp}.sql`), 'utf8')).toBe(
      readFileSync(join(root, 'sql/functions/due_reminders.sql'), 'utf8'),
    );
    const source = readFileSync(join(root, 'migrations', file), 'utf8');
    expect(source).toContain("await applyDefinitions(queryRunner, this, ['functions/due_reminders']);");
    expect(source).toContain("await restoreDefinitions(queryRunner, this, ['functions/due_reminders']);");
  });

  it('with --retime, moves a migration to now: file, class, last place in index.ts and its history files', () => {
    const historyOfDueReminders = () =>
      readdirSync(join(root, 'sql/history/functions')).filter((file) => file.startsWith('due_reminders.'));
    const earlier = historyOfDueReminders(); // from migrations already in the tree
    generate('candidate-notes', '--redefine', 'functions/due_reminders');
    const [first] = newFiles();
    const before = first.slice(0, 13);
    generate('--retime', first.slice(0, -'.ts'.length));

    const [moved] = newFiles();
    const after = moved.slice(0, 13);
    expect(Number(after)).toBeGreaterThan(Number(before));
    expect(readFileSync(join(root, 'migrations', moved), 'utf8')).toContain(`export class CandidateNotes${after} `);
    const index = readFileSync(join(root, 'migrations/index.ts'), 'utf8');
    expect(index).not.toContain(before);
    expect(index).toContain(`import { CandidateNotes${after} } from './${after}-candidate-notes';`);
    expect(index).toContain(`  CandidateNotes${after},\n];`);
    expect(historyOfDueReminders().filter((file) => !earlier.includes(file))).toEqual([`due_reminders.${after}.sql`]);
  });

  it('refuses a name that is not kebab-case, and a definition that does not exist, writing nothing', () => {
    expect(() => generate('Candidate_Notes')).toThrow(/kebab-case/);
    expect(() => generate('candidate-notes', '--redefine', 'functions/nothing_here')).toThrow(/No current definition/);
    expect(newFiles()).toEqual([]);
    expect(readFileSync(join(root, 'migrations/index.ts'), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'libs/persistence/src/migrations/index.ts'), 'utf8'),
    );
  });
});
