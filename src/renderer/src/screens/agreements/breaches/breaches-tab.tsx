// "Brister och tvister": the agreement's deficiencies with their remedy
// deadlines, process and outcomes, the parties' notifications of changed
// circumstances, its disputes, and the repayments settled against
// the work done. Viewers do not see this tab (the records may name people).
import { Loader, Stack, Text } from '@mantine/core';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { Role } from '../../../../../shared/roles';
import { mayCall } from '../../../api/access';
import { ErrorAlert } from '../../../components/error-alert';
import { useT } from '../../../i18n/use-t';
import { useBreaches } from './use-breaches';
import { DeficienciesSection } from './deficiencies-section';
import { DisputesSection } from './disputes-section';
import { NoticesSection } from './notices-section';
import { RepaymentsSection } from './repayments-section';

export function BreachesTab({ agreement, role }: { agreement: Agreement; role: Role }) {
  const t = useT();
  const { loading, error } = useBreaches();
  const canWrite = mayCall('agreements:recordDeficiency', role);
  return (
    <Stack gap="xl">
      <Text>{t('breaches.intro')}</Text>
      {!canWrite && <Text size="sm">{t('breaches.readOnly')}</Text>}
      <ErrorAlert error={error} />
      {loading ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <>
          <DeficienciesSection agreement={agreement} canWrite={canWrite} />
          <NoticesSection agreement={agreement} canWrite={canWrite} />
          <DisputesSection agreement={agreement} canWrite={canWrite} />
          <RepaymentsSection agreement={agreement} canWrite={canWrite} />
        </>
      )}
    </Stack>
  );
}
