import type { FieldErrors } from '../api/zod-fields';
import { useMessage } from '../i18n/use-t';

/** Translates the message key of one field path (for a Mantine input's `error` prop). */
export function useFieldError(fields: FieldErrors): (path: string) => string | undefined {
  const text = useMessage();
  return (path) => {
    const key = fields[path];
    return key ? text(key) : undefined;
  };
}
