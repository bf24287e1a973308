import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { contract } from '../../../../shared/ipc/contract';
import { roles, type Role } from '../../../../shared/roles';
import { validate } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { useUsersStore } from '../../stores/users-store';
import { TemporaryPasswordInput } from './temporary-password-input';
import { notifySuccess } from '../../components/notify';
import { AppModal } from '../../components/app-modal';

const empty = { displayName: '', username: '', role: 'caseworker' as Role, temporaryPassword: '' };

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const t = useT();
  const create = useUsersStore((s) => s.create);
  const [values, setValues] = useState(empty);
  const { errors, setErrors, clear } = useFormErrors();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });
  const change = (patch: Partial<typeof empty>) => {
    setValues((v) => ({ ...v, ...patch }));
    clear(...Object.keys(patch));
  };

  function close() {
    setValues(empty);
    setErrors({});
    setError(null);
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(contract['users:create'].input, values);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await create(values);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notifySuccess(t('users.created', { name: result.value.displayName }), 8000);
    close();
  }

  return (
    <AppModal opened={opened} onClose={close} title={t('users.createTitle')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('setup.displayName')}
            value={values.displayName}
            onChange={(e) => change({ displayName: e.currentTarget.value })}
            error={fieldError('displayName')}
            required
            autoComplete="off"
            data-autofocus
          />
          <TextInput
            label={t('setup.username')}
            description={t('setup.usernameHint')}
            value={values.username}
            onChange={(e) => change({ username: e.currentTarget.value })}
            error={fieldError('username')}
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
            error={fieldError('role')}
            required
          />
          <TemporaryPasswordInput
            label={t('users.temporaryPassword')}
            value={values.temporaryPassword}
            error={fieldError('temporaryPassword')}
            onChange={(temporaryPassword) => change({ temporaryPassword })}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
