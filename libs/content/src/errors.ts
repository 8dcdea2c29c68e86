/** One problem found in the content: which file, where inside it, and what is wrong. */
export interface ContentIssue {
  /** Path relative to the content directory, with forward slashes, e.g. `plans/x.json`. */
  readonly file: string;
  /** Location inside the file, e.g. `sections[2].items[0].kind`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

/** Thrown with every issue found, one per line, so a single run shows all that needs fixing. */
export class ContentValidationError extends Error {
  override readonly name = 'ContentValidationError';

  constructor(readonly issues: readonly ContentIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

/** `['sections', 2, 'items', 0, 'kind']` → `sections[2].items[0].kind`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}
