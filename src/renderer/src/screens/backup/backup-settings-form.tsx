// Backup settings: the folder for scheduled backups (and the safety copy
// before a restore), scheduled backups on or off, and how many to keep.
import { Alert, Button, Group, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { backupSettings, type BackupSettings, type BackupStatus } from '../../../../shared/ipc/backup';
import { validate } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { localDateTime } from '../../format/dates';
import { useT } from '../../i18n/use-t';
import { backupActions } from './use-backup';

interface Values {
  folder: string | null;
  scheduleEnabled: boolean;
  keepDaily: number | string;
  keepWeekly: number | string;
}

const valuesOf = (settings: BackupSettings): Values => ({ ...settings });
const count = (value: number | string) => (typeof value === 'number' ? value : Number.NaN);

export function BackupSettingsForm({ status }: { status: BackupStatus }) {
  const t = useT();
  const updateSettings = backupActions.updateSettings;
  const chooseFolder = backupActions.chooseFolder;
  const [values, setValues] = useState<Values>(() => valuesOf(status.settings));
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFormErrors();
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });

  // Saved settings that differ (a save here or elsewhere) replace the form's values; a mere
  // reload of the same settings (after each backup) leaves what is being typed alone.
  const saved = JSON.stringify(status.settings);
  useEffect(() => setValues(valuesOf(JSON.parse(saved) as BackupSettings)), [saved]);

  const change = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    clear(...Object.keys(patch));
  };

  async function pickFolder() {
    setError(null);
    const result = await chooseFolder();
    if (!result.ok) setError(result.error);
    else if (result.value !== null) change({ folder: result.value });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: BackupSettings = {
      folder: values.folder,
      scheduleEnabled: values.scheduleEnabled,
      keepDaily: count(values.keepDaily),
      keepWeekly: count(values.keepWeekly),
    };
    const found = validate(backupSettings, input);
    // An empty box says the same as a number out of range.
    for (const path of ['keepDaily', 'keepWeekly']) if (found[path]) found[path] = 'backup.keepRange';
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await updateSettings(input);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notifySuccess(t('backups.settingsSaved'));
  }

  const isDefaultFolder = values.folder === null;
  const shownFolder =
    values.folder ?? (status.settings.folder === null ? status.folder : t('backups.defaultFolder'));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <div>
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              label={t('backups.folder')}
              description={isDefaultFolder ? t('backups.folderDefaultHint') : t('backups.folderHint')}
              value={shownFolder}
              readOnly
              error={fieldError('folder')}
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
          {!isDefaultFolder && (
            <Button variant="subtle" size="compact-sm" mt={4} onClick={() => change({ folder: null })}>
              {t('backups.useDefaultFolder')}
            </Button>
          )}
        </div>
        <Switch
          label={t('backups.schedule')}
          description={t('backups.scheduleHint')}
          checked={values.scheduleEnabled}
          onChange={(e) => change({ scheduleEnabled: e.currentTarget.checked })}
        />
        {values.scheduleEnabled && status.recipient === null && (
          <Alert role="note" color="orange" variant="light">
            <Text size="sm">{t('backups.scheduleNeedsKey')}</Text>
          </Alert>
        )}
        {status.settings.scheduleEnabled && status.nextScheduledAt && (
          <Text size="sm">{t('backups.nextScheduled', { time: localDateTime(status.nextScheduledAt) })}</Text>
        )}
        <Group align="flex-start" grow>
          <NumberInput
            label={t('backups.keepDaily')}
            description={t('backups.keepDailyHint')}
            value={values.keepDaily}
            onChange={(value) => change({ keepDaily: value })}
            min={0}
            max={100}
            step={1}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            error={fieldError('keepDaily')}
            required
          />
          <NumberInput
            label={t('backups.keepWeekly')}
            description={t('backups.keepWeeklyHint')}
            value={values.keepWeekly}
            onChange={(value) => change({ keepWeekly: value })}
            min={0}
            max={100}
            step={1}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            error={fieldError('keepWeekly')}
            required
          />
        </Group>
        <ErrorAlert error={error} />
        <div>
          <Button type="submit" loading={busy}>
            {t('backups.saveSettings')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
