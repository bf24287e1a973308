// "Ta säkerhetskopia nu": where to save it (the configured folder or one the
// user picks, e.g. on a USB stick) and how to encrypt it (a passphrase or the
// backup key); then the job's progress and where the file ended up.
import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { BackupStatus } from '../../../../shared/ipc/backup';
import { contract, type ChannelInput } from '../../../../shared/ipc/contract';
import { validate } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { useBackupJobStore } from '../../stores/backup-job-store';
import { backupActions } from './use-backup';
import { BackupModal } from './backup-modal';
import { JobLiveRegion, JobOutcome, JobProgress } from './job-view';
import { NewPassphraseFields } from './new-passphrase-fields';

interface Props {
  opened: boolean;
  status: BackupStatus;
  onClose(): void;
  /** Opens the check of the file just made. */
  onVerify(path: string): void;
}

type Where = 'configured' | 'other';
type Encryption = 'passphrase' | 'recipient';

export function CreateBackupModal({ opened, status, onClose, onVerify }: Props) {
  const t = useT();
  const chooseFolder = backupActions.chooseFolder;
  const startCreate = useBackupJobStore((s) => s.startCreate);
  const cancel = useBackupJobStore((s) => s.cancel);
  const dismiss = useBackupJobStore((s) => s.dismiss);
  const cancelling = useBackupJobStore((s) => s.cancelling);
  const storeJob = useBackupJobStore((s) => s.job);

  const [where, setWhere] = useState<Where>('configured');
  const [otherFolder, setOtherFolder] = useState<string | null>(null);
  const [encryption, setEncryption] = useState<Encryption>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [missingFolder, setMissingFolder] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const { errors, setErrors, clear } = useFormErrors();
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });

  const job = storeJob && storeJob.id === jobId ? storeJob : null;
  const hasRecipient = status.recipient !== null;

  function reset() {
    setWhere('configured');
    setOtherFolder(null);
    setEncryption('passphrase');
    setPassphrase('');
    setRepeat('');
    setJobId(null);
    setError(null);
    setErrors({});
    setMissingFolder(false);
    setMismatch(false);
  }

  function close() {
    // A running job goes on; the tab shows it. A finished one has been seen here.
    if (job && job.state !== 'running') dismiss();
    reset();
    onClose();
  }

  async function pickFolder() {
    setError(null);
    const result = await chooseFolder();
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (result.value !== null) {
      setOtherFolder(result.value);
      setMissingFolder(false);
      clear('folder');
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: ChannelInput<'backup:startCreate'> = {
      folder: where === 'configured' ? null : otherFolder,
      encryption: encryption === 'passphrase' ? { kind: 'passphrase', passphrase } : { kind: 'recipient' },
    };
    const found = validate(contract['backup:startCreate'].input, input);
    const noFolder = where === 'other' && otherFolder === null;
    const differs = encryption === 'passphrase' && !found['encryption.passphrase'] && repeat !== passphrase;
    setErrors(found);
    setMissingFolder(noFolder);
    setMismatch(differs);
    setError(null);
    if (Object.keys(found).length > 0 || noFolder || differs) return;
    setBusy(true);
    const result = await startCreate(input);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setJobId(result.value);
  }

  const running = job?.state === 'running';
  const succeeded = job?.state === 'succeeded' && job.result?.kind === 'create' ? job.result : null;

  return (
    <BackupModal opened={opened} onClose={close} title={t('backups.createTitle')} size="xl">
      <JobLiveRegion job={job} />
      {job && running ? (
        <JobProgress
          job={job}
          cancelling={cancelling}
          onCancel={() => void cancel()}
          note={t('backups.mayClose')}
        />
      ) : job && succeeded ? (
        <Stack gap="md">
          <JobOutcome job={job} />
          {encryption === 'passphrase' && <Text size="sm">{t('backups.rememberPassphrase')}</Text>}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                close();
                onVerify(succeeded.path);
              }}
            >
              {t('backups.verifyNow')}
            </Button>
            <Button onClick={close} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <Radio.Group
              label={t('backups.where')}
              value={where}
              onChange={(value) => {
                setWhere(value === 'other' ? 'other' : 'configured');
                setMissingFolder(false);
                clear('folder');
              }}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="configured" label={t('backups.whereConfigured')} description={status.folder} />
                <Radio
                  value="other"
                  label={t('backups.whereOther')}
                  description={t('backups.whereOtherHint')}
                />
              </Stack>
            </Radio.Group>
            {where === 'other' && (
              <Group align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('backups.chosenFolder')}
                  value={otherFolder ?? ''}
                  placeholder={t('backups.noFolderChosen')}
                  readOnly
                  error={fieldError('folder') ?? (missingFolder ? t('backups.chooseFolderFirst') : undefined)}
                  style={{ flex: 1 }}
                />
                <Button
                  variant="default"
                  leftSection={<IconFolderOpen size={16} aria-hidden="true" />}
                  onClick={() => void pickFolder()}
                >
                  {t('backups.chooseFolder')}
                </Button>
              </Group>
            )}
            {where === 'configured' && fieldError('folder') && (
              <Text size="sm" c="var(--mantine-color-error)">
                {fieldError('folder')}
              </Text>
            )}
            <Radio.Group
              label={t('backups.encryption')}
              value={encryption}
              onChange={(value) => {
                setEncryption(value === 'recipient' ? 'recipient' : 'passphrase');
                clear('encryption.passphrase');
              }}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="passphrase"
                  label={t('backups.encryptionPassphrase')}
                  description={t('backups.encryptionPassphraseHint')}
                />
                <Radio
                  value="recipient"
                  label={t('backups.encryptionKey')}
                  description={
                    hasRecipient ? t('backups.encryptionKeyHint') : t('backups.encryptionKeyMissing')
                  }
                  disabled={!hasRecipient}
                />
              </Stack>
            </Radio.Group>
            {encryption === 'passphrase' && (
              <NewPassphraseFields
                passphrase={passphrase}
                repeat={repeat}
                onChange={(patch) => {
                  if (patch.passphrase !== undefined) {
                    setPassphrase(patch.passphrase);
                    clear('encryption.passphrase');
                  }
                  if (patch.repeat !== undefined) setRepeat(patch.repeat);
                  setMismatch(false);
                }}
                passphraseError={fieldError('encryption.passphrase')}
                repeatError={mismatch ? t('backups.passphraseMismatch') : undefined}
              />
            )}
            {job && <JobOutcome job={job} />}
            <ErrorAlert error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('backups.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </BackupModal>
  );
}
