import { Alert, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { CopyAndPrint } from '../../components/copy-and-print';
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
      <CopyAndPrint secret={recoveryKey} copiedLabel={t('setup.copied')} />
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
