import { createHash } from 'node:crypto';
import type { PlanTemplate } from './plan-schema';

/**
 * JSON with object keys sorted at every depth, so the same content always yields the same
 * bytes whatever order it was written or stored in. Array order is content and is kept.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot hash the number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  throw new TypeError(`Cannot hash a value of type ${typeof value}`);
}

/** sha256 (hex) of the plan's canonical JSON: identical content, identical template version. */
export function contentHash(plan: PlanTemplate): string {
  return createHash('sha256').update(canonicalJson(plan), 'utf8').digest('hex');
}
