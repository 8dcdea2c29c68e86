import { readFileSync } from 'node:fs';

/** A Markdown file's lines outside fenced code blocks, where links and headings mean something. */
export function proseLines(path: string): string[] {
  let inFence = false;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => {
      if (/^\s*```/.test(line)) {
        inFence = !inFence;
        return false;
      }
      return !inFence;
    });
}

/** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function headingAnchors(path: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(path)) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
    if (!heading) continue;
    const slug = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const repeats = seen.get(slug) ?? 0;
    seen.set(slug, repeats + 1);
    anchors.add(repeats === 0 ? slug : `${slug}-${repeats}`);
  }
  return anchors;
}

/** Every inline link target, e.g. `docs/reminders.md#sending` or `https://…`. */
export function linkTargets(path: string): string[] {
  return proseLines(path).flatMap((line) =>
    [...line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]),
  );
}

/** The first column of the Markdown table under a `## ` heading, one array of cells per row. */
export function firstColumnUnder(path: string, heading: string): string[] {
  const lines = proseLines(path);
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) throw new Error(`no "## ${heading}" in ${path}`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((line) => line.startsWith('|') && !/^\|\s*-+/.test(line))
    .slice(1) // the header row
    .map((line) => line.split('|')[1].trim());
}
