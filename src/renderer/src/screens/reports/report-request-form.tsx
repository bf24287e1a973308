// Which report to show: scope (one agreement or all), kind (annual or the
// status report to the steering group) and period (year, half-year, dates).
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useMessage, useT } from '../../i18n/use-t';
import { useReportsStore, type PeriodKind } from '../../stores/reports-store';
import { useReportAgreements, useShownReport } from './use-reports';

export function ReportRequestForm() {
  const t = useT();
  const text = useMessage();
  const draft = useReportsStore((s) => s.draft);
  const { agreements } = useReportAgreements();
  const { loading, error } = useShownReport();
  const edit = useReportsStore((s) => s.edit);
  const err = (path: string) => (error?.fields?.[path] ? text(error.fields[path]) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    useReportsStore.getState().show();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={t('reports.formLegend')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <NativeSelect
              label={t('reports.scope')}
              value={String(draft.scope)}
              onChange={(e) =>
                edit({ scope: e.currentTarget.value === 'all' ? 'all' : Number(e.currentTarget.value) })
              }
              data={[
                { value: 'all', label: t('reports.scopeAll') },
                ...agreements.map((a) => ({
                  value: String(a.id),
                  label: `${a.registrationNumber} ${a.title}`.trim(),
                })),
              ]}
              error={err('scope.agreementId')}
            />
            <NativeSelect
              label={t('reports.kind')}
              value={draft.kind}
              onChange={(e) =>
                edit({
                  kind: e.currentTarget.value === 'steeringGroupStatus' ? 'steeringGroupStatus' : 'annual',
                })
              }
              data={[
                { value: 'annual', label: t('reports.kindAnnual') },
                { value: 'steeringGroupStatus', label: t('reports.kindStatus') },
              ]}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('reports.periodKind')}
              value={draft.periodKind}
              onChange={(e) => edit({ periodKind: e.currentTarget.value as PeriodKind })}
              data={[
                { value: 'year', label: t('reports.periodYear') },
                { value: 'halfYear', label: t('reports.periodHalf') },
                { value: 'custom', label: t('reports.periodCustom') },
              ]}
            />
            {draft.periodKind !== 'custom' && (
              <TextInput
                label={t('reports.year')}
                inputMode="numeric"
                value={draft.year}
                onChange={(e) => edit({ year: e.currentTarget.value })}
                error={err('period.year')}
              />
            )}
            {draft.periodKind === 'halfYear' && (
              <NativeSelect
                label={t('reports.half')}
                value={draft.half}
                onChange={(e) => edit({ half: e.currentTarget.value === '2' ? '2' : '1' })}
                data={[
                  { value: '1', label: t('reports.half1') },
                  { value: '2', label: t('reports.half2') },
                ]}
              />
            )}
            {draft.periodKind === 'custom' && (
              <>
                <TextInput
                  label={t('reports.from')}
                  description={t('sgCommon.dateHint')}
                  value={draft.from}
                  onChange={(e) => edit({ from: e.currentTarget.value })}
                  error={err('period.from')}
                />
                <TextInput
                  label={t('reports.to')}
                  description={t('sgCommon.dateHint')}
                  value={draft.to}
                  onChange={(e) => edit({ to: e.currentTarget.value })}
                  error={err('period.to')}
                />
              </>
            )}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('reports.show')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
