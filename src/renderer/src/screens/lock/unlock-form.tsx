import { Button, PasswordInput, Stack } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import type { FieldErrors } from '../../api/zod-fields';
import { BusyStatus } from '../../components/busy-status';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';
import { useSignInErrors } from './use-sign-in-errors';
import { UserSelect, type SignInFormProps } from './user-select';

export function UnlockForm({ users, username, onUsernameChange }: SignInFormProps) {
  const t = useT();
  const unlock = useSessionStore((s) => s.unlock);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { setErrors, clear, error, errorAt, fieldError, throttledFor, clearRefusal, refused } =
    useSignInErrors();
  const passwordRef = useRef<HTMLInputElement>(null);

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
    refused(failure);
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
            clearRefusal();
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
