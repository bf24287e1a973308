import { useCallback, useState } from 'react';
import type { FieldErrors } from '../api/zod-fields';

/** Field errors of a small form; a field's error goes away as soon as the user changes it. */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const clear = useCallback((...paths: string[]) => {
    setErrors((current) => {
      if (!paths.some((path) => path in current)) return current;
      const next = { ...current };
      for (const path of paths) delete next[path];
      return next;
    });
  }, []);
  return { errors, setErrors, clear };
}
