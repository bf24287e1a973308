import { Button, PasswordInput, Stack } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { LockScreenUser } from '../../../../shared/ipc/auth';
import type { FieldErrors } from '../../api/zod-fields';
import { BusyStatus } from '../../components/busy-status';
import { ErrorAlert } from '../../components/error-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useSecondsLeft } from '../../components/use-seconds-left';
import { useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';
import { UserSelect } from './user-select';

interface Props {
  users: LockScreenUser[];
  username: string;
  onUsernameChange(username: string): void;
}

export function UnlockForm({ users, username, onUsernameChange }: Props) {
  const t = useT();
  const unlock = useSessionStore((s) => s.unlock);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFormErrors();
  const [error, setError] = useState<AppError | null>(null);
  const [errorAt, setErrorAt] = useState(0);
  const passwordRef = useRef<HTMLInputElement>(null);
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });
  const throttledFor = useSecondsLeft(
    error?.retryAfterSeconds ? errorAt + error.retryAfterSeconds * 1000 : null,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!username) found.username = 'field.required';
    if (!password) found.password = 'field.required';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const failure = await unlock(username, password);
    if (!failure) return; // The lock screen is gone.
    setBusy(false);
    setError(failure);
    setErrorAt(Date.now());
    setPassword('');
    passwordRef.current?.focus();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <UserSelect
          users={users}
          value={username}
          error={fieldError('username')}
          onChange={(value) => {
            onUsernameChange(value);
            clear('username');
            setError(null);
          }}
        />
        <PasswordInput
          ref={passwordRef}
          label={t('lock.password')}
          value={password}
          onChange={(e) => {
            setPassword(e.currentTarget.value);
            clear('password');
          }}
          error={fieldError('password')}
          required
          autoComplete="current-password"
          data-autofocus
        />
        <ErrorAlert error={error} receivedAt={errorAt} title={t('lock.failed')} />
        <Button type="submit" loading={busy} disabled={throttledFor > 0} fullWidth>
          {t('lock.unlock')}
        </Button>
        <BusyStatus busy={busy} label={t('lock.unlocking')} />
      </Stack>
    </form>
  );
}
