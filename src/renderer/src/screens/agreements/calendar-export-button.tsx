// Saves deadlines as an .ics file for Outlook: one agreement's, or all
// followed-up agreements' with gallring. The folder is chosen in the OS dialog;
// main writes the file. Importing the file again updates the same events.
import { Button, Stack, Text } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { runApi } from '../../data/use-api-mutation';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useT } from '../../i18n/use-t';

export function CalendarExportButton({ agreementId }: { agreementId: number | null }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function save() {
    setBusy(true);
    setError(null);
    const chosen = await runApi('files:chooseFolder', { purpose: 'exportFolder' });
    if (!chosen.ok || chosen.value.path === null) {
      setBusy(false);
      if (!chosen.ok) setError(chosen.error);
      return;
    }
    const folder = chosen.value.path;
    const result = await runApi('agreements:exportCalendar', { agreementId, folder });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    notifySuccess(t('calendarExport.saved', { name: result.value.fileName, count: result.value.events }));
  }

  return (
    <Stack gap={6} align="flex-start">
      <Button
        variant="light"
        leftSection={<IconCalendarDown size={18} aria-hidden="true" />}
        loading={busy}
        onClick={() => void save()}
      >
        {t(agreementId === null ? 'calendarExport.all' : 'calendarExport.one')}
      </Button>
      <Text size="xs">{t('calendarExport.hint')}</Text>
      <ErrorAlert error={error} />
    </Stack>
  );
}
