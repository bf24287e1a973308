// A new passphrase for a manual backup: typed twice, or a suggestion of random
// Swedish words from main, with a plain warning that nobody can recover it.
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { backupActions } from './use-backup';

interface Props {
  passphrase: string;
  repeat: string;
  onChange(patch: { passphrase?: string; repeat?: string }): void;
  passphraseError?: string;
  repeatError?: string;
}

export function NewPassphraseFields({ passphrase, repeat, onChange, passphraseError, repeatError }: Props) {
  const t = useT();
  const suggestPassphrase = backupActions.suggestPassphrase;
  const [visible, setVisible] = useState(false);
  const [suggested, setSuggested] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function suggest() {
    setBusy(true);
    setError(null);
    const result = await suggestPassphrase();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    // Shown in clear text so it can be written down; the repeat field stays for the user to fill.
    onChange({ passphrase: result.value, repeat: '' });
    setVisible(true);
    setSuggested(true);
  }

  return (
    <Stack gap="sm">
      <Alert
        role="note"
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden="true" />}
        title={t('backups.passphraseWarningTitle')}
      >
        <Text size="sm">{t('backups.passphraseWarning')}</Text>
      </Alert>
      <PasswordInput
        label={t('backups.newPassphrase')}
        description={t('backups.newPassphraseHint')}
        value={passphrase}
        visible={visible}
        onVisibilityChange={setVisible}
        onChange={(e) => {
          setSuggested(false);
          onChange({ passphrase: e.currentTarget.value });
        }}
        error={passphraseError}
        required
        autoComplete="new-password"
        spellCheck={false}
        classNames={{ innerInput: 'monospace-input' }}
      />
      <Group gap="sm">
        <Button
          variant="light"
          leftSection={<IconWand size={16} aria-hidden="true" />}
          onClick={() => void suggest()}
          loading={busy}
        >
          {t('backups.suggestPassphrase')}
        </Button>
      </Group>
      <Text size="sm" aria-live="polite">
        {suggested ? t('backups.suggestedNote') : ''}
      </Text>
      <ErrorAlert error={error} />
      <PasswordInput
        label={t('backups.repeatPassphrase')}
        description={t('backups.repeatPassphraseHint')}
        value={repeat}
        onChange={(e) => onChange({ repeat: e.currentTarget.value })}
        error={repeatError}
        required
        autoComplete="new-password"
        spellCheck={false}
        classNames={{ innerInput: 'monospace-input' }}
      />
    </Stack>
  );
}
