import { Button, NumberInput, Stack, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { appSettings } from '../../../../shared/ipc/settings';
import { validate } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { updateSettings as update, useSettings } from './use-admin-data';
import { notifySuccess } from '../../components/notify';

export function SettingsTab() {
  const t = useT();
  const { settings, error: loadError } = useSettings();
  const [minutes, setMinutes] = useState<number | string>('');
  const { errors, setErrors, clear } = useFormErrors();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });

  useEffect(() => {
    if (settings) setMinutes(settings.idleLockMinutes);
  }, [settings]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = { idleLockMinutes: typeof minutes === 'number' ? minutes : Number.NaN };
    const found = validate(appSettings, value);
    // An empty or non-numeric box says the same as an out-of-range number.
    if (found.idleLockMinutes) found.idleLockMinutes = 'idleMinutes.range';
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await update(value);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notifySuccess(t('settings.saved'));
  }

  return (
    <Stack gap="md" maw={560}>
      <Title order={2} size="h3">
        {t('settings.heading')}
      </Title>
      <ErrorAlert error={loadError} />
      {!settings && !loadError ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <NumberInput
              label={t('settings.idleLock')}
              description={t('settings.idleLockHint')}
              value={minutes}
              onChange={(value) => {
                setMinutes(value);
                clear('idleLockMinutes');
              }}
              min={1}
              max={120}
              step={1}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              error={fieldError('idleLockMinutes')}
              required
              classNames={{ wrapper: 'narrow-input' }}
            />
            <ErrorAlert error={error} />
            <div>
              <Button type="submit" loading={busy}>
                {t('common.save')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
