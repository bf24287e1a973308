import { PasswordInput, Stack } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import type { FieldErrors } from '../../api/zod-fields';
import { useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';
import { SignInSubmit } from './sign-in-submit';
import { useSignInErrors } from './use-sign-in-errors';
import { UserSelect, type SignInFormProps } from './user-select';

export function UnlockForm(props: SignInFormProps) {
  const { username } = props;
  const t = useT();
  const unlock = useSessionStore((s) => s.unlock);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const attempt = useSignInErrors();
  const { setErrors, clear, fieldError, clearRefusal, refused } = attempt;
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
          {...props}
          error={fieldError('username')}
          onChosen={() => {
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
        <SignInSubmit attempt={attempt} busy={busy} failedTitle={t('lock.failed')} label={t('lock.unlock')} />
      </Stack>
    </form>
  );
}
