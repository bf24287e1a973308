import { Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { ErrorAlert } from '../../components/error-alert';
import { PasswordStrengthMeter } from '../../components/password-strength-meter';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { adminStepErrors, type SetupValues } from './setup-values';

interface Props {
  values: SetupValues;
  busy: boolean;
  /** An error from main (e.g. a field the server refused). */
  error: AppError | null;
  onChange(values: Partial<SetupValues>): void;
  onBack(): void;
  onCreate(): void;
}

export function AdminStep({ values, busy, error, onChange, onBack, onCreate }: Props) {
  const t = useT();
  const { errors, setErrors, clear } = useFormErrors();
  const fieldError = useFieldError({ ...errors, ...(error?.fields ?? {}) });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = adminStepErrors(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onCreate();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3" tabIndex={-1} data-step-heading>
          {t('setup.adminHeading')}
        </Title>
        <Text size="sm">{t('setup.adminIntro')}</Text>
        <TextInput
          label={t('setup.displayName')}
          description={t('setup.displayNameHint')}
          value={values.displayName}
          onChange={(e) => {
            onChange({ displayName: e.currentTarget.value });
            clear('admin.displayName');
          }}
          error={fieldError('admin.displayName')}
          required
          autoComplete="name"
        />
        <TextInput
          label={t('setup.username')}
          description={t('setup.usernameHint')}
          value={values.username}
          onChange={(e) => {
            onChange({ username: e.currentTarget.value });
            clear('admin.username');
          }}
          error={fieldError('admin.username')}
          required
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
        />
        <PasswordInput
          label={t('setup.password')}
          description={t('password.hint')}
          value={values.password}
          onChange={(e) => {
            onChange({ password: e.currentTarget.value });
            clear('admin.password', 'passwordRepeat');
          }}
          error={fieldError('admin.password')}
          required
          autoComplete="new-password"
        />
        <PasswordStrengthMeter password={values.password} />
        <PasswordInput
          label={t('password.repeat')}
          value={values.passwordRepeat}
          onChange={(e) => {
            onChange({ passwordRepeat: e.currentTarget.value });
            clear('passwordRepeat');
          }}
          error={fieldError('passwordRepeat')}
          required
          autoComplete="new-password"
        />
        <ErrorAlert error={error} />
        <Group justify="space-between">
          <Button variant="default" onClick={onBack} disabled={busy}>
            {t('common.back')}
          </Button>
          <Button type="submit" loading={busy} loaderProps={{ 'aria-label': t('setup.creating') }}>
            {t('setup.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
