// Säkerhetskopior → "Installationens kännetecken": this installation's id and
// key fingerprint, to print and keep away from the computer. A fresh restore
// on a new machine cannot check a backup's seal; the administrator compares
// the backup's details with this printout instead.
import { Button, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { localDate } from '../../format/dates';
import { useT } from '../../i18n/use-t';
import { IdentityLines } from './origin-details';

interface Props {
  installationId: string;
  keyFingerprint: string;
}

function OriginPrint({ installationId, keyFingerprint }: Props) {
  const t = useT();
  return createPortal(
    <div className="recovery-print" aria-hidden="true">
      <h2>{t('backups.originPrintTitle')}</h2>
      <p>{localDate(new Date())}</p>
      <p className="backup-secret-key">
        {t('backups.installationId')}: {installationId}
        <br />
        {t('backups.keyFingerprint')}: {keyFingerprint}
      </p>
      <p>{t('backups.originPrintWhat')}</p>
    </div>,
    document.body,
  );
}

export function InstallationOriginSection(props: Props) {
  const t = useT();
  const [printing, setPrinting] = useState(false);

  function print() {
    setPrinting(true);
    // Printed after the sheet is in the page; removed again afterwards.
    setTimeout(() => {
      window.print();
      setPrinting(false);
    }, 0);
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{t('backups.originIntro')}</Text>
      <IdentityLines identity={props} />
      <div>
        <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden="true" />} onClick={print}>
          {t('backups.originPrint')}
        </Button>
      </div>
      {printing && <OriginPrint {...props} />}
    </Stack>
  );
}
