import { Alert, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconPrinter } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { copyText } from '../../components/copy-text';
import { useT } from '../../i18n/use-t';
import { RecoveryKeyDisplay } from './recovery-key-display';
import { RecoveryKeyPrint } from './recovery-key-print';

interface Props {
  recoveryKey: string;
  organisationName: string;
  busy: boolean;
  onContinue(): void;
}

export function RecoveryKeyStep({ recoveryKey, organisationName, busy, onContinue }: Props) {
  const t = useT();
  const labelId = useId();
  const [saved, setSaved] = useState(false);
  const [copyResult, setCopyResult] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    setCopyResult((await copyText(recoveryKey)) ? 'copied' : 'failed');
  }

  return (
    <Stack gap="md">
      <Title order={2} size="h3" tabIndex={-1} data-step-heading>
        {t('setup.recoveryHeading')}
      </Title>
      <Text>{t('setup.recoveryWhat')}</Text>
      <Alert color="orange" variant="light" title={t('setup.recoveryOnce')}>
        <Text size="sm">{t('setup.recoveryHow')}</Text>
      </Alert>
      <Text id={labelId} fw={700}>
        {t('setup.recoveryKeyLabel')}
      </Text>
      <RecoveryKeyDisplay recoveryKey={recoveryKey} labelId={labelId} />
      <Group>
        <Button
          variant="default"
          leftSection={<IconCopy aria-hidden="true" size={18} />}
          onClick={() => void copy()}
        >
          {t('setup.copy')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter aria-hidden="true" size={18} />}
          onClick={() => window.print()}
        >
          {t('setup.print')}
        </Button>
      </Group>
      <Text size="sm" aria-live="polite">
        {copyResult === 'copied' ? t('setup.copied') : copyResult === 'failed' ? t('setup.copyFailed') : ''}
      </Text>
      <Checkbox
        label={t('setup.confirmSaved')}
        checked={saved}
        onChange={(e) => setSaved(e.currentTarget.checked)}
        size="md"
      />
      <Group justify="flex-end">
        <Button onClick={onContinue} disabled={!saved} loading={busy}>
          {t('setup.continue')}
        </Button>
      </Group>
      <RecoveryKeyPrint recoveryKey={recoveryKey} organisationName={organisationName} />
    </Stack>
  );
}
