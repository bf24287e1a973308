// All groups (newest first) with their fill: placed children against the
// maximum, and a warning when below the minimum.
import { Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect } from 'react';
import { groupStatuses, type GroupStatus } from '../../../../shared/support-groups/vocabulary';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { useSupportGroupsStore } from '../../stores/support-groups-store';

export function GroupList({ canWrite }: { canWrite: boolean }) {
  const t = useT();
  const groups = useSupportGroupsStore((s) => s.groups);
  const loaded = useSupportGroupsStore((s) => s.groupsLoaded);
  const programmes = useSupportGroupsStore((s) => s.programmes);
  const status = useSupportGroupsStore((s) => s.statusFilter);
  const error = useSupportGroupsStore((s) => s.listError);
  const { loadGroups, loadProgrammes, setStatusFilter, openGroup, openNewGroup } =
    useSupportGroupsStore.getState();

  useEffect(() => {
    void loadGroups();
    void loadProgrammes();
  }, [loadGroups, loadProgrammes]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <NativeSelect
          label={t('groups.statusFilter')}
          value={status ?? ''}
          onChange={(e) =>
            setStatusFilter(e.currentTarget.value === '' ? null : (e.currentTarget.value as GroupStatus))
          }
          data={[
            { value: '', label: t('groups.allStatuses') },
            ...groupStatuses.map((s) => ({ value: s, label: t(`groupStatus.${s}`) })),
          ]}
        />
        {canWrite && programmes.length > 0 && (
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={openNewGroup}>
            {t('groups.new')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      {!loaded ? (
        <LoadingState label={t('common.loading')} />
      ) : groups.length === 0 ? (
        <Text>{programmes.length === 0 ? t('groups.noProgrammes') : t('groups.empty')}</Text>
      ) : (
        <div className="sg-scroll">
          <Table striped withTableBorder aria-label={t('groups.listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('groups.colName')}</Table.Th>
                <Table.Th>{t('groups.colProgramme')}</Table.Th>
                <Table.Th>{t('groups.colStart')}</Table.Th>
                <Table.Th>{t('groups.colStatus')}</Table.Th>
                <Table.Th>{t('groups.colPlaces')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td>
                    <button type="button" className="sg-link-button" onClick={() => void openGroup(g.id)}>
                      {g.name}
                    </button>
                  </Table.Td>
                  <Table.Td>{g.programmeName}</Table.Td>
                  <Table.Td>{g.startDate}</Table.Td>
                  <Table.Td>{t(`groupStatus.${g.status}`)}</Table.Td>
                  <Table.Td>
                    {t('groups.places', { placed: g.capacity.placed, max: g.capacity.max })}
                    {g.capacity.belowMinimum && g.status !== 'cancelled' && (
                      <Badge ml="xs" color="orange" variant="light">
                        {t('groups.belowMinimum')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}
