// Current password, new password twice. Used after an admin reset (forced)
// and from the user menu.
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { contract } from '../../../../shared/ipc/contract';
import { validate } from '../../api/zod-fields';
import { BusyStatus } from '../../components/busy-status';
import { ErrorAlert } from '../../components/error-alert';
import { NewPasswordFields } from '../../components/new-password-fields';
import { useNewPassword } from '../../components/use-new-password';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';

interface Props {
  temporary: boolean;
  onDone(): void;
  /** Extra buttons beside the submit button (e.g. Avbryt). */
  secondary?: ReactNode;
}

export function ChangePasswordForm({ temporary, onDone, secondary }: Props) {
  const t = useT();
  const changePassword = useSessionStore((s) => s.changePassword);
  const [currentPassword, setCurrentPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFormErrors();
  const password = useNewPassword(clear);
  const { newPassword } = password;
  const [error, setError] = useState<AppError | null>(null);
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(contract['auth:changePassword'].input, { currentPassword, newPassword });
    password.checkRepeat(found);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const failure = await changePassword(currentPassword, newPassword);
    setBusy(false);
    if (failure) {
      setError(failure);
      return;
    }
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <PasswordInput
          label={temporary ? t('changePassword.currentTemporary') : t('changePassword.current')}
          value={currentPassword}
          onChange={(e) => {
            setCurrentPassword(e.currentTarget.value);
            clear('currentPassword');
          }}
          error={fieldError('currentPassword')}
          required
          autoComplete="current-password"
          data-autofocus
        />
        <NewPasswordFields {...password.fields} fieldError={fieldError} />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          {secondary}
          <Button type="submit" loading={busy}>
            {t('changePassword.submit')}
          </Button>
        </Group>
        <BusyStatus busy={busy} label={t('common.saving')} />
      </Stack>
    </form>
  );
}
