// On a child's page (the district's caseworker): the referrals and consent
// changes sent to partners about the child, and whether the partner's receipt
// confirmed each. Shown only once something was sent.
import { Badge, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { ChildPackage } from '../../../../shared/ipc/exchange';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { exchangeApi } from './use-exchange';

/** `version` reloads the list after something was sent from the page. */
export function ChildPackages({ childId, version }: { childId: number; version: number }) {
  const t = useT();
  const [list, setList] = useState<ChildPackage[]>([]);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    void exchangeApi.childPackages(childId).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setList(result.value);
    });
    return () => {
      live = false;
    };
  }, [childId, version]);

  if (error) return <ErrorAlert error={error} />;
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="child-sent-packages">
      <Title order={2} size="h4" id="child-sent-packages">
        {t('exchange.childPackages')}
      </Title>
      <Text size="sm" mb="xs">
        {t('exchange.childPackagesIntro')}
      </Text>
      <Table striped withTableBorder aria-labelledby="child-sent-packages">
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
            <Table.Tr key={p.packageId}>
              <Table.Td>{p.createdAt.slice(0, 10)}</Table.Td>
              <Table.Td>{t(`exchange.kind.${p.kind}`)}</Table.Td>
              <Table.Td>{p.partnerName}</Table.Td>
              <Table.Td>
                {p.receiptAt ? (
                  <Badge color="green" variant="light">
                    {t('exchange.confirmed', { date: p.receiptAt.slice(0, 10) })}
                  </Badge>
                ) : (
                  <Badge color="orange" variant="light">
                    {t('exchange.awaitingReceipt')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
