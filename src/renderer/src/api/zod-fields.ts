// Runs one of the contract's zod schemas in the renderer, for instant feedback,
// and turns its issues into field path → message key, the same shape main
// sends in `error.fields`.
import type { z } from 'zod';
import { isMessageKey } from '../../../shared/i18n/messages';

export type FieldErrors = Record<string, string>;

export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (fields[path]) continue;
    if (isMessageKey(issue.message)) fields[path] = issue.message;
    else if (issue.code === 'invalid_type' && issue.input === undefined) fields[path] = 'field.required';
    else fields[path] = 'field.invalid';
  }
  return fields;
}

/** Field errors of `value` against `schema`; empty when it is valid. */
export function validate(schema: z.ZodType, value: unknown): FieldErrors {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrors(result.error.issues);
}
