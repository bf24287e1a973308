// The Stödgrupper screen: tabs for groups, programmes, the waiting list, what
// needs attention and the feedback log; a group's page; an enrolment's page.
import { Tabs } from '@mantine/core';
import type { Role } from '../../../../shared/roles';
import { useHeadingFocus } from '../../components/use-heading-focus';
import { mayCall } from '../../api/access';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { useEnrolmentsStore } from '../../stores/enrolments-store';
import { useSupportGroupsStore, type SupportGroupsTab } from '../../stores/support-groups-store';
import '../../styles/support-groups.css';
import { AttentionList } from './attention-list';
import { EnrolmentPage } from './enrolment-page';
import { FeedbackLog } from './feedback-log';
import { GroupForm } from './group-form';
import { GroupList } from './group-list';
import { GroupPage } from './group-page';
import { ProgrammeList } from './programme-list';
import { WaitingList } from './waiting-list';

export function SupportGroupsScreen({ role }: { role: Role }) {
  const t = useT();
  const tab = useSupportGroupsStore((s) => s.tab);
  const openGroupId = useSupportGroupsStore((s) => s.openGroupId);
  const enrolmentId = useEnrolmentsStore((s) => s.openId);
  const canWrite = mayCall('supportGroups:create', role);
  const view =
    enrolmentId !== null
      ? `enrolment-${enrolmentId}`
      : openGroupId !== null
        ? `group-${openGroupId}`
        : `tab-${tab}`;
  const rootRef = useHeadingFocus(view, !view.startsWith('tab-'));

  if (enrolmentId !== null)
    return (
      <div ref={rootRef}>
        <EnrolmentPage canWrite={canWrite} />
      </div>
    );
  if (openGroupId === 'new')
    return (
      <div ref={rootRef}>
        <GroupForm group={null} />
      </div>
    );
  if (openGroupId !== null)
    return (
      <div ref={rootRef}>
        <GroupPage canWrite={canWrite} />
      </div>
    );

  return (
    <div ref={rootRef}>
      <PageTitle>{t('supportGroups.title')}</PageTitle>
      <Tabs
        value={tab}
        onChange={(value) => useSupportGroupsStore.getState().setTab((value ?? 'groups') as SupportGroupsTab)}
        mt="md"
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="groups">{t('supportGroups.tabGroups')}</Tabs.Tab>
          <Tabs.Tab value="programmes">{t('supportGroups.tabProgrammes')}</Tabs.Tab>
          <Tabs.Tab value="waitingList">{t('supportGroups.tabWaitingList')}</Tabs.Tab>
          <Tabs.Tab value="attention">{t('supportGroups.tabAttention')}</Tabs.Tab>
          <Tabs.Tab value="feedback">{t('supportGroups.tabFeedback')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="groups" pt="md">
          <GroupList canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="programmes" pt="md">
          <ProgrammeList canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="waitingList" pt="md">
          <WaitingList />
        </Tabs.Panel>
        <Tabs.Panel value="attention" pt="md">
          <AttentionList />
        </Tabs.Panel>
        <Tabs.Panel value="feedback" pt="md">
          <FeedbackLog canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
