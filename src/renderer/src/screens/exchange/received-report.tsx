// A report received from a partner, on screen: its title, the agreement's
// name at the sender, the period, what is hidden and why, then every
// section's tables. The figures were suppressed by the sender (nothing per
// child); this side only shows them.
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconShieldLock, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Report } from '../../../../shared/ipc/reports';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { ReportTableView } from '../reports/report-table-view';
import { exchangeApi } from './use-exchange';

/** "Visa siffror": the received report's figures in a dialog. */
export function ShowReceivedReportButton({ packageId, label }: { packageId: string; label?: string }) {
  const t = useT();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  async function open() {
    setError(null);
    const result = await exchangeApi.receivedReport(packageId);
    if (!result.ok) return setError(result.error);
    setReport(result.value);
  }

  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconTable size={14} aria-hidden="true" />}
        onClick={() => void open()}
        aria-label={label}
      >
        {t('exchange.showFigures')}
      </Button>
      <ErrorAlert error={error} />
      <AppModal
        opened={report !== null}
        onClose={() => setReport(null)}
        size="xl"
        title={t('exchange.receivedReportTitle')}
      >
        {report && <ReceivedReportView report={report} />}
      </AppModal>
    </>
  );
}

export function ReceivedReportView({ report }: { report: Report }) {
  const t = useT();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {report.title}
        </Title>
        <Text fw={600}>{report.scope.name}</Text>
        <Text size="sm">
          {report.period.from} – {report.period.to}.{' '}
          {t('reports.generated', { date: report.generatedAt.slice(0, 10), threshold: report.threshold })}
        </Text>
      </Stack>
      <Alert color="blue" variant="light" icon={<IconShieldLock aria-hidden="true" />}>
        <Text size="sm">{t('exchange.receivedReportNote')}</Text>
        <Text size="sm" mt={4}>
          {report.suppressionNote}
        </Text>
      </Alert>
      {report.sections.map((section) => (
        <Stack key={section.key} gap="md" component="section" aria-label={section.title}>
          <Title order={2} size="h4">
            {section.title}
          </Title>
          {section.tables.map((table) => (
            <ReportTableView
              key={table.key}
              table={table}
              threshold={report.threshold}
              note={report.suppressionNote}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
