import { describe, expect, it, afterEach } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ContentValidationError, EMAIL_TEMPLATE_KINDS, loadContent } from './index';

const CONTENT_DIR = resolve(__dirname, '../../../content');
const PLAN_FILE = 'plans/second-interview-prep.json';

type Json = Record<string, any>;

const copies: string[] = [];

function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'prep-content-'));
  cpSync(CONTENT_DIR, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

function editJson(dir: string, file: string, edit: (data: Json) => void): void {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8')) as Json;
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

function loadError(dir: string): ContentValidationError {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentValidationError) return error;
    throw error;
  }
  throw new Error('Expected the content to be rejected');
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadContent on the real content directory', () => {
  it('loads the built-in plan and one template per email kind', () => {
    const content = loadContent(CONTENT_DIR);

    expect(content.plans.map((plan) => plan.key)).toEqual(['second-interview-prep']);
    expect(Object.keys(content.emails).sort()).toEqual([...EMAIL_TEMPLATE_KINDS].sort());
  });

  it('joins line arrays into single-string bodies', () => {
    const { emails } = loadContent(CONTENT_DIR);

    expect(typeof emails.assignment.text).toBe('string');
    expect(emails.assignment.text).toContain('\n');
  });
});

describe('loadContent on broken copies', () => {
  it('names the file and path of an unknown item kind', () => {
    const dir = copyContent();
    editJson(dir, PLAN_FILE, (plan) => {
      plan.sections[2].items[0].kind = 'quiz';
    });

    expect(loadError(dir).message).toContain(`${PLAN_FILE}: sections[2].items[0].kind: Invalid option`);
  });

  it('rejects a duplicate item key and points at the second use', () => {
    const dir = copyContent();
    editJson(dir, PLAN_FILE, (plan) => {
      plan.sections[1].items[0].key = plan.sections[0].items[0].key;
    });

    const message = loadError(dir).message;
    expect(message).toContain(`${PLAN_FILE}: sections[1].items[0].key: Duplicate item key`);
    expect(message).toContain('first used at sections[0].items[0]');
  });

  it('rejects a schedule entry naming an item that does not exist', () => {
    const dir = copyContent();
    editJson(dir, PLAN_FILE, (plan) => {
      plan.reminderSchedule[1].itemKeys.push('no-such-item');
    });

    const last = readPlan(dir).reminderSchedule[1].itemKeys.length - 1;
    expect(loadError(dir).message).toContain(
      `${PLAN_FILE}: reminderSchedule[1].itemKeys[${last}]: Unknown item key "no-such-item"`,
    );
  });

  it('rejects markup and javascript: URLs in plan text', () => {
    const dir = copyContent();
    editJson(dir, PLAN_FILE, (plan) => {
      plan.sections[0].items[1].guidance = 'Read more at javascript:alert(1)';
      plan.sections[3].items[0].followUps[1] = 'Is <b>this</b> bold?';
    });

    const message = loadError(dir).message;
    expect(message).toContain(`${PLAN_FILE}: sections[0].items[1].guidance: Must be plain text`);
    expect(message).toContain(`${PLAN_FILE}: sections[3].items[0].followUps[1]: Must be plain text`);
  });

  it('requires a template for every email kind', () => {
    const dir = copyContent();
    unlinkSync(join(dir, 'emails/follow-up-nudge.json'));

    expect(loadError(dir).message).toBe('emails/follow-up-nudge.json: Missing the email template for "follow-up-nudge"');
  });

  it('rejects an unknown placeholder in an email template', () => {
    const dir = copyContent();
    editJson(dir, 'emails/reflect.json', (email) => {
      email.subject = 'Hello {{firstName}}';
    });

    expect(loadError(dir).message).toContain('emails/reflect.json: subject: Unknown placeholder {{firstName}}');
  });

  it('rejects a file whose name does not match its key', () => {
    const dir = copyContent();
    editJson(dir, 'emails/practice.json', (email) => {
      email.kind = 'final-check';
    });

    expect(loadError(dir).message).toContain('emails/practice.json: File name must match its key');
  });

  it('reports invalid JSON and every problem at once', () => {
    const dir = copyContent();
    writeFileSync(join(dir, 'emails/reflect.json'), '{ not json');
    editJson(dir, PLAN_FILE, (plan) => {
      plan.sections[0].items[0].dueOffsetHours = -5000;
    });

    const error = loadError(dir);
    expect(error.issues).toHaveLength(2);
    expect(error.message).toContain('emails/reflect.json: Invalid JSON');
    expect(error.message).toContain(`${PLAN_FILE}: sections[0].items[0].dueOffsetHours: Too small`);
  });
});

function readPlan(dir: string): Json {
  return JSON.parse(readFileSync(join(dir, PLAN_FILE), 'utf8')) as Json;
}
