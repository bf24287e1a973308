// "Paket": the packages made and opened here, newest first, with whether the
// partner confirmed them (a receipt came back) or our receipt was made.
import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPackages } from '@tabler/icons-react';
import { useState } from 'react';
import type { z } from 'zod';
import type { AppError } from '../../../../shared/envelope';
import type { packageRecord, Partner } from '../../../../shared/ipc/exchange';
import { needsReceipt } from '../../../../shared/exchange/package-kinds';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { ShowReceivedReportButton } from './received-report';
import { exchangeApi } from './use-exchange';

type PackageRecord = z.infer<typeof packageRecord>;

export function PackageListButton() {
  const t = useT();
  const [list, setList] = useState<PackageRecord[] | null>(null);
  const [partners, setPartners] = useState<Map<number, Partner>>(new Map());
  const [error, setError] = useState<AppError | null>(null);

  async function open() {
    setError(null);
    setSaved(null);
    const [packages, known] = await Promise.all([exchangeApi.packages(), exchangeApi.partners()]);
    if (!packages.ok) return setError(packages.error);
    if (!known.ok) return setError(known.error);
    setPartners(new Map(known.value.map((p) => [p.id, p])));
    // The received files (caseworkers only: they alone may read them).
    if (packages.value.some((p) => p.direction === 'in' && (p.kind === 'handBack' || p.kind === 'report'))) {
      const received = await exchangeApi.receivedFiles();
      const byPackage = new Map<string, string[]>();
      if (received.ok)
        for (const f of received.value)
          byPackage.set(f.packageId, [...(byPackage.get(f.packageId) ?? []), f.name]);
      setFiles(byPackage);
    }
    setList(packages.value);
  }

  const [saved, setSaved] = useState<string | null>(null);
  const [files, setFiles] = useState<Map<string, string[]>>(new Map());

  /** A received hand-back's file (PDF, CSV, LASMIG.txt) or report, from the encrypted database into a chosen folder. */
  async function save(p: PackageRecord, name: string) {
    setError(null);
    const folder = await exchangeApi.chooseFolder();
    if (!folder.ok) return setError(folder.error);
    if (folder.value.path === null) return;
    const result = await exchangeApi.saveReceivedFile(p.packageId, name, folder.value.path);
    if (!result.ok) return setError(result.error);
    setSaved(result.value.path);
  }

  async function receipt(p: PackageRecord) {
    setError(null);
    const folder = await exchangeApi.chooseFolder();
    if (!folder.ok) return setError(folder.error);
    if (folder.value.path === null) return;
    const made = await exchangeApi.makeReceipt(p.packageId, folder.value.path);
    if (!made.ok) return setError(made.error);
    setSaved(made.value.path);
    const again = await exchangeApi.packages();
    if (again.ok) setList(again.value);
  }

  const status = (p: PackageRecord) => {
    if (!needsReceipt(p.kind)) return null;
    if (p.receiptAt) return <Badge color="green" variant="light">{t(p.direction === 'out' ? 'exchange.confirmed' : 'exchange.receiptMade', { date: p.receiptAt.slice(0, 10) })}</Badge>;
    return <Badge color="orange" variant="light">{t(p.direction === 'out' ? 'exchange.awaitingReceipt' : 'exchange.noReceiptYet')}</Badge>;
  };

  return (
    <>
      <Button variant="default" leftSection={<IconPackages size={16} aria-hidden="true" />} onClick={() => void open()}>
        {t('exchange.packages')}
      </Button>
      {list === null && <ErrorAlert error={error} />}
      <AppModal opened={list !== null} onClose={() => setList(null)} size="xl" title={t('exchange.packages')}>
        {list && list.length === 0 && <Text size="sm">{t('exchange.noPackages')}</Text>}
        <ErrorAlert error={error} />
        {saved && (
          <Alert color="green" role="status" mb="sm">
            {t('exchange.fileSaved', { path: saved })}
          </Alert>
        )}
        {list && list.length > 0 && (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.col.date')}</Table.Th>
                <Table.Th>{t('exchange.col.kind')}</Table.Th>
                <Table.Th>{t('exchange.col.partner')}</Table.Th>
                <Table.Th>{t('exchange.col.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((p) => (
                <Table.Tr key={`${p.direction}-${p.packageId}`}>
                  <Table.Td>{p.handledAt.slice(0, 10)}</Table.Td>
                  <Table.Td>
                    {t(`exchange.kind.${p.kind}`)} ({t(p.direction === 'out' ? 'exchange.sent' : 'exchange.received')})
                  </Table.Td>
                  <Table.Td>{partners.get(p.partnerId)?.organisationName ?? ''}</Table.Td>
                  <Table.Td>
                    {status(p)}
                    {p.direction === 'in' && needsReceipt(p.kind) && !p.receiptAt && (
                      <Button size="xs" variant="default" onClick={() => void receipt(p)}>
                        {t('exchange.saveReceipt')}
                      </Button>
                    )}
                    {p.direction === 'in' && p.kind === 'report' && files.has(p.packageId) && (
                      <Group gap={4} mt={4}>
                        <ShowReceivedReportButton packageId={p.packageId} />
                        <Button size="xs" variant="default" onClick={() => void save(p, 'rapport.json')}>
                          {t('exchange.saveReport')}
                        </Button>
                      </Group>
                    )}
                    {p.direction === 'in' && p.kind === 'handBack' && (
                      <Group gap={4} mt={4}>
                        {(files.get(p.packageId) ?? []).map((name) => (
                          <Button key={name} size="xs" variant="default" onClick={() => void save(p, name)}>
                            {t('exchange.saveFile', { name })}
                          </Button>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </AppModal>
    </>
  );
}
