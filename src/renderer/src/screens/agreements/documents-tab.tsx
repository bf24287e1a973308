// Documents: the agreement and the decision memo as DOCX (editable in Word)
// or PDF, made in main and saved in a folder the user chooses.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Agreement, DocumentFormat, DocumentKind } from '../../../../shared/ipc/agreements';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useT } from '../../i18n/use-t';
import { useAgreementsStore } from '../../stores/agreements-store';

export function DocumentsTab({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const generate = useAgreementsStore((s) => s.generateDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<string[]>([]);

  async function make(document: DocumentKind, format: DocumentFormat) {
    setBusy(`${document}-${format}`);
    setError(null);
    const chosen = await call((api) => api.files.chooseFolder({ purpose: 'documentFolder' }));
    if (!chosen.ok) {
      setBusy(null);
      return setError(chosen.error);
    }
    if (chosen.value.path === null) return setBusy(null);
    const result = await generate(document, format, chosen.value.path);
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setSaved((list) => [result.value.path, ...list]);
    notifySuccess(t('documents.saved', { name: result.value.fileName }));
  }

  const row = (document: DocumentKind, title: string, description: string) => (
    <Stack gap={6}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm">{description}</Text>
      <Group>
        <Button
          leftSection={<IconFileTypeDocx size={18} aria-hidden="true" />}
          loading={busy === `${document}-docx`}
          onClick={() => void make(document, 'docx')}
        >
          {t('documents.saveDocx', { what: title })}
        </Button>
        <Button
          variant="light"
          leftSection={<IconFileTypePdf size={18} aria-hidden="true" />}
          loading={busy === `${document}-pdf`}
          onClick={() => void make(document, 'pdf')}
        >
          {t('documents.savePdf', { what: title })}
        </Button>
      </Group>
    </Stack>
  );

  return (
    <Stack gap="xl" maw={760}>
      <Text>{t('documents.intro', { dnr: agreement.data.registrationNumber })}</Text>
      {row('agreement', t('documents.agreement'), t('documents.agreementText'))}
      {row('decisionMemo', t('documents.memo'), t('documents.memoText'))}
      <ErrorAlert error={error} />
      {saved.length > 0 && (
        <Stack gap={4} role="status">
          <Text fw={600}>{t('documents.savedList')}</Text>
          {saved.map((path) => (
            <Text key={path} size="sm" ff="monospace">
              {path}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
