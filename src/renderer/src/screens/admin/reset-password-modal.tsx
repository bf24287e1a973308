import { Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { contract } from '../../../../shared/ipc/contract';
import type { User } from '../../../../shared/ipc/users';
import { validate } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { runApi } from '../../data/use-api-mutation';
import { TemporaryPasswordInput } from './temporary-password-input';
import { notifySuccess } from '../../components/notify';
import { AppModal } from '../../components/app-modal';
import { CancelSubmit } from '../../components/cancel-submit';
import { useModalForm } from './use-modal-form';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose(): void }) {
  const t = useT();
  const [password, setPassword] = useState('');
  const form = useModalForm(() => setPassword(''), onClose);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!user) return;
    await form.submit(
      validate(contract['users:resetPassword'].input, { userId: user.id, temporaryPassword: password }),
      () => runApi('users:resetPassword', { userId: user.id, temporaryPassword: password }),
      (reset) => notifySuccess(t('users.resetDone', { name: reset.displayName }), 8000),
    );
  }

  return (
    <AppModal
      opened={user !== null}
      onClose={form.close}
      title={user ? t('users.resetTitle', { name: user.displayName }) : ''}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <TemporaryPasswordInput
            label={t('users.newTemporaryPassword')}
            value={password}
            error={form.fieldError('temporaryPassword')}
            onChange={(value) => {
              setPassword(value);
              form.clear('temporaryPassword');
            }}
          />
          <ErrorAlert error={form.error} />
          <CancelSubmit onCancel={form.close} busy={form.busy} submitLabel={t('users.resetSubmit')} />
        </Stack>
      </form>
    </AppModal>
  );
}
