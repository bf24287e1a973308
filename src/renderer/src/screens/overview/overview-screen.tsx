import { Stack, Text } from '@mantine/core';
import type { Role } from '../../../../shared/roles';
import { personalDataRoles } from '../../../../shared/roles';
import { PageTitle } from '../../components/page-title';
import { AgreementsDashboard } from '../agreements/dashboard/agreements-dashboard';
import { ErasureDueCard } from '../reports/erasure-due-card';
import { DraftsCard } from './drafts-card';
import { RetentionCard } from './retention-card';
import { BackupOverviewCard } from '../backup/backup-overview-card';
import { SupportGroupsAttentionCard } from '../support-groups/attention-card';
import { useT } from '../../i18n/use-t';
import { CalendarExportButton } from '../agreements/calendar-export-button';
import { mayCall } from '../../api/access';

export function OverviewScreen({ role }: { role: Role }) {
  const t = useT();
  return (
    <Stack maw={1100}>
      <PageTitle>{t('overview.title')}</PageTitle>
      <Text>{t('overview.body')}</Text>
      {personalDataRoles.includes(role) && <DraftsCard />}
      <AgreementsDashboard />
      {mayCall('agreements:exportCalendar', role) && <CalendarExportButton agreementId={null} />}
      {personalDataRoles.includes(role) && <ErasureDueCard />}
      {personalDataRoles.includes(role) && <RetentionCard />}
      {personalDataRoles.includes(role) && <SupportGroupsAttentionCard />}
      {role === 'admin' && <BackupOverviewCard />}
    </Stack>
  );
}
