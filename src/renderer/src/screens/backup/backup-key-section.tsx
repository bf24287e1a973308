// The backup key: which public key scheduled backups are encrypted to, making
// a new key pair (the secret half is shown once, see keygen-modal.tsx), or
// using a public key made elsewhere (several laptops sharing one key).
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { contract } from '../../../../shared/ipc/contract';
import { validate } from '../../api/zod-fields';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { backupActions } from './use-backup';
import { KeygenModal } from './keygen-modal';

export function BackupKeySection({ recipient }: { recipient: string | null }) {
  const t = useT();
  const setRecipient = backupActions.setRecipient;
  const [keygenOpen, setKeygenOpen] = useState(false);
  const [showExisting, setShowExisting] = useState(false);
  const [existing, setExisting] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFormErrors();
  const fieldError = useFieldError({ ...(error?.fields ?? {}), ...errors });
  const publicKeyLabel = useId();
  const existingFormId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(contract['backup:setRecipient'].input, { recipient: existing });
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await setRecipient(existing);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setExisting('');
    setShowExisting(false);
    notifySuccess(t('backups.recipientSaved'));
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{t('backups.keyWhat')}</Text>
      {recipient ? (
        <>
          <Text size="sm" fw={700} id={publicKeyLabel}>
            {t('backups.publicKey')}
          </Text>
          <p className="backup-public-key" aria-labelledby={publicKeyLabel}>
            {recipient}
          </p>
        </>
      ) : (
        <Text size="sm" fw={700}>
          {t('backups.noKey')}
        </Text>
      )}
      <Group gap="sm">
        <Button
          // A second key is a rare step: not the loudest button on the page.
          variant={recipient ? 'default' : 'filled'}
          leftSection={<IconKey size={16} aria-hidden="true" />}
          onClick={() => setKeygenOpen(true)}
        >
          {recipient ? t('backups.keygenAgain') : t('backups.keygen')}
        </Button>
        <Button
          variant="subtle"
          onClick={() => setShowExisting((v) => !v)}
          aria-expanded={showExisting}
          aria-controls={existingFormId}
        >
          {t('backups.useExistingKey')}
        </Button>
      </Group>
      {showExisting && (
        <form id={existingFormId} onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm" maw={640}>
            <TextInput
              label={t('backups.existingKey')}
              description={t('backups.existingKeyHint')}
              value={existing}
              onChange={(e) => {
                setExisting(e.currentTarget.value);
                clear('recipient');
              }}
              error={fieldError('recipient')}
              required
              autoComplete="off"
              spellCheck={false}
              classNames={{ input: 'monospace-input' }}
            />
            <ErrorAlert error={error} />
            <div>
              <Button type="submit" variant="default" loading={busy}>
                {t('backups.saveExistingKey')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
      <KeygenModal opened={keygenOpen} replacing={recipient !== null} onClose={() => setKeygenOpen(false)} />
    </Stack>
  );
}
