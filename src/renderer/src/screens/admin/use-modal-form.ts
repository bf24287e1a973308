import { useState } from 'react';
import type { AppError, Envelope } from '../../../../shared/envelope';
import type { FieldErrors } from '../../api/zod-fields';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';

/**
 * A modal form of the user admin: its field errors, the refusal from main,
 * busy while it saves. `close` empties it (through `reset`) and closes;
 * `submit` shows the field errors found, or saves and on success reports the
 * saved value and closes.
 */
export function useModalForm(reset: () => void, onClose: () => void) {
  const { errors, setErrors, clear } = useFormErrors();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });

  function close() {
    reset();
    setErrors({});
    setError(null);
    onClose();
  }

  async function submit<T>(found: FieldErrors, save: () => Promise<Envelope<T>>, saved: (value: T) => void) {
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await save();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    saved(result.value);
    close();
  }

  return { clear, error, busy, fieldError, close, submit };
}
