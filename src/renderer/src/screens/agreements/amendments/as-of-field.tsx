// "Visa som gällande den": the agreement page shows the agreement as in force
// on a chosen date (the original and the amendments in force then, without the
// parties that had left), and says clearly which date it shows.
import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isValidIsoDate } from '../../../../../shared/dates';
import type { AppError } from '../../../../../shared/envelope';
import { ErrorAlert } from '../../../components/error-alert';
import { useMessage, useT } from '../../../i18n/use-t';
import { useAgreementView } from '../../../stores/agreement-view-store';
import { useAgreementActions } from '../agreement-actions';

export function AsOfField({ changeDates }: { changeDates: readonly string[] }) {
  const t = useT();
  const text = useMessage();
  const asOf = useAgreementView((s) => s.asOf);
  const viewAsOf = useAgreementActions().viewAsOf;
  const [date, setDate] = useState(asOf ?? '');
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  async function show(event: FormEvent) {
    event.preventDefault();
    const wanted = date.trim();
    setInvalid(!isValidIsoDate(wanted));
    if (!isValidIsoDate(wanted)) return;
    setBusy(true);
    const result = await viewAsOf(wanted);
    setBusy(false);
    setFailure(result.ok ? null : result.error);
  }
  async function today() {
    setBusy(true);
    const result = await viewAsOf(null);
    setBusy(false);
    setFailure(result.ok ? null : result.error);
    if (result.ok) setDate('');
  }

  return (
    <>
      <form onSubmit={(e) => void show(e)} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('asOf.label')}
            description={
              changeDates.length > 0
                ? t('asOf.hintChanges', { dates: changeDates.join(', ') })
                : t('agreements.dateFormat')
            }
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={invalid ? text('field.date') : undefined}
            w={360}
            autoComplete="off"
          />
          <Button type="submit" variant="default" loading={busy}>
            {t('asOf.show')}
          </Button>
        </Group>
      </form>
      {asOf !== null && (
        <Alert color="blue" variant="light" title={t('asOf.showing', { date: asOf })} role="status">
          <Group gap="sm">
            <span>{t('asOf.showingText')}</span>
            <Button size="xs" variant="default" onClick={() => void today()}>
              {t('asOf.today')}
            </Button>
          </Group>
        </Alert>
      )}
      <ErrorAlert error={failure} />
    </>
  );
}
