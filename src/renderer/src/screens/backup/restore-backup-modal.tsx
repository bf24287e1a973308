// "Återställ" over the data in use: says plainly what happens (a safety backup
// of today's data first, then everything is replaced and everyone is signed
// out), asks for the backup's secret and a confirmation, and follows the job.
// A backup this installation did not seal is refused by main; the dialog then
// shows where it comes from beside this installation's id and fingerprint and
// restores it only if the administrator ticks that they have checked it.
// On success the job store sends the app to the lock screen.
import { Alert, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { contract, type ChannelInput } from '../../../../shared/ipc/contract';
import { validate } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { useBackupJobStore } from '../../stores/backup-job-store';
import { BackupModal } from './backup-modal';
import type { BackupTarget } from './backup-target';
import { JobLiveRegion, JobOutcome, JobProgress } from './job-view';
import { OriginDetails } from './origin-details';
import { emptySecret, SecretFields, secretInput, type SecretValues } from './secret-fields';

interface Props {
  target: BackupTarget | null;
  /** Where the safety backup of the current data goes. */
  safetyFolder: string;
  /** This installation's id and key fingerprint, beside a backup's when its origin is in doubt. */
  installation: { installationId: string; keyFingerprint: string };
  onClose(): void;
}

const originRefusals = new Set(['backup.originUnverified', 'backup.noOriginProof']);

export function RestoreBackupModal({ target, safetyFolder, installation, onClose }: Props) {
  const t = useT();
  const startRestore = useBackupJobStore((s) => s.startRestore);
  const cancel = useBackupJobStore((s) => s.cancel);
  const dismiss = useBackupJobStore((s) => s.dismiss);
  const cancelling = useBackupJobStore((s) => s.cancelling);
  const storeJob = useBackupJobStore((s) => s.job);
  const [secret, setSecret] = useState<SecretValues>(emptySecret);
  const [understood, setUnderstood] = useState(false);
  const [notUnderstood, setNotUnderstood] = useState(false);
  const [acceptOrigin, setAcceptOrigin] = useState(false);
  const [notAccepted, setNotAccepted] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFormErrors();
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });
  const job = storeJob && storeJob.id === jobId ? storeJob : null;
  const running = job?.state === 'running';
  // The last attempt was refused for its origin: the next one must accept it explicitly.
  const originQuestion = job?.state === 'failed' && job.origin && originRefusals.has(job.error?.code ?? '') ? job.origin : null;

  const path = target?.path ?? null;
  const defaultKind = target?.kind === 'scheduled' ? 'identity' : 'passphrase';
  useEffect(() => {
    if (path !== null) setSecret({ ...emptySecret, kind: defaultKind });
  }, [path, defaultKind]);

  function close() {
    if (job && job.state !== 'running') dismiss();
    setSecret(emptySecret);
    setUnderstood(false);
    setNotUnderstood(false);
    setAcceptOrigin(false);
    setNotAccepted(false);
    setJobId(null);
    setError(null);
    setErrors({});
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!target) return;
    const input: ChannelInput<'backup:startRestore'> = {
      file: target.path,
      secret: secretInput(secret),
      acceptUnverifiedOrigin: originQuestion !== null && acceptOrigin,
    };
    const found = validate(contract['backup:startRestore'].input, input);
    setErrors(found);
    setNotUnderstood(!understood);
    setNotAccepted(originQuestion !== null && !acceptOrigin);
    setError(null);
    if (Object.keys(found).length > 0 || !understood || (originQuestion !== null && !acceptOrigin)) return;
    setBusy(true);
    const result = await startRestore(input);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setJobId(result.value);
  }

  return (
    // While it runs the dialog stays: the app locks when the restore is done.
    <BackupModal
      opened={target !== null}
      onClose={close}
      title={t('backups.restoreTitle')}
      closable={!running}
    >
      <JobLiveRegion job={job} />
      {target &&
        (job && running ? (
          <Stack gap="md">
            <Text size="sm">{t('backups.restoreWhich', { backup: target.label })}</Text>
            <JobProgress
              job={job}
              cancelling={cancelling}
              onCancel={() => void cancel()}
              note={t('backups.restoreWait')}
            />
          </Stack>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="md">
              <Text size="sm">{t('backups.restoreWhich', { backup: target.label })}</Text>
              <Alert
                role="note"
                color="orange"
                variant="light"
                icon={<IconAlertTriangle aria-hidden="true" />}
                title={t('backups.restoreWarningTitle')}
              >
                <List size="sm" spacing={4}>
                  <List.Item>{t('backups.restoreReplaces')}</List.Item>
                  <List.Item>{t('backups.restoreSafety', { folder: safetyFolder })}</List.Item>
                  <List.Item>{t('backups.restoreSignOut')}</List.Item>
                </List>
              </Alert>
              <SecretFields
                values={secret}
                onChange={(patch) => {
                  setSecret((v) => ({ ...v, ...patch }));
                  clear('secret.passphrase', 'secret.identity');
                }}
                error={fieldError}
                autoFocus
              />
              <Checkbox
                label={t('backups.restoreConfirm')}
                checked={understood}
                onChange={(e) => {
                  setUnderstood(e.currentTarget.checked);
                  setNotUnderstood(false);
                }}
                error={notUnderstood ? t('backups.restoreConfirmRequired') : undefined}
                required
              />
              {job && <JobOutcome job={job} />}
              {originQuestion && (
                <Stack gap="sm" role="group" aria-label={t('backups.originAcceptTitle')}>
                  <OriginDetails origin={originQuestion} current={installation} />
                  <Checkbox
                    label={t('backups.originAccept')}
                    checked={acceptOrigin}
                    onChange={(e) => {
                      setAcceptOrigin(e.currentTarget.checked);
                      setNotAccepted(false);
                    }}
                    error={notAccepted ? t('backups.restoreConfirmRequired') : undefined}
                  />
                </Stack>
              )}
              <ErrorAlert error={error} />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color="red.9" loading={busy}>
                  {originQuestion ? t('backups.originAcceptSubmit') : t('backups.restoreSubmit')}
                </Button>
              </Group>
            </Stack>
          </form>
        ))}
    </BackupModal>
  );
}
