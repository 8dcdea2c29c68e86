import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EmailTemplate } from './email-schema';
import { ContentValidationError, type ContentIssue } from './errors';
import { checkEmailTemplate, checkPlanTemplate, type ParseResult } from './parse-content';
import type { PlanTemplate } from './plan-schema';
import { EMAIL_TEMPLATE_KINDS, type EmailTemplateKind } from './vocabulary';

export type EmailTemplates = Readonly<Record<EmailTemplateKind, EmailTemplate>>;

export interface Content {
  /** Built-in plans, sorted by key. */
  readonly plans: readonly PlanTemplate[];
  readonly emails: EmailTemplates;
}

const PLANS_DIR = 'plans';
const EMAILS_DIR = 'emails';

/**
 * Reads and validates `plans/*.json` and `emails/*.json` under `contentDir`. Synchronous on
 * purpose: it runs once at startup, and a half-loaded catalogue is never useful.
 * Throws ContentValidationError listing every problem found.
 */
export function loadContent(contentDir: string): Content {
  const issues: ContentIssue[] = [];
  const plans = loadValid(contentDir, PLANS_DIR, checkPlanTemplate, (plan) => plan.key, issues);
  const emails = loadValid(contentDir, EMAILS_DIR, checkEmailTemplate, (email) => email.kind, issues);

  if (plans.length === 0 && !issues.some((issue) => issue.file.startsWith(`${PLANS_DIR}/`))) {
    issues.push({ file: `${PLANS_DIR}/`, path: '', message: 'No plan files found' });
  }
  const emailsByKind = indexEmails(emails, contentDir, issues);
  if (issues.length > 0) throw new ContentValidationError(issues);
  return { plans: plans.sort((a, b) => a.key.localeCompare(b.key)), emails: emailsByKind };
}

interface JsonFile {
  /** Relative to the content directory, forward slashes. */
  readonly name: string;
  readonly data: unknown;
}

function readJsonFiles(contentDir: string, subdir: string, issues: ContentIssue[]): JsonFile[] {
  const dir = join(contentDir, subdir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    issues.push({ file: `${subdir}/`, path: '', message: 'Directory not found' });
    return [];
  }
  const files: JsonFile[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const name = `${subdir}/${entry}`;
    if (!entry.endsWith('.json')) {
      issues.push({ file: name, path: '', message: 'Only .json files belong here' });
      continue;
    }
    const data = readJson(join(dir, entry), name, issues);
    if (data !== undefined) files.push({ name, data });
  }
  return files;
}

function readJson(absolutePath: string, name: string, issues: ContentIssue[]): unknown {
  try {
    return JSON.parse(readFileSync(absolutePath, 'utf8')) as unknown;
  } catch (error) {
    issues.push({ file: name, path: '', message: `Invalid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

type Check<T> = (data: unknown, file: string) => ParseResult<T>;

function loadValid<T>(contentDir: string, subdir: string, check: Check<T>, keyOf: (value: T) => string, issues: ContentIssue[]): T[] {
  const valid: T[] = [];
  for (const file of readJsonFiles(contentDir, subdir, issues)) {
    const result = check(file.data, file.name);
    if (!result.ok) issues.push(...result.issues);
    else if (fileNamedAfter(file.name, keyOf(result.value), issues)) valid.push(result.value);
  }
  return valid;
}

// One file per plan or email kind, named after it, so a file can be found from its key.
function fileNamedAfter(file: string, key: string, issues: ContentIssue[]): boolean {
  const expected = `${file.slice(0, file.lastIndexOf('/') + 1)}${key}.json`;
  if (file === expected) return true;
  issues.push({ file, path: '', message: `File name must match its key: expected ${expected}` });
  return false;
}

// Every kind must have a template, so no reminder can come due with nothing to send.
function indexEmails(emails: readonly EmailTemplate[], contentDir: string, issues: ContentIssue[]): EmailTemplates {
  const byKind = new Map(emails.map((email) => [email.kind, email]));
  for (const kind of EMAIL_TEMPLATE_KINDS) {
    // A file that exists but failed validation has already been reported.
    if (!byKind.has(kind) && !existsSync(join(contentDir, EMAILS_DIR, `${kind}.json`))) {
      issues.push({ file: `${EMAILS_DIR}/${kind}.json`, path: '', message: `Missing the email template for "${kind}"` });
    }
  }
  return Object.fromEntries(byKind) as Record<EmailTemplateKind, EmailTemplate>;
}
