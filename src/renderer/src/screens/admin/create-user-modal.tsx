import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { contract } from '../../../../shared/ipc/contract';
import { roles, type Role } from '../../../../shared/roles';
import { validate } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { runApi } from '../../data/use-api-mutation';
import { TemporaryPasswordInput } from './temporary-password-input';
import { notifySuccess } from '../../components/notify';
import { AppModal } from '../../components/app-modal';
import { CancelSubmit } from '../../components/cancel-submit';
import { useModalForm } from './use-modal-form';

const empty = { displayName: '', username: '', role: 'caseworker' as Role, temporaryPassword: '' };

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const t = useT();
  const [values, setValues] = useState(empty);
  const form = useModalForm(() => setValues(empty), onClose);
  const change = (patch: Partial<typeof empty>) => {
    setValues((v) => ({ ...v, ...patch }));
    form.clear(...Object.keys(patch));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.submit(
      validate(contract['users:create'].input, values),
      () => runApi('users:create', values),
      (user) => notifySuccess(t('users.created', { name: user.displayName }), 8000),
    );
  }

  return (
    <AppModal opened={opened} onClose={form.close} title={t('users.createTitle')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('setup.displayName')}
            value={values.displayName}
            onChange={(e) => change({ displayName: e.currentTarget.value })}
            error={form.fieldError('displayName')}
            required
            autoComplete="off"
            data-autofocus
          />
          <TextInput
            label={t('setup.username')}
            description={t('setup.usernameHint')}
            value={values.username}
            onChange={(e) => change({ username: e.currentTarget.value })}
            error={form.fieldError('username')}
            required
            autoComplete="off"
            spellCheck={false}
          />
          <NativeSelect
            label={t('users.role')}
            description={t(`users.roleHint.${values.role}`)}
            value={values.role}
            onChange={(e) => change({ role: e.currentTarget.value as Role })}
            data={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            error={form.fieldError('role')}
            required
          />
          <TemporaryPasswordInput
            label={t('users.temporaryPassword')}
            value={values.temporaryPassword}
            error={form.fieldError('temporaryPassword')}
            onChange={(temporaryPassword) => change({ temporaryPassword })}
          />
          <ErrorAlert error={form.error} />
          <CancelSubmit onCancel={form.close} busy={form.busy} submitLabel={t('users.create')} />
        </Stack>
      </form>
    </AppModal>
  );
}
