// Översikt for agreements: what is overdue and what falls due within 90 days,
// across all agreements being followed up and per agreement. A registration
// number opens the agreement.
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { statusLabels } from '../../../../../shared/agreements/labels';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useLanguage, useT } from '../../../i18n/use-t';
import { appErrorOf } from '../../../data/api-failure';
import { useApiQuery } from '../../../data/use-api-query';
import { goTo } from '../../../navigation/navigate';
import { describeItem } from '../calendar-text';
import { StateBadge } from '../state-badge';
import { CommitmentAlerts } from './commitment-alerts';
import '../agreements.css';

export function AgreementsDashboard() {
  const t = useT();
  const language = useLanguage();
  const query = useApiQuery('agreements:dashboard', { horizonDays: 90 });
  const dashboard = query.data ?? null;
  const loading = query.isPending;
  const error = appErrorOf(query.error);

  const openAgreement = (id: number) => goTo({ name: 'agreement', id, tab: 'summary' });

  if (!dashboard)
    return error ? (
      <ErrorAlert error={error} />
    ) : loading ? (
      <LoadingState label={t('common.loading')} />
    ) : null;
  const overdue = dashboard.items.filter((i) => i.state === 'overdue').length;
  const due = dashboard.items.length - overdue;
  const link = (id: number, dnr: string) => (
    <button type="button" className="agr-link-button" onClick={() => openAgreement(id)}>
      {dnr}
    </button>
  );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('dashboard.title')}
        </Title>
        <Text size="sm">{t('dashboard.intro', { today: dashboard.today, end: dashboard.horizonEnd })}</Text>
        <Group gap="sm" role="status">
          <Badge color="red" variant="light" size="lg">
            {t('dashboard.overdueCount', { count: overdue })}
          </Badge>
          <Badge color="orange" variant="light" size="lg">
            {t('dashboard.dueCount', { count: due })}
          </Badge>
        </Group>
      </Stack>
      <ErrorAlert error={error} />
      {dashboard.items.length === 0 ? (
        <Text>{t('dashboard.nothing')}</Text>
      ) : (
        <Table withTableBorder striped aria-label={t('dashboard.itemsLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboard.date')}</Table.Th>
              <Table.Th>{t('dashboard.state')}</Table.Th>
              <Table.Th>{t('dashboard.what')}</Table.Th>
              <Table.Th>{t('dashboard.agreement')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dashboard.items.slice(0, 300).map((item) => (
              <Table.Tr key={`${item.agreementId}-${item.key}`}>
                <Table.Td className="agr-nowrap">
                  <time dateTime={item.date}>{item.date}</time>
                </Table.Td>
                <Table.Td className="agr-nowrap">
                  <StateBadge state={item.state} />
                </Table.Td>
                <Table.Td>
                  {describeItem(
                    item,
                    language,
                    t,
                    () => item.organisationName ?? undefined,
                    () => item.bodyName ?? undefined,
                  )}
                </Table.Td>
                <Table.Td>
                  {link(item.agreementId, item.registrationNumber)}
                  <Text size="xs" c="gray.8">
                    {item.title}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dashboard.items.length > 300 && (
        <Text size="sm">{t('dashboard.more', { count: dashboard.items.length - 300 })}</Text>
      )}
      <CommitmentAlerts alerts={dashboard.commitments} totals={dashboard.commitmentTotals} />
      {dashboard.agreements.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('dashboard.perAgreement')}
          </Title>
          <Table withTableBorder aria-label={t('dashboard.perAgreement')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.agreement')}</Table.Th>
                <Table.Th>{t('agreements.colStatus')}</Table.Th>
                <Table.Th>{t('dashboard.overdue')}</Table.Th>
                <Table.Th>{t('dashboard.due')}</Table.Th>
                <Table.Th>{t('dashboard.next')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dashboard.agreements.slice(0, 200).map((a) => (
                <Table.Tr key={a.agreementId}>
                  <Table.Td>
                    {link(a.agreementId, a.registrationNumber)}
                    <Text size="xs" c="gray.8">
                      {a.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>{statusLabels[language][a.status]}</Table.Td>
                  <Table.Td>{a.overdue}</Table.Td>
                  <Table.Td>{a.due}</Table.Td>
                  <Table.Td className="agr-nowrap">{a.next ?? '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
