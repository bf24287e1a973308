import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useSecondsLeft } from '../../components/use-seconds-left';

/**
 * The errors of a lock-screen form: its own field errors, the last refusal
 * from main and when it came, the field errors of both, and how many seconds
 * a throttle still holds the submit button.
 */
export function useSignInErrors() {
  const { errors, setErrors, clear } = useFormErrors();
  const [error, setError] = useState<AppError | null>(null);
  const [errorAt, setErrorAt] = useState(0);
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });
  const throttledFor = useSecondsLeft(
    error?.retryAfterSeconds ? errorAt + error.retryAfterSeconds * 1000 : null,
  );
  return {
    setErrors,
    clear,
    error,
    errorAt,
    fieldError,
    throttledFor,
    clearRefusal: () => setError(null),
    refused(failure: AppError): void {
      setError(failure);
      setErrorAt(Date.now());
    },
  };
}
