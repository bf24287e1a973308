// "Paket": the packages made and opened here, newest first, with whether the
// partner confirmed them (a receipt came back) or our receipt was made.
import { Badge, Button, Table, Text } from '@mantine/core';
import { IconPackages } from '@tabler/icons-react';
import { useState } from 'react';
import type { z } from 'zod';
import type { AppError } from '../../../../shared/envelope';
import type { packageRecord, Partner } from '../../../../shared/ipc/exchange';
import { needsReceipt } from '../../../../shared/exchange/package-kinds';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { exchangeApi } from './use-exchange';

type PackageRecord = z.infer<typeof packageRecord>;

export function PackageListButton() {
  const t = useT();
  const [list, setList] = useState<PackageRecord[] | null>(null);
  const [partners, setPartners] = useState<Map<number, Partner>>(new Map());
  const [error, setError] = useState<AppError | null>(null);

  async function open() {
    setError(null);
    const [packages, known] = await Promise.all([exchangeApi.packages(), exchangeApi.partners()]);
    if (!packages.ok) return setError(packages.error);
    if (!known.ok) return setError(known.error);
    setPartners(new Map(known.value.map((p) => [p.id, p])));
    setList(packages.value);
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
                  <Table.Td>{status(p)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </AppModal>
    </>
  );
}
