// "Skapa säkerhetskopieringsnyckel": explains the key pair in plain words,
// makes it, and shows the secret half once (copy, print) until the admin
// confirms it is saved. The app keeps only the public half; the secret lives
// in this component's state and is dropped when the dialog closes.
import { Alert, Button, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { CopyAndPrint } from '../../components/copy-and-print';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useT } from '../../i18n/use-t';
import { backupActions } from './use-backup';
import { useSessionStore } from '../../stores/session-store';
import { BackupKeyPrint } from './backup-key-print';
import { BackupModal } from './backup-modal';

interface Props {
  opened: boolean;
  /** A key exists already: say what happens to backups made with it. */
  replacing: boolean;
  onClose(): void;
}

export function KeygenModal({ opened, replacing, onClose }: Props) {
  const t = useT();
  const generateKey = backupActions.generateKey;
  const organisationName = useSessionStore((s) => s.organisationName) ?? '';
  const [identity, setIdentity] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const keyLabel = useId();

  function close() {
    const made = identity !== null;
    setIdentity(null);
    setSaved(false);
    setError(null);
    onClose();
    if (made) notifySuccess(t('backups.keyCreated'));
  }

  async function create() {
    setBusy(true);
    setError(null);
    const result = await generateKey();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setIdentity(result.value.identity);
  }

  return (
    <BackupModal
      opened={opened}
      onClose={close}
      title={t('backups.keygenTitle')}
      closable={identity === null || saved}
    >
      {identity === null ? (
        <Stack gap="md">
          <Text size="sm">{t('backups.keygenWhat')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('backups.keygenPublic')}</List.Item>
            <List.Item>{t('backups.keygenSecret')}</List.Item>
          </List>
          <Alert
            role="note"
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('backups.keygenKeepTitle')}
          >
            <Text size="sm">{t('backups.keygenKeep')}</Text>
          </Alert>
          {replacing && (
            <Alert role="note" color="blue" variant="light">
              <Text size="sm">{t('backups.keygenReplacing')}</Text>
            </Alert>
          )}
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void create()} loading={busy} data-autofocus>
              {t('backups.keygenSubmit')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Title order={3} size="h4">
            {t('backups.keygenSaveNow')}
          </Title>
          <Alert
            role="note"
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('backups.keygenOnce')}
          >
            <Text size="sm">{t('backups.keygenOnceHow')}</Text>
          </Alert>
          <Text id={keyLabel} fw={700}>
            {t('backups.identity')}
          </Text>
          <p className="backup-secret-key" aria-labelledby={keyLabel}>
            {identity}
          </p>
          <CopyAndPrint secret={identity} copiedLabel={t('backups.keyCopied')} />
          <Checkbox
            label={t('backups.keygenConfirm')}
            checked={saved}
            onChange={(e) => setSaved(e.currentTarget.checked)}
            size="md"
          />
          <Group justify="flex-end">
            <Button onClick={close} disabled={!saved}>
              {t('backups.keygenDone')}
            </Button>
          </Group>
          <BackupKeyPrint identity={identity} organisationName={organisationName} />
        </Stack>
      )}
    </BackupModal>
  );
}
