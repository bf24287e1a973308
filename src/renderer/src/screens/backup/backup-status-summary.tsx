// The state of backups in a few lines: the last successful backup, a failure
// since then (in Swedish, from its error code), and the schedule.
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { BackupStatus } from '../../../../shared/ipc/backup';
import { localDateTime } from '../../format/dates';
import { useMessage, useT } from '../../i18n/use-t';
import { fileKindLabel } from './backup-format';

/** A failure matters until a later backup succeeds. */
export function currentFailure(status: BackupStatus): BackupStatus['lastFailure'] {
  const { lastFailure, lastSuccess } = status;
  if (!lastFailure) return null;
  return !lastSuccess || lastFailure.at > lastSuccess.at ? lastFailure : null;
}

interface Props {
  status: BackupStatus;
  /** False leaves the schedule to the settings form shown beside it. */
  withSchedule?: boolean;
  /** Inside a coloured card: the failure as plain lines, not an alert box of its own. */
  plain?: boolean;
}

export function BackupStatusSummary({ status, withSchedule = true, plain = false }: Props) {
  const t = useT();
  const text = useMessage();
  const failure = currentFailure(status);
  const { lastSuccess, settings } = status;
  const kindOf = (kind: keyof typeof fileKindLabel) => t(fileKindLabel[kind]).toLowerCase();
  const failureTitle =
    failure && t('backups.lastFailure', { time: localDateTime(failure.at), kind: kindOf(failure.kind) });
  return (
    <Stack gap="xs">
      {failure &&
        (plain ? (
          <Stack gap={0}>
            <Text size="sm" fw={700}>
              {failureTitle}
            </Text>
            <Text size="sm">{text(failure.error.code)}</Text>
          </Stack>
        ) : (
          <Alert
            role="note"
            color="red"
            variant="light"
            icon={<IconAlertCircle aria-hidden="true" />}
            title={failureTitle}
          >
            <Text size="sm">{text(failure.error.code)}</Text>
          </Alert>
        ))}
      {lastSuccess ? (
        <Text size="sm">
          {t('backups.lastSuccess', { time: localDateTime(lastSuccess.at), kind: kindOf(lastSuccess.kind) })}
        </Text>
      ) : (
        <Text size="sm" fw={700}>
          {t('backups.noBackupYet')}
        </Text>
      )}
      {withSchedule && (
        <Text size="sm">
          {!settings.scheduleEnabled
            ? t('backups.scheduleOff')
            : status.recipient === null
              ? t('backups.scheduleNeedsKey')
              : status.nextScheduledAt
                ? t('backups.nextScheduled', { time: localDateTime(status.nextScheduledAt) })
                : t('backups.scheduleOn')}
        </Text>
      )}
    </Stack>
  );
}
