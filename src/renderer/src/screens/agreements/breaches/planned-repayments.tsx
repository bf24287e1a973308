// The planned repayments of an agreement: what was settled, by when, and how
// much has come in since (payments of kind 'repayment'). Shown in the
// "Brister och tvister" tab and in the economy tab.
import { Stack, Text, Title } from '@mantine/core';
import { formatMoney } from '../../../../../shared/agreements/money';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { Role } from '../../../../../shared/roles';
import { mayCall } from '../../../api/access';
import { useT } from '../../../i18n/use-t';
import { useBreaches } from './use-breaches';

export function PlannedRepaymentsTable({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const repayments = useBreaches().repayments;
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('breaches.planned')}
      </Title>
      {repayments.length === 0 ? (
        <Text size="sm">{t('breaches.noPlanned')}</Text>
      ) : (
        <table className="agr-table-plain" aria-label={t('breaches.planned')}>
          <thead>
            <tr>
              <th scope="col">{t('breaches.recipient')}</th>
              <th scope="col">{t('breaches.payer')}</th>
              <th scope="col">{t('breaches.asOf')}</th>
              <th scope="col">{t('breaches.dueOn')}</th>
              <th scope="col" className="agr-number">
                {t('breaches.recordedAmount')}
              </th>
              <th scope="col" className="agr-number">
                {t('breaches.repaidSince')}
              </th>
              <th scope="col" className="agr-number">
                {t('breaches.remaining')}
              </th>
            </tr>
          </thead>
          <tbody>
            {repayments.map((r) => (
              <tr key={r.id}>
                <td>{nameOf(r.recipientOrganisationId)}</td>
                <td>{nameOf(r.payerOrganisationId)}</td>
                <td>{r.asOf}</td>
                <td>{r.dueOn}</td>
                <td className="agr-number">
                  {formatMoney(r.amount)}
                  {r.amount !== r.proposedAmount && (
                    <Text size="xs">
                      {t('breaches.adjusted', { amount: formatMoney(r.proposedAmount), reason: r.reason })}
                    </Text>
                  )}
                </td>
                <td className="agr-number">{formatMoney(r.repaidSince)}</td>
                <td className="agr-number">{formatMoney(Math.max(0, r.amount - r.repaidSince))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Stack>
  );
}

/** For the economy tab: loads the agreement's records (roles with personal data only) and shows the planned repayments. */
export function PlannedRepayments({ agreement, role }: { agreement: Agreement; role: Role }) {
  const readable = mayCall('agreements:repayments', role);
  return readable ? <PlannedRepaymentsTable agreement={agreement} /> : null;
}
