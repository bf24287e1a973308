import { Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { downloadText } from '../../components/download-text';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { auditPageSize, useAuditStore } from '../../stores/audit-store';
import { runApi } from '../../data/use-api-mutation';
import { useAuditList } from './use-audit';
import { AuditFilters } from './audit-filters';
import { AuditHead } from './audit-head';
import { AuditTable } from './audit-table';
import { AuditVerify } from './audit-verify';

export function AuditTab() {
  const t = useT();
  const { entries, total, page, loaded, loading, error } = useAuditList();
  const exportCsv = () => runApi('audit:exportCsv', useAuditStore.getState().filter);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const [exported, setExported] = useState<{ csv: string; head: string } | null>(null);

  async function runExport() {
    setExporting(true);
    setExportError(null);
    setExported(null);
    const result = await exportCsv();
    setExporting(false);
    if (!result.ok) {
      setExportError(result.error);
      return;
    }
    downloadText(result.value.filename, result.value.csv, 'text/csv;charset=utf-8');
    // The chain head at export time, in a companion file saved beside the CSV.
    downloadText(result.value.head.filename, result.value.head.text, 'text/plain;charset=utf-8');
    setExported({ csv: result.value.filename, head: result.value.head.filename });
  }

  const pages = Math.max(1, Math.ceil(total / auditPageSize));
  const first = total === 0 ? 0 : (page - 1) * auditPageSize + 1;
  const last = Math.min(total, page * auditPageSize);

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('audit.heading')}
      </Title>
      <Text size="sm" maw={760}>
        {t('audit.intro')}
      </Text>
      <AuditFilters />
      <Group align="flex-start" justify="space-between">
        <AuditVerify />
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} aria-hidden="true" />}
          loading={exporting}
          onClick={() => void runExport()}
        >
          {t('audit.export')}
        </Button>
      </Group>
      <ErrorAlert error={exportError} />
      <Text size="sm" aria-live="polite">
        {exported ? t('audit.exportedWithHead', { filename: exported.csv, headFilename: exported.head }) : ''}
      </Text>
      <AuditHead />
      <ErrorAlert error={error} />
      <Text size="sm" fw={600} role="status">
        {loaded
          ? total === 0
            ? t('audit.noEntries')
            : t('audit.showing', { from: first, to: last, total })
          : ''}
      </Text>
      {!loaded && loading && <LoadingState label={t('common.loading')} />}
      {loaded && entries.length > 0 && <AuditTable entries={entries} />}
      {pages > 1 && (
        <nav aria-label={t('audit.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={(next) => useAuditStore.getState().setPage(next)}
            getItemProps={(p) => ({ 'aria-label': t('audit.page', { page: p }) })}
            getControlProps={(control) =>
              control === 'previous'
                ? { 'aria-label': t('audit.previousPage') }
                : control === 'next'
                  ? { 'aria-label': t('audit.nextPage') }
                  : {}
            }
          />
        </nav>
      )}
    </Stack>
  );
}
