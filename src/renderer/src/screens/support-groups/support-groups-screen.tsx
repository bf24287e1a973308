// The Stödgrupper screen: tabs for groups, programmes, the waiting list, what
// needs attention and the feedback log; a group's page; a new group; an
// enrolment's page, as the route says.
import { Tabs } from '@mantine/core';
import type { Role } from '../../../../shared/roles';
import { useHeadingFocus } from '../../components/use-heading-focus';
import { mayCall } from '../../api/access';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { listOf, supportGroupsTabs, type Route, type SupportGroupsTab } from '../../navigation/routes';
import { useLeaveMissingRecord } from '../../navigation/use-missing-record';
import type { Group } from '../../../../shared/ipc/support-groups';
import { useEnrolment, useGroup } from './use-support-groups';
import '../../styles/support-groups.css';
import { AttentionList } from './attention-list';
import { EnrolmentPage } from './enrolment-page';
import { FeedbackLog } from './feedback-log';
import { GroupForm } from './group-form';
import { GroupList } from './group-list';
import { GroupPage } from './group-page';
import { ProgrammeList } from './programme-list';
import { WaitingList } from './waiting-list';

type SupportGroupsRoute = Extract<
  Route,
  { name: 'supportGroups' | 'groupNew' | 'group' | 'groupEdit' | 'enrolment' }
>;

const isTab = (value: string | null): value is SupportGroupsTab =>
  (supportGroupsTabs as readonly (string | null)[]).includes(value);

/** After the new-group form: the new group's page in its place, or back to the list. */
function newGroupDone(created: Group | null) {
  if (created) goTo({ name: 'group', id: created.id }, { replace: true });
  else goTo(listOf('supportGroups'));
}

export function SupportGroupsScreen({ route, role }: { route: SupportGroupsRoute; role: Role }) {
  const t = useT();
  const canWrite = mayCall('supportGroups:create', role);
  const groupId = route.name === 'group' || route.name === 'groupEdit' ? route.id : null;
  const enrolmentId = route.name === 'enrolment' ? route.id : null;
  // The group's page and its form (a route of its own, so an unlock reopens it) are one view.
  const view =
    route.name === 'supportGroups'
      ? `tab-${route.tab}`
      : 'id' in route
        ? `${route.name === 'groupEdit' ? 'group' : route.name}-${route.id}`
        : route.name;
  const rootRef = useHeadingFocus(view, route.name !== 'supportGroups');
  const groupError = useGroup(groupId).error;
  const enrolmentError = useEnrolment(enrolmentId).error;
  useLeaveMissingRecord(groupId, groupError, listOf('supportGroups'));
  useLeaveMissingRecord(enrolmentId, enrolmentError, listOf('supportGroups'));

  if (route.name === 'enrolment')
    return (
      <div ref={rootRef}>
        <EnrolmentPage id={route.id} canWrite={canWrite} canSendNotice={mayCall('exchange:makeRegistrationNotice', role)} />
      </div>
    );
  if (route.name === 'groupNew')
    return (
      <div ref={rootRef}>
        <GroupForm group={null} onDone={newGroupDone} />
      </div>
    );
  if (route.name === 'group' || route.name === 'groupEdit')
    return (
      <div ref={rootRef}>
        <GroupPage id={route.id} canWrite={canWrite} editing={route.name === 'groupEdit'} />
      </div>
    );

  return (
    <div ref={rootRef}>
      <PageTitle>{t('supportGroups.title')}</PageTitle>
      <Tabs
        value={route.tab}
        // A tab is part of the route but not a step of its own in history.
        onChange={(value) => isTab(value) && goTo({ name: 'supportGroups', tab: value }, { replace: true })}
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
          <WaitingList canImport={mayCall('enrolments:create', role)} />
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
