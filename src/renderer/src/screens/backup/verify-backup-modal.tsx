// "Kontrollera": opens a backup with its passphrase or secret key, checks
// every table against the manifest and the database's own integrity, without
// touching the live data; then says in plain words whether it can be restored.
import { Button, Group, Stack, Text } from '@mantine/core';
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
import { emptySecret, SecretFields, secretInput, type SecretValues } from './secret-fields';

interface Props {
  /** The file to check; null = closed. */
  target: BackupTarget | null;
  onClose(): void;
}

export function VerifyBackupModal({ target, onClose }: Props) {
  const t = useT();
  const startVerify = useBackupJobStore((s) => s.startVerify);
  const cancel = useBackupJobStore((s) => s.cancel);
  const dismiss = useBackupJobStore((s) => s.dismiss);
  const cancelling = useBackupJobStore((s) => s.cancelling);
  const storeJob = useBackupJobStore((s) => s.job);
  const [secret, setSecret] = useState<SecretValues>(emptySecret);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFormErrors();
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });
  const job = storeJob && storeJob.id === jobId ? storeJob : null;

  // Scheduled backups are made with the backup key, the others usually with a passphrase.
  const path = target?.path ?? null;
  const defaultKind = target?.kind === 'scheduled' ? 'identity' : 'passphrase';
  useEffect(() => {
    if (path !== null) setSecret({ ...emptySecret, kind: defaultKind });
  }, [path, defaultKind]);

  function close() {
    if (job && job.state !== 'running') dismiss();
    setSecret(emptySecret);
    setJobId(null);
    setError(null);
    setErrors({});
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!target) return;
    const input: ChannelInput<'backup:startVerify'> = { file: target.path, secret: secretInput(secret) };
    const found = validate(contract['backup:startVerify'].input, input);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await startVerify(input);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setJobId(result.value);
  }

  return (
    <BackupModal opened={target !== null} onClose={close} title={t('backups.verifyTitle')}>
      <JobLiveRegion job={job} />
      {target && (
        <Stack gap="md">
          <Text size="sm">{t('backups.verifyWhich', { backup: target.label })}</Text>
          {job?.state === 'running' ? (
            <JobProgress
              job={job}
              cancelling={cancelling}
              onCancel={() => void cancel()}
              note={t('backups.mayClose')}
            />
          ) : job?.state === 'succeeded' ? (
            <>
              <JobOutcome job={job} />
              <Group justify="flex-end">
                <Button onClick={close} data-autofocus>
                  {t('common.close')}
                </Button>
              </Group>
            </>
          ) : (
            <form onSubmit={(e) => void submit(e)} noValidate>
              <Stack gap="md">
                <Text size="sm">{t('backups.verifyIntro')}</Text>
                <SecretFields
                  values={secret}
                  onChange={(patch) => {
                    setSecret((v) => ({ ...v, ...patch }));
                    clear('secret.passphrase', 'secret.identity');
                  }}
                  error={fieldError}
                  autoFocus
                />
                {job && <JobOutcome job={job} />}
                <ErrorAlert error={error} />
                <Group justify="flex-end">
                  <Button variant="default" onClick={close}>
                    {t('common.cancel')}
                  </Button>
                  <Button type="submit" loading={busy}>
                    {t('backups.verifySubmit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      )}
    </BackupModal>
  );
}
