// "Öppna paket": choose a file, see exactly what an import would do (nothing
// changes until "Importera"), choose a programme where the referral names one
// that does not exist here, import, then save the receipt for the sender.
import { Alert, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconPackageImport, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { ImportResult, PackagePreview } from '../../../../shared/ipc/exchange';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { exchangeApi } from './use-exchange';

export function OpenPackageButton() {
  const t = useT();
  const [path, setPath] = useState<string | null>(null);
  const [preview, setPreview] = useState<PackagePreview | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [receipt, setReceipt] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const opened = preview !== null || (error !== null && path !== null);

  function close() {
    setPath(null);
    setPreview(null);
    setChoices({});
    setResult(null);
    setReceipt(null);
    setError(null);
  }

  async function open() {
    close();
    const chosen = await exchangeApi.chooseFile('exchangePackage');
    if (!chosen.ok) return setError(chosen.error);
    if (chosen.value.path === null) return;
    setPath(chosen.value.path);
    setBusy(true);
    const opened = await exchangeApi.open(chosen.value.path);
    setBusy(false);
    if (opened.ok) setPreview(opened.value);
    else setError(opened.error);
  }

  async function importIt() {
    if (!path || !preview) return;
    setBusy(true);
    setError(null);
    const done = await exchangeApi.import({
      path,
      confirmed: true,
      programmeChoices: Object.entries(choices).map(([programme, id]) => ({
        programme,
        programmeId: Number(id),
      })),
    });
    setBusy(false);
    if (!done.ok) return setError(done.error);
    setResult(done.value);
  }

  async function saveReceipt() {
    if (!result) return;
    const folder = await exchangeApi.chooseFolder();
    if (!folder.ok) return setError(folder.error);
    if (folder.value.path === null) return;
    const made = await exchangeApi.makeReceipt(result.packageId, folder.value.path);
    if (!made.ok) return setError(made.error);
    setReceipt(made.value.path);
  }

  const missingChoice = preview?.unknownProgrammes.some((p) => !choices[p]) ?? false;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPackageImport size={16} aria-hidden="true" />}
        onClick={() => void open()}
        loading={busy && !opened}
      >
        {t('exchange.openPackage')}
      </Button>
      {!opened && <ErrorAlert error={error} />}
      <AppModal
        opened={opened}
        onClose={close}
        size="xl"
        title={
          preview
            ? t('exchange.previewTitle', {
                kind: t(`exchange.kind.${preview.kind}`),
                partner: preview.partner.organisationName,
              })
            : t('exchange.openPackage')
        }
      >
        <Stack gap="md">
          {preview && (
            <>
              <Text size="sm">{t('exchange.previewIntro')}</Text>
              <Text size="xs" c="dimmed">
                {t('exchange.packageMeta', {
                  id: preview.packageId,
                  created: preview.createdAt.slice(0, 10),
                  expires: preview.expiresAt.slice(0, 10),
                })}
              </Text>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('exchange.col.action')}</Table.Th>
                    <Table.Th>{t('exchange.col.subject')}</Table.Th>
                    <Table.Th>{t('exchange.col.detail')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.items.map((item, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{t(`exchange.action.${item.action}`)}</Table.Td>
                      <Table.Td>{item.subject}</Table.Td>
                      <Table.Td>
                        {item.consent
                          ? `${t(`consentScope.${item.consent.scope}`)}: ${t(`consentDecision.${item.consent.decision}`)} ${item.consent.decidedOn}`
                          : item.detail}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {preview.unknownProgrammes.map((name) => (
                <NativeSelect
                  key={name}
                  label={t('exchange.unknownProgramme', { name })}
                  value={choices[name] ?? ''}
                  onChange={(e) => setChoices({ ...choices, [name]: e.currentTarget.value })}
                  data={[
                    { value: '', label: t('exchange.chooseProgramme') },
                    ...preview.programmes.map((p) => ({ value: String(p.id), label: p.name })),
                  ]}
                />
              ))}
            </>
          )}
          <ErrorAlert error={error} />
          {result && (
            <Alert color="green" role="status">
              {t('exchange.imported', { created: result.created, updated: result.updated })}
            </Alert>
          )}
          {receipt && (
            <Alert color="green" role="status">
              {t('exchange.receiptSaved', { path: receipt })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('exchange.close')}
            </Button>
            {preview && !result && (
              <Button onClick={() => void importIt()} loading={busy} disabled={missingChoice}>
                {t('exchange.import')}
              </Button>
            )}
            {result && preview?.kind !== 'receipt' && !receipt && (
              <Button
                leftSection={<IconReceipt size={16} aria-hidden="true" />}
                onClick={() => void saveReceipt()}
              >
                {t('exchange.saveReceipt')}
              </Button>
            )}
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
