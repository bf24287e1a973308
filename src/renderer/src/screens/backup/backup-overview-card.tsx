// Översikt, for administrators: when the last backup succeeded and any
// failure since, with a way to the Säkerhetskopior tab. Red after a failure,
// orange while no backup exists, grey otherwise (the text says it too).
import { Alert, Button, Stack } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { useBackupStatus } from './use-backup';
import { goTo } from '../../navigation/navigate';
import { BackupStatusSummary, currentFailure } from './backup-status-summary';

export function BackupOverviewCard() {
  const t = useT();
  const { status, error } = useBackupStatus();

  if (!status) return error ? <ErrorAlert error={error} title={t('backups.cardTitle')} /> : null;
  const color = currentFailure(status) ? 'red' : status.lastSuccess ? 'gray' : 'orange';
  return (
    <Alert
      role="region"
      color={color}
      variant="light"
      title={t('backups.cardTitle')}
      icon={<IconDatabaseExport aria-hidden="true" />}
    >
      <Stack gap="xs" align="flex-start">
        <BackupStatusSummary status={status} plain />
        <Button size="xs" variant="white" onClick={() => goTo({ name: 'admin', tab: 'backups' })}>
          {t('backups.cardOpen')}
        </Button>
      </Stack>
    </Alert>
  );
}
