// A backup job on screen: the progress bar with its step and percent and a
// cancel button while it runs, and its outcome in plain Swedish when it ends.
// `JobLiveRegion` tells screen readers about each new step and the result; it
// should stay mounted while the job is followed, so changes are announced.
import { Alert, Button, Group, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import type { BackupJob, BackupOrigin } from '../../../../shared/ipc/backup';
import { ErrorAlert } from '../../components/error-alert';
import { localDateTime } from '../../format/dates';
import { useLanguage, useMessage, useT } from '../../i18n/use-t';
import { fileNameOf, folderOf, formatSize, percentOf, progressText, stepOf } from './backup-format';
import { IdentityLines } from './origin-details';

export function JobLiveRegion({ job }: { job: BackupJob | null }) {
  const t = useT();
  const text = useMessage();
  let announcement = '';
  if (job?.state === 'running') {
    // The step only, not every percent: a screen reader would talk without pause.
    const step = stepOf(job);
    const phase = `${t(`backups.phase.${job.phase}`)} …`;
    announcement = step ? t('backups.stepOf', { step: step.step, steps: step.steps, text: phase }) : phase;
  } else if (job?.state === 'succeeded') {
    announcement = t(`backups.done.${job.kind}`);
  } else if (job?.state === 'cancelled') {
    announcement = text('backup.cancelled');
  }
  return (
    <VisuallyHidden role="status" aria-live="polite">
      {announcement}
    </VisuallyHidden>
  );
}

interface ProgressProps {
  job: BackupJob;
  cancelling: boolean;
  onCancel(): void;
  /** A line under the bar, e.g. that the dialog may be closed meanwhile. */
  note?: string;
}

export function JobProgress({ job, cancelling, onCancel, note }: ProgressProps) {
  const t = useT();
  const labelId = useId();
  const percent = percentOf(job);
  const text = progressText(job, t);
  // Past this point main finishes the restore whatever happens (an atomic swap).
  const cancellable = job.phase !== 'swapping' && job.phase !== 'finished';
  return (
    <Stack gap="xs">
      <Text fw={700} id={labelId}>
        {t(`backups.running.${job.kind}`)}
      </Text>
      <Progress.Root size="xl" radius="md">
        <Progress.Section
          value={percent ?? 100}
          striped={percent === null}
          animated={percent === null}
          withAria={false}
          role="progressbar"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
          aria-valuetext={text}
        />
      </Progress.Root>
      <Text size="sm">{text}</Text>
      {note && (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      )}
      <Group>
        <Button variant="default" onClick={onCancel} loading={cancelling} disabled={!cancellable}>
          {t('backups.cancelJob')}
        </Button>
        {!cancellable && <Text size="sm">{t('backups.cannotCancelNow')}</Text>}
      </Group>
    </Stack>
  );
}

/** The end of a job: what was made or found, why it failed, or that it was cancelled. */
export function JobOutcome({ job, children }: { job: BackupJob; children?: ReactNode }) {
  const t = useT();
  const text = useMessage();
  if (job.state === 'failed') {
    return (
      <ErrorAlert error={job.error} title={t(`backups.failed.${job.kind}`)}>
        {children}
      </ErrorAlert>
    );
  }
  if (job.state === 'cancelled') {
    return (
      <Alert
        role="note"
        color="gray"
        variant="light"
        icon={<IconInfoCircle aria-hidden="true" />}
        title={t('backups.cancelledTitle')}
      >
        <Text size="sm">{text('backup.cancelled')}</Text>
        {children}
      </Alert>
    );
  }
  if (job.state !== 'succeeded' || !job.result) return null;
  return (
    <Alert
      role="note"
      color="green"
      variant="light"
      icon={<IconCircleCheck aria-hidden="true" />}
      title={t(`backups.done.${job.kind}`)}
    >
      <ResultDetails result={job.result} />
      {children}
    </Alert>
  );
}

/** The origin verdict in one line, and the backup's id and fingerprint when it is not this installation's. */
function OriginLine({ origin }: { origin: BackupOrigin }) {
  const t = useT();
  return (
    <Stack gap={2} mt={4}>
      <Text size="sm" fw={origin.proof === 'verified' ? undefined : 700}>
        {t(`backups.origin.${origin.proof}`)}
      </Text>
      {origin.proof !== 'verified' && <IdentityLines identity={origin} />}
    </Stack>
  );
}

function ResultDetails({ result }: { result: NonNullable<BackupJob['result']> }) {
  const t = useT();
  const language = useLanguage();
  const count = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB');
  switch (result.kind) {
    case 'create':
      return (
        <Stack gap={2}>
          <Text size="sm">{t('backups.createdFile', { file: result.fileName })}</Text>
          <Text size="sm">{t('backups.createdFolder', { folder: folderOf(result.path) })}</Text>
          <Text size="sm">{t('backups.createdSize', { size: formatSize(result.sizeBytes, language) })}</Text>
        </Stack>
      );
    case 'verify':
    case 'restore': {
      const rows = result.manifest.tables.reduce((sum, table) => sum + table.rows, 0);
      return (
        <Stack gap={2}>
          {result.kind === 'verify' && <Text size="sm">{t('backups.verifiedWhat')}</Text>}
          <Text size="sm">
            {t('backups.manifestSummary', {
              time: localDateTime(result.manifest.createdAt),
              version: result.manifest.appVersion,
            })}
          </Text>
          <Text size="xs">
            {t('backups.manifestTables', {
              tables: count.format(result.manifest.tables.length),
              rows: count.format(rows),
            })}
          </Text>
          <OriginLine origin={result.manifest.origin} />
          {result.kind === 'restore' && result.safetyBackupPath && (
            <Text size="sm">
              {t('backups.safetyBackupAt', { file: fileNameOf(result.safetyBackupPath) })}
            </Text>
          )}
        </Stack>
      );
    }
  }
}
