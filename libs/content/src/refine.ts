import { z } from 'zod';
import { MAX_OFFSET_HOURS } from './vocabulary';

export type IssueSink = z.core.$RefinementCtx;

/** Adds a rule violation at `path` (relative to the value being refined). */
export function report(ctx: IssueSink, path: PropertyKey[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

export const offsetHoursSchema = z.int().min(-MAX_OFFSET_HOURS).max(MAX_OFFSET_HOURS);
