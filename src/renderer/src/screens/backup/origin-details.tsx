// Where a backup comes from: the verdict in plain words, and the backup's
// installation id and key fingerprint (beside this installation's, when
// known) for the administrator to compare with a printed record.
import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import type { BackupOrigin } from '../../../../shared/ipc/backup';
import { useT } from '../../i18n/use-t';

interface Identity {
  installationId: string;
  keyFingerprint: string;
}

export function IdentityLines({ identity, heading }: { identity: Identity; heading?: string }) {
  const t = useT();
  return (
    <Stack gap={2}>
      {heading && (
        <Text size="sm" fw={700}>
          {heading}
        </Text>
      )}
      <Text size="sm">
        {t('backups.installationId')}: <span className="backup-identity">{identity.installationId}</span>
      </Text>
      <Text size="sm">
        {t('backups.keyFingerprint')}: <span className="backup-identity">{identity.keyFingerprint}</span>
      </Text>
    </Stack>
  );
}

export function OriginDetails({ origin, current }: { origin: BackupOrigin; current?: Identity | null }) {
  const t = useT();
  const warn = origin.proof === 'mismatch' || origin.proof === 'none';
  const icon =
    origin.proof === 'verified' ? (
      <IconShieldCheck aria-hidden="true" />
    ) : warn ? (
      <IconAlertTriangle aria-hidden="true" />
    ) : (
      <IconInfoCircle aria-hidden="true" />
    );
  return (
    <Alert
      role="note"
      color={origin.proof === 'verified' ? 'green' : warn ? 'orange' : 'blue'}
      variant="light"
      icon={icon}
      title={t(`backups.origin.${origin.proof}`)}
    >
      <SimpleGrid cols={{ base: 1, sm: current ? 2 : 1 }} spacing="sm">
        <IdentityLines identity={origin} heading={current ? t('backups.originBackup') : undefined} />
        {current && <IdentityLines identity={current} heading={t('backups.originThis')} />}
      </SimpleGrid>
    </Alert>
  );
}
