// All groups (newest first, at most 500) with their fill: placed children
// against the maximum, and a warning when below the minimum. Virtualised: only
// the rows in view are in the DOM. Whether to offer "Ny grupp" needs only the
// number of programmes, so that is all it asks main for.
import { Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { GroupSummary } from '../../../../shared/ipc/support-groups';
import { groupStatuses, type GroupStatus } from '../../../../shared/support-groups/vocabulary';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { VirtualTable } from '../../components/virtual-table';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { useListFilters } from '../../stores/list-filters-store';
import { useGroups, useProgrammeCount } from './use-support-groups';

export function GroupList({ canWrite }: { canWrite: boolean }) {
  const t = useT();
  const status = useListFilters((s) => s.groupStatus);
  const setFilters = useListFilters((s) => s.set);
  const setStatusFilter = (groupStatus: GroupStatus | null) => setFilters({ groupStatus });
  const { groups, loaded, error } = useGroups(status);
  const programmeCount = useProgrammeCount();

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
        {canWrite && (programmeCount ?? 0) > 0 && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => goTo({ name: 'groupNew' })}
          >
            {t('groups.new')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      {!loaded ? (
        <LoadingState label={t('common.loading')} />
      ) : groups.length === 0 ? (
        <Text>{programmeCount === 0 ? t('groups.noProgrammes') : t('groups.empty')}</Text>
      ) : (
        <VirtualTable<GroupSummary>
          label={t('groups.listLabel')}
          items={groups}
          rowKey={(g) => g.id}
          onOpen={(g) => goTo({ name: 'group', id: g.id })}
          rowHeight={48}
          classes={{ table: 'sg-table', row: 'sg-row sg-group-row', body: 'sg-body' }}
          columns={[
            {
              header: t('groups.colName'),
              cell: (g) => (
                <button
                  type="button"
                  className="sg-link-button"
                  onClick={() => goTo({ name: 'group', id: g.id })}
                >
                  {g.name}
                </button>
              ),
            },
            { header: t('groups.colProgramme'), cell: (g) => g.programmeName },
            { header: t('groups.colStart'), cell: (g) => g.startDate },
            { header: t('groups.colStatus'), cell: (g) => t(`groupStatus.${g.status}`) },
            {
              header: t('groups.colPlaces'),
              cell: (g) => (
                <>
                  {t('groups.places', { placed: g.capacity.placed, max: g.capacity.max })}
                  {g.capacity.belowMinimum && g.status !== 'cancelled' && (
                    <Badge ml="xs" color="orange" variant="light">
                      {t('groups.belowMinimum')}
                    </Badge>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
    </Stack>
  );
}
