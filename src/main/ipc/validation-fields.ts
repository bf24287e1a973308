// Turns zod issues into field path → message key (the messages of our schemas
// are catalogue keys; anything else maps to a generic text).
import type { z } from 'zod';
import { isMessageKey } from '../../shared/i18n/messages';

export function fieldsFromIssues(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (fields[path]) continue;
    if (isMessageKey(issue.message)) fields[path] = issue.message;
    else if (issue.code === 'invalid_type' && issue.input === undefined) fields[path] = 'field.required';
    else fields[path] = 'field.invalid';
  }
  return fields;
}
