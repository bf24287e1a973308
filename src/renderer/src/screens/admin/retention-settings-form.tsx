// Administration → Inställningar: the retention rules' days beside gallring,
// each with its default shown. Checked with the contract's schema before
// saving; main checks again.
import { Button, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { retentionSettings, type RetentionSettings } from '../../../../shared/erasure/retention-rules';
import { validate } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { notifySuccess } from '../../components/notify';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { appErrorOf } from '../../data/api-failure';
import { useApiMutation } from '../../data/use-api-mutation';
import { useApiQuery } from '../../data/use-api-query';

const fields = ['waitingEntryDays', 'staleAfterDays', 'childWithoutEnrolmentDays'] as const;
type Values = Record<keyof RetentionSettings, number | string>;

export function RetentionSettingsForm() {
  const t = useT();
  const query = useApiQuery('retention:settings', {});
  const settings = query.data ?? null;
  const loadError = appErrorOf(query.error);
  const update = useApiMutation('retention:updateSettings');
  const [values, setValues] = useState<Values | null>(null);
  const { errors, setErrors, clear } = useFormErrors();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });

  useEffect(() => {
    if (settings) setValues(settings);
  }, [settings]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values || busy) return;
    const input = Object.fromEntries(
      fields.map((f) => [f, typeof values[f] === 'number' ? values[f] : Number.NaN]),
    ) as RetentionSettings;
    const found = validate(retentionSettings, input);
    for (const f of fields) if (found[f]) found[f] = 'retention.daysRange';
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await update.run(input);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    notifySuccess(t('retentionSettings.saved'));
  }

  return (
    <Stack gap="md" maw={560} mt="xl">
      <Title order={2} size="h3">
        {t('retentionSettings.heading')}
      </Title>
      <Text size="sm">{t('retentionSettings.intro')}</Text>
      <ErrorAlert error={loadError} />
      {!values && !loadError ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        values && (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="md">
              {fields.map((f) => (
                <NumberInput
                  key={f}
                  label={t(`retentionSettings.${f}`)}
                  description={t(`retentionSettings.${f}Hint`)}
                  value={values[f]}
                  onChange={(value) => {
                    setValues({ ...values, [f]: value });
                    clear(f);
                  }}
                  step={1}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  error={fieldError(f)}
                  required
                  classNames={{ wrapper: 'narrow-input' }}
                />
              ))}
              <ErrorAlert error={error} />
              <div>
                <Button type="submit" loading={busy}>
                  {t('retentionSettings.save')}
                </Button>
              </div>
            </Stack>
          </form>
        )
      )}
    </Stack>
  );
}
