// Turns zod issues into field path → message key (the messages of our schemas
// are catalogue keys; anything else maps to a generic text).
import type { z } from 'zod';
import { isMessageKey } from '../../shared/i18n/messages';

export function fieldsFromIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (fields[path]) continue;
    if (isMessageKey(issue.message)) fields[path] = issue.message;
    // zod 4 leaves the input out of issues, so look in the input for whether the field was given at all.
    else if (valueAt(input, issue.path) === undefined) fields[path] = 'field.required';
    else fields[path] = 'field.invalid';
  }
  return fields;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  try {
    for (const key of path) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
      value = (value as Record<PropertyKey, unknown>)[key];
    }
    return value;
  } catch {
    return null; // an input that throws when read is present but invalid
  }
}
