// Översikt's commitments at risk or not met in the period today falls in:
// what, whose, how far along against what the part of the period gone calls
// for; not met first, then the soonest end of period (main sends the 200 most
// urgent and the totals). A registration number opens the agreement's Åtaganden tab.
import { Stack, Table, Text, Title } from '@mantine/core';
import type { Dashboard } from '../../../../../shared/ipc/agreements';
import { useT } from '../../../i18n/use-t';
import { goTo } from '../../../navigation/navigate';
import { StatusBadge } from '../commitments/commitments-tab';

export function CommitmentAlerts({
  alerts,
  totals,
}: {
  alerts: Dashboard['commitments'];
  totals: Dashboard['commitmentTotals'];
}) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('dashboard.commitments')}
      </Title>
      {alerts.length === 0 ? (
        <Text size="sm">{t('dashboard.noCommitments')}</Text>
      ) : (
        <>
          <Text size="sm">{t('dashboard.commitmentsIntro')}</Text>
          {totals.atRisk + totals.notMet > alerts.length && (
            <Text size="sm">
              {t('dashboard.commitmentsCounts', {
                atRisk: totals.atRisk,
                notMet: totals.notMet,
                shown: alerts.length,
              })}
            </Text>
          )}
          <Table withTableBorder striped aria-label={t('dashboard.commitmentsLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cmt.status')}</Table.Th>
                <Table.Th>{t('cmt.commitment')}</Table.Th>
                <Table.Th>{t('cmt.party')}</Table.Th>
                <Table.Th>{t('cmt.progress')}</Table.Th>
                <Table.Th>{t('dashboard.periodEnd')}</Table.Th>
                <Table.Th>{t('dashboard.agreement')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {alerts.map((a) => (
                <Table.Tr key={`${a.agreementId}-${a.key}`}>
                  <Table.Td className="agr-nowrap">
                    <StatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td>{a.text}</Table.Td>
                  <Table.Td>{a.organisationName ?? '–'}</Table.Td>
                  <Table.Td className="agr-nowrap">
                    {a.status === 'atRisk' && a.required > 1
                      ? t('cmt.progressOf', {
                          achieved: String(a.achieved),
                          required: String(a.required),
                          expected: String(a.expectedByNow),
                        })
                      : t('cmt.progressDone', { achieved: String(a.achieved), required: String(a.required) })}
                  </Table.Td>
                  <Table.Td className="agr-nowrap">{a.periodEnd ?? '–'}</Table.Td>
                  <Table.Td>
                    <button
                      type="button"
                      className="agr-link-button"
                      onClick={() => goTo({ name: 'agreement', id: a.agreementId, tab: 'commitments' })}
                    >
                      {a.registrationNumber}
                    </button>
                    <Text size="xs" c="gray.8">
                      {a.title}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
