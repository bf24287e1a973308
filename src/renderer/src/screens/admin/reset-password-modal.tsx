import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { contract } from '../../../../shared/ipc/contract';
import type { User } from '../../../../shared/ipc/users';
import { validate } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { useUsersStore } from '../../stores/users-store';
import { TemporaryPasswordInput } from './temporary-password-input';
import { notifySuccess } from '../../components/notify';
import { AppModal } from '../../components/app-modal';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose(): void }) {
  const t = useT();
  const resetPassword = useUsersStore((s) => s.resetPassword);
  const [password, setPassword] = useState('');
  const { errors, setErrors, clear } = useFormErrors();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });

  function close() {
    setPassword('');
    setErrors({});
    setError(null);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!user) return;
    const found = validate(contract['users:resetPassword'].input, {
      userId: user.id,
      temporaryPassword: password,
    });
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await resetPassword(user.id, password);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notifySuccess(t('users.resetDone', { name: result.value.displayName }), 8000);
    close();
  }

  return (
    <AppModal
      opened={user !== null}
      onClose={close}
      title={user ? t('users.resetTitle', { name: user.displayName }) : ''}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <TemporaryPasswordInput
            label={t('users.newTemporaryPassword')}
            value={password}
            error={fieldError('temporaryPassword')}
            onChange={(value) => {
              setPassword(value);
              clear('temporaryPassword');
            }}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('users.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
