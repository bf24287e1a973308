// Administration → Säkerhetskopior: take a backup now, the backups in the
// configured folder (check, restore), any job in progress, the settings and
// the backup key.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconFileSearch, IconRefresh, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { isRunning, useBackupJobStore } from '../../stores/backup-job-store';
import { refreshKinds } from '../../data/apply-effects';
import { backupActions, useBackupFiles, useBackupStatus } from './use-backup';
import { BackupKeySection } from './backup-key-section';
import { BackupList } from './backup-list';
import { BackupSettingsForm } from './backup-settings-form';
import { BackupStatusSummary } from './backup-status-summary';
import { listedTarget, pathTarget, type BackupTarget } from './backup-target';
import { CreateBackupModal } from './create-backup-modal';
import { InstallationOriginSection } from './installation-origin-section';
import { JobLiveRegion, JobOutcome, JobProgress } from './job-view';
import { RestoreBackupModal } from './restore-backup-modal';
import { useJobPolling } from './use-job-polling';
import { VerifyBackupModal } from './verify-backup-modal';
import './backup.css';

export function BackupsTab() {
  const t = useT();
  const { status, error: statusError } = useBackupStatus();
  const { files, loading, error: filesError } = useBackupFiles();
  const loadError = statusError ?? filesError;
  const chooseFile = backupActions.chooseFile;
  const job = useBackupJobStore((s) => s.job);
  const cancelling = useBackupJobStore((s) => s.cancelling);
  const attach = useBackupJobStore((s) => s.attach);
  const cancel = useBackupJobStore((s) => s.cancel);
  const dismiss = useBackupJobStore((s) => s.dismiss);
  const [creating, setCreating] = useState(false);
  const [verifyTarget, setVerifyTarget] = useState<BackupTarget | null>(null);
  const [restoreTarget, setRestoreTarget] = useState<BackupTarget | null>(null);
  const [pickError, setPickError] = useState<AppError | null>(null);

  useJobPolling();

  // A job started before the app was locked, or by the scheduler, is shown here too.
  const activeJobId = status?.activeJobId ?? null;
  useEffect(() => {
    if (activeJobId) void attach(activeJobId);
  }, [activeJobId, attach]);

  const modalOpen = creating || verifyTarget !== null || restoreTarget !== null;
  const busy = isRunning(job) || activeJobId !== null;

  async function pickFile(then: (target: BackupTarget) => void) {
    setPickError(null);
    const result = await chooseFile();
    if (!result.ok) setPickError(result.error);
    else if (result.value !== null) then(pathTarget(result.value, t));
  }

  if (!status) {
    return loadError ? <ErrorAlert error={loadError} /> : <LoadingState label={t('common.loading')} />;
  }

  return (
    <Stack gap="xl" maw={1000}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('backups.heading')}
        </Title>
        <Text>{t('backups.intro')}</Text>
        <BackupStatusSummary status={status} withSchedule={false} />
        <Group gap="sm">
          <Button
            leftSection={<IconDatabaseExport size={16} aria-hidden="true" />}
            onClick={() => setCreating(true)}
            disabled={busy}
          >
            {t('backups.createNow')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSearch size={16} aria-hidden="true" />}
            onClick={() => void pickFile(setVerifyTarget)}
            disabled={busy}
          >
            {t('backups.verifyOther')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconRestore size={16} aria-hidden="true" />}
            onClick={() => void pickFile(setRestoreTarget)}
            disabled={busy}
          >
            {t('backups.restoreOther')}
          </Button>
        </Group>
        {busy && !job && <Text size="sm">{t('backups.busyElsewhere')}</Text>}
        <ErrorAlert error={pickError} />
      </Stack>

      {job && !modalOpen && (
        // A frame around the bar; the outcome is an alert box of its own.
        <Paper
          withBorder={job.state === 'running'}
          p={job.state === 'running' ? 'md' : 0}
          component="section"
          aria-label={t(`backups.running.${job.kind}`)}
        >
          <JobLiveRegion job={job} />
          {job.state === 'running' ? (
            <JobProgress job={job} cancelling={cancelling} onCancel={() => void cancel()} />
          ) : (
            <JobOutcome job={job}>
              <Group mt="sm">
                <Button size="xs" variant="default" onClick={dismiss}>
                  {t('common.close')}
                </Button>
              </Group>
            </JobOutcome>
          )}
        </Paper>
      )}

      <Stack gap="sm" component="section" aria-labelledby="backups-list-heading">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={3} size="h4" id="backups-list-heading">
              {t('backups.listHeading')}
            </Title>
            <Text size="sm">{t('backups.listFolder', { folder: status.folder })}</Text>
          </Stack>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconRefresh size={14} aria-hidden="true" />}
            onClick={() => void refreshKinds(['backup'])}
            loading={loading}
          >
            {t('backups.refresh')}
          </Button>
        </Group>
        <ErrorAlert error={loadError} />
        {files === null ? (
          <LoadingState label={t('common.loading')} />
        ) : (
          <BackupList
            files={files}
            busy={busy}
            onVerify={(file) => setVerifyTarget(listedTarget(file, t))}
            onRestore={(file) => setRestoreTarget(listedTarget(file, t))}
          />
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="backups-settings-heading">
        <Title order={3} size="h4" id="backups-settings-heading">
          {t('backups.settingsHeading')}
        </Title>
        <BackupSettingsForm status={status} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="backups-key-heading">
        <Title order={3} size="h4" id="backups-key-heading">
          {t('backups.keyHeading')}
        </Title>
        <BackupKeySection recipient={status.recipient} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="backups-origin-heading">
        <Title order={3} size="h4" id="backups-origin-heading">
          {t('backups.originHeading')}
        </Title>
        <InstallationOriginSection
          installationId={status.installationId}
          keyFingerprint={status.keyFingerprint}
        />
      </Stack>

      <CreateBackupModal
        opened={creating}
        status={status}
        onClose={() => setCreating(false)}
        onVerify={(path) => setVerifyTarget(pathTarget(path, t))}
      />
      <VerifyBackupModal target={verifyTarget} onClose={() => setVerifyTarget(null)} />
      <RestoreBackupModal
        target={restoreTarget}
        safetyFolder={status.folder}
        installation={{ installationId: status.installationId, keyFingerprint: status.keyFingerprint }}
        onClose={() => setRestoreTarget(null)}
      />
    </Stack>
  );
}
