// Effect results for a year and one agreement or all: per instrument, scale
// and comparison a chart of the means and the table of aggregates, with
// hidden figures marked as in reports. Across all agreements the rows are
// the agreements; choosing one asks for its programmes and groups. Nothing
// per child is shown.
import { NativeSelect, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { effectReportTables, effectTableTitle } from '../../../../shared/reports/effect-report-tables';
import { suppressionNote } from '../../../../shared/reports/labels';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { ReportTableView } from '../reports/report-table-view';
import { EffectChart } from './effect-chart';
import { useEffectResults, useReportAgreements } from './use-effect-evaluation';

export function EffectResultsView({ initialYear }: { initialYear: number }) {
  const t = useT();
  const [year, setYear] = useState(initialYear);
  const [scope, setScope] = useState<'all' | number>('all');
  const agreements = useReportAgreements();
  const results = useEffectResults(year, scope === 'all' ? null : scope);
  const tables = results.data ? effectReportTables(results.data.tables) : [];
  return (
    <section aria-labelledby="effect-results">
      <Stack gap="md">
        <Title order={2} size="h4" id="effect-results">
          {t('effectScreen.resultsTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <NativeSelect
            label={t('effectScreen.scope')}
            value={String(scope)}
            onChange={(e) =>
              setScope(e.currentTarget.value === 'all' ? 'all' : Number(e.currentTarget.value))
            }
            data={[
              { value: 'all', label: t('effectScreen.scopeAll') },
              ...(agreements.data ?? []).map((a) => ({
                value: String(a.id),
                label: `${a.registrationNumber} ${a.title}`.trim(),
              })),
            ]}
          />
          <NumberInput
            label={t('effectScreen.year')}
            value={year}
            min={2000}
            max={2100}
            allowDecimal={false}
            onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)}
          />
        </SimpleGrid>
        {scope === 'all' && <Text size="sm">{t('effectScreen.allAgreementsHint')}</Text>}
        <ErrorAlert error={results.error ?? agreements.error} />
        {results.loading && <LoadingState label={t('common.loading')} />}
        {results.data && !results.loading && results.data.tables.length === 0 && (
          <Text size="sm">{t('effectScreen.noResults')}</Text>
        )}
        {results.data &&
          !results.loading &&
          results.data.tables.map((table, i) => (
            <Stack key={table.key} gap="xs">
              <EffectChart table={table} title={effectTableTitle(table)} />
              <ReportTableView
                table={tables[i]!}
                threshold={results.data!.threshold}
                note={suppressionNote(results.data!.threshold)}
              />
            </Stack>
          ))}
      </Stack>
    </section>
  );
}
