// A report on screen: its title, scope and period, what is hidden and why,
// the export buttons, then every section's tables (and charts).
import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import type { Report } from '../../../../shared/ipc/reports';
import { useT } from '../../i18n/use-t';
import { ExportButtons } from './export-buttons';
import { ReportTableView } from './report-table-view';

export function ReportView({ report }: { report: Report }) {
  const t = useT();
  return (
    <Stack gap="lg" className="rp-report">
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
        <Text size="sm">{report.suppressionNote}</Text>
        <Text size="sm" mt={4}>
          {report.suppressed.primary + report.suppressed.complementary === 0
            ? t('reports.noneHidden')
            : t('reports.hiddenCount', {
                primary: report.suppressed.primary,
                complementary: report.suppressed.complementary,
              })}
        </Text>
      </Alert>
      <ExportButtons />
      {report.sections.map((section) => (
        <Stack key={section.key} gap="md" component="section" aria-labelledby={`rp-section-${section.key}`}>
          <Title order={2} size="h3" id={`rp-section-${section.key}`}>
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
