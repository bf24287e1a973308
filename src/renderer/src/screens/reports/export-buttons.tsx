// Saving the shown report as PDF, XLSX or CSV in a folder the user chooses.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconFileTypePdf } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { ExportFormat } from '../../../../shared/ipc/reports';
import { runApi } from '../../data/use-api-mutation';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useT } from '../../i18n/use-t';
import { useReportsStore } from '../../stores/reports-store';

export function ExportButtons() {
  const t = useT();
  const saved = useReportsStore((s) => s.saved);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  async function save(format: ExportFormat) {
    setBusy(format);
    setError(null);
    const chosen = await runApi('files:chooseFolder', { purpose: 'exportFolder' });
    if (!chosen.ok || chosen.value.path === null) {
      setBusy(null);
      if (!chosen.ok) setError(chosen.error);
      return;
    }
    const shown = useReportsStore.getState().shown;
    if (!shown) return setBusy(null);
    const result = await runApi('reports:export', { ...shown, format, folder: chosen.value.path });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    useReportsStore.getState().exported(result.value.path);
    notifySuccess(t('reports.saved', { name: result.value.fileName }));
  }

  const button = (format: ExportFormat, label: string, icon: ReactNode) => (
    <Button
      variant={format === 'pdf' ? 'filled' : 'light'}
      leftSection={icon}
      loading={busy === format}
      disabled={busy !== null && busy !== format}
      onClick={() => void save(format)}
    >
      {label}
    </Button>
  );

  return (
    <Stack gap="xs" className="rp-no-print">
      <Title order={2} size="h4">
        {t('reports.export')}
      </Title>
      <Group>
        {button('pdf', t('reports.exportPdf'), <IconFileTypePdf size={18} aria-hidden="true" />)}
        {button('xlsx', t('reports.exportXlsx'), <IconFileSpreadsheet size={18} aria-hidden="true" />)}
        {button('csv', t('reports.exportCsv'), <IconFileText size={18} aria-hidden="true" />)}
      </Group>
      <ErrorAlert error={error} />
      {saved.length > 0 && (
        <Stack gap={2} role="status">
          <Text size="sm" fw={600}>
            {t('reports.savedList')}
          </Text>
          {saved.map((path) => (
            <Text key={path} size="sm" ff="monospace">
              {path}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
