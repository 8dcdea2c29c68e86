/** A bad flag: reported in one line, without a stack. */
export class UsageError extends Error {}

export function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new UsageError(`${flag} must be a positive integer, got "${value}"`);
  return parsed;
}
