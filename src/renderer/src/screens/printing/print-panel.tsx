// The print buttons where the work is: one row per paper, a button per format.
// A print is always masked; when it left out a protected child's details, a
// role that may reveal is offered the same print again with them (printed
// through its own audited channel).
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { DocumentFormat } from '../../../../shared/ipc/agreements';
import type { PrintTarget } from '../../../../shared/ipc/printing';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';
import { usePrinting, type Printed } from './use-printing';

export interface PrintItem {
  key: string;
  /** What the paper is, e.g. "Grupplista": the buttons say "Grupplista som PDF". */
  label: string;
  description?: string;
  /** Null: not printable now (the button is disabled). */
  target: PrintTarget | null;
  formats: readonly DocumentFormat[];
  /** A field the paper needs (a session to pick), shown above its buttons. */
  control?: ReactNode;
}

export function PrintPanel({
  id,
  title,
  items,
  children,
}: {
  id: string;
  /** The panel's heading; "Utskrifter" without one. */
  title?: string;
  items: PrintItem[];
  children?: ReactNode;
}) {
  const t = useT();
  const role = useSessionStore((s) => s.session?.role) ?? 'viewer';
  const { busy, error, printed, print } = usePrinting();
  const latest = printed[0];
  const mayReveal = mayCall('printing:printRevealed', role);

  async function run(key: string, target: PrintTarget, format: DocumentFormat, revealed = false) {
    const done = await print(key, target, format, revealed);
    if (done) notifySuccess(t('documents.saved', { name: done.result.fileName }));
  }

  const revealOffer = (entry: Printed) => (
    <Alert color="orange" variant="light" title={t('printing.withheldTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('printing.withheld', { count: entry.result.withheld })}</Text>
        {mayReveal ? (
          <>
            <Text size="sm">{t('printing.revealHint')}</Text>
            <Group>
              <Button
                variant="default"
                leftSection={<IconEye size={16} aria-hidden="true" />}
                loading={busy === `${entry.key}-revealed`}
                onClick={() => void run(`${entry.key}-revealed`, entry.target, entry.format, true)}
              >
                {t('printing.reveal')}
              </Button>
            </Group>
          </>
        ) : (
          <Text size="sm">{t('printing.revealNotAllowed')}</Text>
        )}
      </Stack>
    </Alert>
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={2} size="h4" id={id}>
          {title ?? t('printing.title')}
        </Title>
        <Text size="sm">{t('printing.intro')}</Text>
        {items.map((item) => (
          <Stack key={item.key} gap={6}>
            {item.description && <Text size="sm">{item.description}</Text>}
            {item.control}
            <Group gap="xs">
              {item.formats.map((format) => (
                <Button
                  key={format}
                  variant={format === 'pdf' ? 'light' : 'default'}
                  leftSection={
                    format === 'pdf' ? (
                      <IconFileTypePdf size={18} aria-hidden="true" />
                    ) : (
                      <IconFileTypeDocx size={18} aria-hidden="true" />
                    )
                  }
                  disabled={item.target === null}
                  loading={busy === `${item.key}-${format}`}
                  onClick={() => item.target && void run(`${item.key}-${format}`, item.target, format)}
                >
                  {t(format === 'pdf' ? 'documents.savePdf' : 'documents.saveDocx', { what: item.label })}
                </Button>
              ))}
            </Group>
          </Stack>
        ))}
        {children}
        <ErrorAlert error={error} />
        {latest && latest.result.withheld > 0 && revealOffer(latest)}
        {printed.length > 0 && (
          <Stack gap={4} role="status">
            <Text fw={600} size="sm">
              {t('documents.savedList')}
            </Text>
            {printed.map((p) => (
              <Text key={p.result.path} size="sm" ff="monospace">
                {p.result.path}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
