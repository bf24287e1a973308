// The admin's report settings: the suppression threshold and the number of
// days after a group ends until its data is due for erasure.
import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { appErrorOf } from '../../data/api-failure';
import { runApi } from '../../data/use-api-mutation';
import { useApiQuery } from '../../data/use-api-query';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { notifySuccess } from '../../components/notify';
import { useMessage, useT } from '../../i18n/use-t';

export function ReportSettingsTab() {
  const t = useT();
  const text = useMessage();
  const [values, setValues] = useState<{ threshold: number | string; retentionDays: number | string } | null>(
    null,
  );
  const settings = useApiQuery('reports:getSettings', {});
  const [saveError, setError] = useState<AppError | null>(null);
  const error = saveError ?? appErrorOf(settings.error);
  const [busy, setBusy] = useState(false);
  const err = (path: string) => (error?.fields?.[path] ? text(error.fields[path]) : undefined);

  // The form starts from the saved settings once they are read.
  const loaded = settings.data;
  useEffect(() => {
    if (loaded) setValues((v) => v ?? loaded);
  }, [loaded]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    setBusy(true);
    const result = await runApi('reports:updateSettings', {
      threshold: Number(values.threshold),
      retentionDays: Number(values.retentionDays),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setValues(result.value);
    notifySuccess(t('reportSettings.saved'));
  }

  if (!values) return error ? <ErrorAlert error={error} /> : <LoadingState label={t('common.loading')} />;
  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <Stack gap="md" maw={560}>
        <Text>{t('reportSettings.intro')}</Text>
        <NumberInput
          label={t('reportSettings.threshold')}
          description={t('reportSettings.thresholdHint')}
          value={values.threshold}
          onChange={(v) => setValues((s) => (s ? { ...s, threshold: v } : s))}
          allowDecimal={false}
          error={err('threshold')}
        />
        <NumberInput
          label={t('reportSettings.retentionDays')}
          description={t('reportSettings.retentionHint')}
          value={values.retentionDays}
          onChange={(v) => setValues((s) => (s ? { ...s, retentionDays: v } : s))}
          allowDecimal={false}
          error={err('retentionDays')}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
