// Copy and print buttons for a secret shown once (the recovery key, the
// backup key), with a spoken line saying whether the copy worked.
import { Button, Group, Text } from '@mantine/core';
import { IconCopy, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { copyText } from './copy-text';

export function CopyAndPrint({
  secret,
  copiedLabel,
  failedLabel,
}: {
  secret: string;
  copiedLabel: string;
  /** What to do when copying fails (default: about a key). */
  failedLabel?: string;
}) {
  const t = useT();
  const [copyResult, setCopyResult] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    setCopyResult((await copyText(secret)) ? 'copied' : 'failed');
  }

  return (
    <>
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
        {copyResult === 'copied' ? copiedLabel : copyResult === 'failed' ? (failedLabel ?? t('setup.copyFailed')) : ''}
      </Text>
    </>
  );
}
