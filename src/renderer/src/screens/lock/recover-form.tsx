import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { LockScreenUser } from '../../../../shared/ipc/auth';
import { contract } from '../../../../shared/ipc/contract';
import { validate } from '../../api/zod-fields';
import { BusyStatus } from '../../components/busy-status';
import { ErrorAlert } from '../../components/error-alert';
import { NewPasswordFields } from '../../components/new-password-fields';
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

export function RecoverForm({ users, username, onUsernameChange }: Props) {
  const t = useT();
  const recover = useSessionStore((s) => s.recover);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFormErrors();
  const [error, setError] = useState<AppError | null>(null);
  const [errorAt, setErrorAt] = useState(0);
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });
  const throttledFor = useSecondsLeft(
    error?.retryAfterSeconds ? errorAt + error.retryAfterSeconds * 1000 : null,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(contract['auth:recover'].input, { username, recoveryKey, newPassword });
    if (!found.newPassword && newPassword !== repeat) found.repeat = 'password.mismatch';
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const failure = await recover(username, recoveryKey.trim(), newPassword);
    if (!failure) return;
    setBusy(false);
    setError(failure);
    setErrorAt(Date.now());
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('recover.intro')}</Text>
        <UserSelect
          users={users}
          value={username}
          error={fieldError('username')}
          onChange={(value) => {
            onUsernameChange(value);
            clear('username');
          }}
        />
        <TextInput
          label={t('recover.recoveryKey')}
          description={t('recover.recoveryKeyHint')}
          value={recoveryKey}
          onChange={(e) => {
            setRecoveryKey(e.currentTarget.value);
            clear('recoveryKey');
          }}
          error={fieldError('recoveryKey')}
          required
          autoComplete="off"
          spellCheck={false}
          classNames={{ input: 'monospace-input' }}
        />
        <NewPasswordFields
          newPassword={newPassword}
          repeat={repeat}
          onNewPassword={(value) => {
            setNewPassword(value);
            clear('newPassword', 'repeat');
          }}
          onRepeat={(value) => {
            setRepeat(value);
            clear('repeat');
          }}
          fieldError={fieldError}
        />
        <ErrorAlert error={error} receivedAt={errorAt} title={t('recover.failed')} />
        <Button type="submit" loading={busy} disabled={throttledFor > 0} fullWidth>
          {t('recover.submit')}
        </Button>
        <BusyStatus busy={busy} label={t('lock.unlocking')} />
      </Stack>
    </form>
  );
}
