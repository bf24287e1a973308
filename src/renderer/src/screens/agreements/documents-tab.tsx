// Documents: the agreement (today's terms, or consolidated as in force on a
// date), the decision memo and each amendment (tilläggsavtal) as DOCX
// (editable in Word) or PDF, made in main and saved in a folder the user
// chooses.
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Agreement, DocumentFormat, DocumentKind } from '../../../../shared/ipc/agreements';
import { runApi } from '../../data/use-api-mutation';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useFieldError } from '../../components/use-field-error';
import { useT } from '../../i18n/use-t';
import { useAgreementActions } from './agreement-actions';
import { CalendarExportButton } from './calendar-export-button';

type Options = { amendmentId?: number; asOf?: string };

export function DocumentsTab({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const generate = useAgreementActions().generateDocument;
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<string[]>([]);
  const [asOf, setAsOf] = useState('');
  const amendments = [...agreement.life.amendments].sort((a, b) => b.number - a.number);
  const [amendmentId, setAmendmentId] = useState<string | null>(
    amendments[0] ? String(amendments[0].id) : null,
  );
  const fieldError = useFieldError(error?.fields ?? {});

  async function make(document: DocumentKind, format: DocumentFormat, options: Options = {}) {
    setBusy(`${document}-${format}`);
    setError(null);
    const chosen = await runApi('files:chooseFolder', { purpose: 'documentFolder' });
    if (!chosen.ok) {
      setBusy(null);
      return setError(chosen.error);
    }
    if (chosen.value.path === null) return setBusy(null);
    const folder = chosen.value.path;
    const result =
      options.amendmentId === undefined && options.asOf === undefined
        ? await generate(document, format, folder)
        : await runApi('agreements:generateDocument', {
            id: agreement.id,
            document,
            format,
            folder,
            ...options,
          });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setSaved((list) => [result.value.path, ...list]);
    notifySuccess(t('documents.saved', { name: result.value.fileName }));
  }

  const row = (
    document: DocumentKind,
    title: string,
    description: string,
    options: () => Options = () => ({}),
    extra?: ReactNode,
    disabled = false,
  ) => (
    <Stack gap={6}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm">{description}</Text>
      {extra}
      <Group>
        <Button
          leftSection={<IconFileTypeDocx size={18} aria-hidden="true" />}
          loading={busy === `${document}-docx`}
          disabled={disabled}
          onClick={() => void make(document, 'docx', options())}
        >
          {t('documents.saveDocx', { what: title })}
        </Button>
        <Button
          variant="light"
          leftSection={<IconFileTypePdf size={18} aria-hidden="true" />}
          loading={busy === `${document}-pdf`}
          disabled={disabled}
          onClick={() => void make(document, 'pdf', options())}
        >
          {t('documents.savePdf', { what: title })}
        </Button>
      </Group>
    </Stack>
  );

  const amendmentLabel = (a: Agreement['life']['amendments'][number]) =>
    t('documents.amendmentOption', {
      number: a.number,
      date: a.effectiveFrom,
      status: t(`documents.amendmentStatus.${a.status}`),
    });

  return (
    <Stack gap="xl" maw={760}>
      <Text>{t('documents.intro', { dnr: agreement.data.registrationNumber })}</Text>
      {row(
        'agreement',
        t('documents.agreement'),
        t('documents.agreementText'),
        () => (asOf.trim() ? { asOf: asOf.trim() } : {}),
        <TextInput
          label={t('documents.asOf')}
          description={t('documents.asOfHint')}
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
          error={fieldError('asOf')}
          maw={480}
        />,
      )}
      {row('decisionMemo', t('documents.memo'), t('documents.memoText'))}
      {amendments.length === 0 ? (
        <Stack gap={6}>
          <Title order={2} size="h4">
            {t('documents.amendment')}
          </Title>
          <Text size="sm">{t('documents.noAmendments')}</Text>
        </Stack>
      ) : (
        row(
          'amendment',
          t('documents.amendment'),
          t('documents.amendmentText'),
          () => (amendmentId ? { amendmentId: Number(amendmentId) } : {}),
          <Select
            label={t('documents.pickAmendment')}
            data={amendments.map((a) => ({ value: String(a.id), label: amendmentLabel(a) }))}
            value={amendmentId}
            onChange={setAmendmentId}
            allowDeselect={false}
            error={fieldError('amendmentId')}
            maw={480}
          />,
          amendmentId === null,
        )
      )}
      <Stack gap={6}>
        <Title order={2} size="h4">
          {t('documents.calendar')}
        </Title>
        <CalendarExportButton agreementId={agreement.id} />
      </Stack>
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
