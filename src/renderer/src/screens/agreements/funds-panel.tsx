// "Förutsatt att medel beviljas": each year of the period, when its funds are
// to be confirmed by and whether they are, the years still unconfirmed, and
// (for those who follow up the economy) the form to record a confirmation and
// a button to remove one.
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Agreement } from '../../../../shared/ipc/agreements';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useMessage, useT } from '../../i18n/use-t';
import { useAgreementActions } from './agreement-actions';
import { FieldScope, ScopedLabel } from '../../components/field-scope';

export function FundsPanel({ agreement, role }: { agreement: Agreement; role: Role }) {
  const t = useT();
  const canWrite = mayCall('agreements:recordFundsConfirmation', role);
  const remove = useAgreementActions().removeFundsConfirmation;
  const [failure, setFailure] = useState<AppError | null>(null);
  const years = agreement.fundsYears;
  const open = years.filter((y) => y.state !== 'confirmed');

  async function removeYear(year: number) {
    const result = await remove(year);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('funds.removed', { year }));
  }

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('funds.title')}
      </Title>
      <Text size="sm">{t('funds.intro')}</Text>
      <Text
        size="sm"
        fw={600}
        c={open.some((y) => y.state === 'overdue') ? 'red.9' : undefined}
        role="status"
      >
        {open.length > 0
          ? t('funds.unconfirmedYears', { years: open.map((y) => y.year).join(', ') })
          : t('funds.allConfirmed')}
      </Text>
      <table className="agr-table-plain" aria-label={t('funds.title')}>
        <thead>
          <tr>
            <th scope="col">{t('funds.year')}</th>
            <th scope="col">{t('funds.dueDate')}</th>
            <th scope="col">{t('funds.state')}</th>
            <th scope="col">{t('funds.grantedBy')}</th>
            <th scope="col">{t('funds.grantedOn')}</th>
            <th scope="col">{t('funds.decisionReference')}</th>
            {canWrite && <th scope="col">{t('funds.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => {
            const c = y.confirmation;
            return (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>{y.dueDate}</td>
                <td>{t(`funds.state.${y.state}`)}</td>
                <td>{c?.grantedBy ?? '–'}</td>
                <td>{c?.grantedOn ?? '–'}</td>
                <td>
                  {c ? [c.decisionReference, c.note].filter(Boolean).join(' – ') || '–' : '–'}
                  {c?.recordedBy && (
                    <Text size="xs" c="gray.8">
                      {t('funds.recordedBy', { name: c.recordedBy, date: c.recordedAt.slice(0, 10) })}
                    </Text>
                  )}
                </td>
                {canWrite && (
                  <td>
                    {c && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void removeYear(y.year)}
                      >
                        {t('funds.remove', { year: y.year })}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorAlert error={failure} />
      {canWrite && open.length > 0 && <FundsForm years={open.map((y) => y.year)} />}
    </Stack>
  );
}

function FundsForm({ years }: { years: number[] }) {
  const t = useT();
  const text = useMessage();
  const record = useAgreementActions().recordFundsConfirmation;
  const [values, setValues] = useState({
    year: String(years[0]),
    grantedOn: '',
    grantedBy: '',
    decisionReference: '',
    note: '',
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const error = (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined);
  // The chosen year may have been confirmed meanwhile: fall back to the first one open.
  const year = years.includes(Number(values.year)) ? values.year : String(years[0]);

  async function submit() {
    setSaving(true);
    const result = await record({
      year: Number(year),
      grantedOn: values.grantedOn,
      grantedBy: values.grantedBy,
      decisionReference: values.decisionReference,
      note: values.note,
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('funds.saved', { year }));
    setValues({ year: '', grantedOn: '', grantedBy: '', decisionReference: '', note: '' });
  }

  return (
    <FieldScope name={t('funds.record')}>
      <Stack gap="xs" className="agr-subsection">
        <Text fw={600}>{t('funds.record')}</Text>
        <Group grow align="flex-start">
          <Select
            label={t('funds.yearField')}
            data={years.map((y) => String(y))}
            value={year}
            onChange={(v) => v && set({ year: v })}
            error={error('year')}
            allowDeselect={false}
          />
          <TextInput
            label={t('funds.grantedOn')}
            description={t('agreements.dateFormat')}
            value={values.grantedOn}
            onChange={(e) => set({ grantedOn: e.currentTarget.value.trim() })}
            error={error('grantedOn')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('funds.grantedBy')}
            description={t('funds.grantedByHint')}
            value={values.grantedBy}
            onChange={(e) => set({ grantedBy: e.currentTarget.value })}
            error={error('grantedBy')}
          />
          <TextInput
            label={t('funds.decisionReference')}
            value={values.decisionReference}
            onChange={(e) => set({ decisionReference: e.currentTarget.value })}
            error={error('decisionReference')}
          />
        </Group>
        <TextInput
          label={<ScopedLabel>{t('funds.note')}</ScopedLabel>}
          value={values.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
          error={error('note')}
        />
        <ErrorAlert error={failure} />
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={saving}>
            {t('funds.save')}
          </Button>
        </Group>
      </Stack>
    </FieldScope>
  );
}
