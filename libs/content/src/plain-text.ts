import { z } from 'zod';

// Plan text is rendered by the candidate page and copied into emails; keeping it free of
// markup means no consumer ever has to decide whether to trust it.
const MARKUP_PATTERN = /[<>]|javascript:/i;

export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const keySchema = z
  .string()
  .regex(KEY_PATTERN, 'Must be kebab-case: lowercase letters and digits joined by single dashes');

export const plainTextSchema = z
  .string()
  .refine((value) => value.trim().length > 0, 'Must not be blank')
  .refine((value) => !MARKUP_PATTERN.test(value), 'Must be plain text: no "<", ">" or "javascript:"');
