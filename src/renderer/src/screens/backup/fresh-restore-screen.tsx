// First run, "Återställ från säkerhetskopia": brings a whole installation
// (data, users and their passwords) from a backup onto this computer. After
// it the lock screen shows and everyone signs in with their old passwords.
// No installation key exists here to check the backup's seal with, so the
// screen first reads the start of the file and shows the backup's
// installation id and key fingerprint; the administrator compares them with
// the printed record before restoring (main refuses a file whose fingerprint
// is not the one shown).
import { Button, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { BackupInspection } from '../../../../shared/ipc/backup';
import { runApi } from '../../data/use-api-mutation';
import { contract, type ChannelInput } from '../../../../shared/ipc/contract';
import { validate } from '../../api/zod-fields';
import { BackButton } from '../../components/back-button';
import { ErrorAlert } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { useBackupJobStore } from '../../stores/backup-job-store';
import { backupActions } from './use-backup';
import { localDateTime } from '../../format/dates';
import { JobLiveRegion, JobOutcome, JobProgress } from './job-view';
import { OriginDetails } from './origin-details';
import { emptySecret, SecretFields, secretInput, type SecretValues } from './secret-fields';
import { useJobPolling } from './use-job-polling';

export function FreshRestoreScreen({ onBack }: { onBack(): void }) {
  const t = useT();
  const chooseFile = backupActions.chooseFile;
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
  const [inspection, setInspection] = useState<BackupInspection | null>(null);
  const [compared, setCompared] = useState(false);
  const [notCompared, setNotCompared] = useState(false);
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
      forgetInspection();
      clear('file');
    }
  }

  /** Another file or secret: what was shown no longer applies. */
  function forgetInspection() {
    setInspection(null);
    setCompared(false);
    setNotCompared(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: ChannelInput<'backup:startFreshRestore'> = {
      file: file ?? '',
      secret: secretInput(secret),
      keyFingerprint: inspection?.origin.keyFingerprint ?? null,
    };
    const found = validate(contract['backup:startFreshRestore'].input, input);
    // The file has its own message ("Välj en fil"), not the generic "required".
    const noFile = file === null;
    delete found.file;
    setErrors(found);
    setMissingFile(noFile);
    setError(null);
    if (Object.keys(found).length > 0 || noFile) return;
    setBusy(true);
    if (!inspection) {
      // Step 1: read the start of the file and show where it comes from.
      const result = await runApi('backup:inspect', { file: input.file, secret: input.secret });
      setBusy(false);
      if (!result.ok) setError(result.error);
      else setInspection(result.value);
      return;
    }
    // Step 2: restore, once the administrator has compared the details.
    setNotCompared(!compared);
    if (!compared) {
      setBusy(false);
      return;
    }
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
                    forgetInspection();
                    clear('secret.passphrase', 'secret.identity');
                  }}
                  error={fieldError}
                />
                {inspection && (
                  <Stack gap="sm">
                    <Text size="sm">
                      {t('backups.freshInspected', {
                        organisation: inspection.organisationName,
                        time: localDateTime(inspection.createdAt),
                        version: inspection.appVersion,
                      })}
                    </Text>
                    <OriginDetails origin={inspection.origin} />
                    <Checkbox
                      label={t('backups.freshCompare')}
                      checked={compared}
                      onChange={(e) => {
                        setCompared(e.currentTarget.checked);
                        setNotCompared(false);
                      }}
                      error={notCompared ? t('backups.freshCompareRequired') : undefined}
                    />
                  </Stack>
                )}
                <Text size="sm">{t('backups.freshAfter')}</Text>
                {job && <JobOutcome job={job} />}
                <ErrorAlert error={error} />
                <Group justify="space-between">
                  <BackButton label={t('backups.freshBack')} onClick={onBack} />
                  <Button type="submit" loading={busy}>
                    {inspection ? t('backups.freshSubmit') : t('backups.freshInspect')}
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
