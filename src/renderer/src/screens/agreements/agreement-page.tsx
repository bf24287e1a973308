// One agreement: its heading (title, registration number, status, period) and
// tabs for the summary (lifecycle, checklist, timeline), the content editor,
// the economy, meetings, versions and documents.
import { Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { BackButton } from '../../components/back-button';
import { PagePending } from '../../components/page-pending';
import { useT } from '../../i18n/use-t';
import { useAgreementsStore } from '../../stores/agreements-store';
import { DocumentsTab } from './documents-tab';
import { EconomyTab } from './economy-tab';
import { BreachesTab } from './breaches/breaches-tab';
import { AgreementEditor } from './editor/agreement-editor';
import { MeetingsTab } from './meetings-tab';
import { StatusBadge } from './status-badge';
import { SummaryTab } from './summary-tab';
import { VersionsTab } from './versions-tab';

type Tab = 'summary' | 'content' | 'economy' | 'meetings' | 'breaches' | 'versions' | 'documents';

export function AgreementPage({ role }: { role: Role }) {
  const t = useT();
  const current = useAgreementsStore((s) => s.current);
  const loading = useAgreementsStore((s) => s.currentLoading);
  const error = useAgreementsStore((s) => s.currentError);
  const showList = useAgreementsStore((s) => s.showList);
  const [tab, setTab] = useState<Tab>('summary');

  const back = <BackButton label={t('agreements.backToList')} onClick={showList} />;
  if (!current)
    return <PagePending back={back} title={t('agreements.title')} loading={loading} error={error} />;

  const canWrite = mayCall('agreements:update', role);
  return (
    <Stack gap="md">
      {back}
      <div>
        <PageTitle>{current.data.title}</PageTitle>
        <Group gap="sm" mt={4}>
          <Text fw={600}>{t('agreements.dnr', { dnr: current.data.registrationNumber })}</Text>
          <StatusBadge status={current.status} />
          <Text size="sm">
            {current.data.period.start} – {current.effectiveEnd}
          </Text>
        </Group>
      </div>
      <ErrorAlert error={error} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="summary">{t('agreement.tabSummary')}</Tabs.Tab>
          <Tabs.Tab value="content">{t('agreement.tabContent')}</Tabs.Tab>
          <Tabs.Tab value="economy">{t('agreement.tabEconomy')}</Tabs.Tab>
          <Tabs.Tab value="meetings">{t('agreement.tabMeetings')}</Tabs.Tab>
          {mayCall('agreements:deficiencies', role) && (
            <Tabs.Tab value="breaches">{t('agreement.tabBreaches')}</Tabs.Tab>
          )}
          {mayCall('agreements:revisions', role) && (
            <Tabs.Tab value="versions">{t('agreement.tabVersions')}</Tabs.Tab>
          )}
          {mayCall('agreements:generateDocument', role) && (
            <Tabs.Tab value="documents">{t('agreement.tabDocuments')}</Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="summary" pt="md">
          <SummaryTab agreement={current} role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="content" pt="md">
          <AgreementEditor key={`${current.id}:${current.version}`} agreement={current} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="economy" pt="md">
          <EconomyTab agreement={current} role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="md">
          <MeetingsTab agreement={current} role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="breaches" pt="md">
          <BreachesTab agreement={current} role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          <VersionsTab agreement={current} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsTab agreement={current} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
