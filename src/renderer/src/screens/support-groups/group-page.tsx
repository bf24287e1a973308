// A group's page: facts, capacity, the children with what each still lacks
// before starting, attendance per session, and the schedule.
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { PageTitle } from '../../components/page-title';
import { BackButton } from '../../components/back-button';
import { PagePending } from '../../components/page-pending';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { listOf } from '../../navigation/routes';
import { useGroup } from './use-support-groups';
import { GroupEffectAnswers } from '../effect/group-effect-answers';
import { AttendanceForm } from './attendance-form';
import { CloseGroupForm } from './close-group-form';
import { GroupForm } from './group-form';
import { gateItemText, percent, todayIso } from './labels';
import { GroupPrints } from '../printing/group-prints';
import { SessionsEditor } from './sessions-editor';

/** The group `id` (the route's). */
/** `editing`: the route is the group's form (/groups/:id/edit). */
export function GroupPage({
  id,
  canWrite,
  editing: editingGroup,
}: {
  id: number;
  canWrite: boolean;
  editing: boolean;
}) {
  const t = useT();
  const { group, loading, error } = useGroup(id);
  const [panel, setEditing] = useState<'none' | 'sessions' | 'closing'>('none');
  const editing = editingGroup ? 'group' : panel;
  // The form is a route, so an unlock or Översikt's list of drafts opens it again. Like a tab, it
  // replaces the page's address: back leaves the page rather than reopening a finished form.
  const openForm = (open: boolean) => goTo({ name: open ? 'groupEdit' : 'group', id }, { replace: true });

  const back = <BackButton label={t('groups.backToList')} onClick={() => goTo(listOf('supportGroups'))} />;
  if (!group)
    return <PagePending back={back} title={t('supportGroups.title')} loading={loading} error={error} />;
  const { capacity } = group;
  const placed = group.participants.filter((p) => p.status !== 'cancelled');
  const sessionLabel = (id: string) => group.sessions.find((s) => String(s.id) === id)?.date ?? id;

  return (
    <Stack gap="lg">
      {back}
      <Group justify="space-between" align="flex-start">
        <PageTitle>{group.name}</PageTitle>
        {canWrite && editing === 'none' && (
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden="true" />}
              onClick={() => openForm(true)}
            >
              {t('groupPage.edit')}
            </Button>
            {group.status !== 'finished' && group.status !== 'cancelled' && (
              <Button variant="default" onClick={() => setEditing('closing')}>
                {t('closing.open')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {editing === 'closing' && <CloseGroupForm group={group} onDone={() => setEditing('none')} />}
      {editing === 'group' ? (
        <GroupForm group={group} onDone={() => openForm(false)} />
      ) : (
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Text size="sm">
              <strong>{t('groupForm.programme')}:</strong> {group.programmeName}
            </Text>
            <Text size="sm">
              <strong>{t('groupForm.status')}:</strong> {t(`groupStatus.${group.status}`)}
            </Text>
            <Text size="sm">
              <strong>{t('groupForm.startDate')}:</strong> {group.startDate} {group.startTime}
            </Text>
            <Text size="sm">
              <strong>{t('groupForm.leaders')}:</strong> {group.leaders.join(', ') || '–'}
            </Text>
            <Text size="sm">
              <strong>{t('groupForm.location')}:</strong> {group.location || '–'}
            </Text>
            <Text size="sm">
              <strong>{t('groupPage.ages')}:</strong>{' '}
              {t('groupPage.ageRange', { min: group.ageMin, max: group.ageMax })}
            </Text>
          </SimpleGrid>
          {group.subgroups.length > 0 && (
            <Text size="sm" mt="xs">
              <strong>{t('groupPage.subgroups')}:</strong> {group.subgroups.map((s) => s.name).join(', ')}
            </Text>
          )}
        </Paper>
      )}

      <Paper withBorder p="md" aria-labelledby="group-capacity">
        <Title order={2} size="h4" id="group-capacity">
          {t('groupPage.capacity')}
        </Title>
        <Text size="sm" mt={4}>
          {t('groupPage.capacityLine', {
            placed: capacity.placed,
            min: capacity.min,
            max: capacity.max,
            free: capacity.free,
          })}
          {' · '}
          {t('groupPage.groupRate', { rate: percent(group.groupRate.rate) })}
        </Text>
        {capacity.full && (
          <Badge mt="xs" color="gray" variant="light">
            {t('groupPage.full')}
          </Badge>
        )}
        {capacity.belowMinimum && group.status !== 'cancelled' && group.status !== 'finished' && (
          <Alert mt="xs" color="orange" variant="light">
            {t('groupPage.belowMinimum', { min: capacity.min })}
          </Alert>
        )}
      </Paper>

      <section aria-labelledby="group-children">
        <Title order={2} size="h4" id="group-children">
          {t('groupPage.children')}
        </Title>
        {group.participants.length === 0 ? (
          <Text size="sm" mt="xs">
            {t('groupPage.noChildren')}
          </Text>
        ) : (
          <div className="sg-scroll">
            <Table mt="xs" withTableBorder aria-label={t('groupPage.children')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('groupPage.child')}</Table.Th>
                  <Table.Th>{t('groupPage.age')}</Table.Th>
                  <Table.Th>{t('groupPage.status')}</Table.Th>
                  <Table.Th>{t('groupPage.readiness')}</Table.Th>
                  <Table.Th>{t('groupPage.attendance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.participants.map((p) => (
                  <Table.Tr key={p.enrolmentId}>
                    <Table.Td>
                      <button
                        type="button"
                        className="sg-link-button"
                        onClick={() => goTo({ name: 'enrolment', id: p.enrolmentId })}
                      >
                        {p.childName}
                      </button>
                    </Table.Td>
                    <Table.Td>{p.age ?? '–'}</Table.Td>
                    <Table.Td>
                      {t(`enrolmentStatus.${p.status}`)}
                      {p.paused && (
                        <Badge ml="xs" color="red" variant="light">
                          {t('enrolment.paused')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {p.gate.ready ? (
                        <Text size="sm">
                          {p.consentRequired ? t('groupPage.ready') : t('groupPage.readyLvu')}
                        </Text>
                      ) : (
                        <List size="sm">
                          {p.gate.missing.map((item, i) => (
                            <List.Item key={i}>{gateItemText(t, item)}</List.Item>
                          ))}
                        </List>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {t('groupPage.rate', {
                        present: p.rate.present,
                        recorded: p.rate.recorded,
                        rate: percent(p.rate.rate),
                      })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </section>

      {canWrite && placed.length > 0 && group.sessions.length > 0 && <AttendanceForm group={group} />}

      {canWrite && <GroupPrints group={group} today={todayIso()} />}
      {placed.length > 0 && <GroupEffectAnswers group={group} canWrite={canWrite} />}

      <section aria-labelledby="group-sessions">
        <Group justify="space-between">
          <Title order={2} size="h4" id="group-sessions">
            {t('groupPage.sessions')}
          </Title>
          {canWrite && editing !== 'sessions' && (
            <Button variant="default" onClick={() => setEditing('sessions')}>
              {t('groupPage.editSessions')}
            </Button>
          )}
        </Group>
        {editing === 'sessions' ? (
          <SessionsEditor group={group} onDone={() => setEditing('none')} />
        ) : (
          <Table mt="xs" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sessions.date')}</Table.Th>
                <Table.Th>{t('sessions.time')}</Table.Th>
                <Table.Th>{t('sessions.minutes')}</Table.Th>
                <Table.Th>{t('sessions.kind')}</Table.Th>
                <Table.Th>{t('sessions.present')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.sessions.map((s) => {
                const marks = placed.map((p) => p.attendance[String(s.id)]).filter((m) => m !== undefined);
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td>{sessionLabel(String(s.id))}</Table.Td>
                    <Table.Td>{s.startTime}</Table.Td>
                    <Table.Td>{s.minutes}</Table.Td>
                    <Table.Td>{s.cancelled ? t('sessions.cancelled') : t(`sessionKind.${s.kind}`)}</Table.Td>
                    <Table.Td>
                      {marks.length === 0
                        ? '–'
                        : t('sessions.presentCount', {
                            present: marks.filter(Boolean).length,
                            recorded: marks.length,
                          })}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </Stack>
  );
}
