import { List, Stack, Text, Title } from '@mantine/core';
import type { Role } from '../../../../shared/roles';
import { personalDataRoles } from '../../../../shared/roles';
import { PageTitle } from '../../components/page-title';
import { AgreementsDashboard } from '../agreements/dashboard/agreements-dashboard';
import { ErasureDueCard } from '../reports/erasure-due-card';
import { BackupOverviewCard } from '../backup/backup-overview-card';
import { SupportGroupsAttentionCard } from '../support-groups/attention-card';
import { useT } from '../../i18n/use-t';

export function OverviewScreen({ role }: { role: Role }) {
  const t = useT();
  return (
    <Stack maw={1100}>
      <PageTitle>{t('overview.title')}</PageTitle>
      <Text>{t('overview.body')}</Text>
      <AgreementsDashboard />
      {personalDataRoles.includes(role) && <ErasureDueCard />}
      {personalDataRoles.includes(role) && <SupportGroupsAttentionCard />}
      {role === 'admin' && <BackupOverviewCard />}
      {role === 'viewer' ? (
        <Text>{t('overview.nowViewer')}</Text>
      ) : (
        <>
          <Title order={2} size="h4">
            {t('overview.nowTitle')}
          </Title>
          <List>
            {personalDataRoles.includes(role) && <List.Item>{t('overview.nowOrganisations')}</List.Item>}
            {role === 'admin' && <List.Item>{t('overview.nowAdmin')}</List.Item>}
          </List>
        </>
      )}
    </Stack>
  );
}
