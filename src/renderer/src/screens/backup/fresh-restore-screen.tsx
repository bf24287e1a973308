// First run, "Återställ från säkerhetskopia": brings a whole installation
// (data, users and their passwords) from a backup onto this computer. After
// it the lock screen shows and everyone signs in with their old passwords.
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { contract, type ChannelInput } from '../../../../shared/ipc/contract';
import { validate } from '../../api/zod-fields';
import { BackButton } from '../../components/back-button';
import { ErrorAlert } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { useBackupJobStore } from '../../stores/backup-job-store';
import { useBackupStore } from '../../stores/backup-store';
import { JobLiveRegion, JobOutcome, JobProgress } from './job-view';
import { emptySecret, SecretFields, secretInput, type SecretValues } from './secret-fields';
import { useJobPolling } from './use-job-polling';

export function FreshRestoreScreen({ onBack }: { onBack(): void }) {
  const t = useT();
  const chooseFile = useBackupStore((s) => s.chooseFile);
  const startFreshRestore = useBackupJobStore((s) => s.startFreshRestore);
  const cancel = useBackupJobStore((s) => s.cancel);
  const cancelling = useBackupJobStore((s) => s.cancelling);
  const storeJob = useBackupJobStore((s) => s.job);
  const [file, setFile] = useState<string | null>(null);
  const [secret, setSecret] = useState<SecretValues>(emptySecret);
  const [missingFile, setMissingFile] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFormErrors();
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });
  const job = storeJob && storeJob.id === jobId ? storeJob : null;

  useJobPolling();

  async function pickFile() {
    setError(null);
    const result = await chooseFile();
    if (!result.ok) setError(result.error);
    else if (result.value !== null) {
      setFile(result.value);
      setMissingFile(false);
      clear('file');
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: ChannelInput<'backup:startFreshRestore'> = { file: file ?? '', secret: secretInput(secret) };
    const found = validate(contract['backup:startFreshRestore'].input, input);
    // The file has its own message ("Välj en fil"), not the generic "required".
    const noFile = file === null;
    delete found.file;
    setErrors(found);
    setMissingFile(noFile);
    setError(null);
    if (Object.keys(found).length > 0 || noFile) return;
    setBusy(true);
    const result = await startFreshRestore(input);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setJobId(result.value);
  }

  return (
    <div className="centered-page">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={720} component="main">
        <Stack gap="md">
          <PageTitle>{t('backups.freshTitle')}</PageTitle>
          <Text>{t('backups.freshIntro')}</Text>
          <JobLiveRegion job={job} />
          {job?.state === 'running' || job?.state === 'succeeded' ? (
            <JobProgress
              job={job}
              cancelling={cancelling}
              onCancel={() => void cancel()}
              note={t('backups.freshWait')}
            />
          ) : (
            <form onSubmit={(e) => void submit(e)} noValidate>
              <Stack gap="md">
                <Group align="flex-end" wrap="nowrap">
                  <TextInput
                    label={t('backups.freshFile')}
                    description={t('backups.freshFileHint')}
                    value={file ?? ''}
                    placeholder={t('backups.noFileChosen')}
                    readOnly
                    error={fieldError('file') ?? (missingFile ? t('backups.chooseFileFirst') : undefined)}
                    style={{ flex: 1 }}
                  />
                  <Button
                    variant="default"
                    leftSection={<IconFileSearch size={16} aria-hidden="true" />}
                    onClick={() => void pickFile()}
                  >
                    {t('backups.chooseFile')}
                  </Button>
                </Group>
                <SecretFields
                  values={secret}
                  onChange={(patch) => {
                    setSecret((v) => ({ ...v, ...patch }));
                    clear('secret.passphrase', 'secret.identity');
                  }}
                  error={fieldError}
                />
                <Text size="sm">{t('backups.freshAfter')}</Text>
                {job && <JobOutcome job={job} />}
                <ErrorAlert error={error} />
                <Group justify="space-between">
                  <BackButton label={t('backups.freshBack')} onClick={onBack} />
                  <Button type="submit" loading={busy}>
                    {t('backups.freshSubmit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </div>
  );
}
