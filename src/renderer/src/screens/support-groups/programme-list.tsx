// Programmes under the agreements, with this year's progress against the
// yearly targets, and the form for a new one. The first 100 by name, and a
// search (in main) for the rest: at ten times a municipality there are 2,768.
import { Button, Group, Progress, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { searchWaitMs } from '../../components/search-wait';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { useListFilters } from '../../stores/list-filters-store';
import { programmeListLimit, useProgrammeList } from './use-support-groups';
import { ProgrammeForm } from './programme-form';

export function ProgrammeList({ canWrite }: { canWrite: boolean }) {
  const t = useT();
  const query = useListFilters((s) => s.programmeQuery);
  const [adding, setAdding] = useState(false);
  const [debounced] = useDebouncedValue(query, searchWaitMs);
  const { programmes, loaded, error } = useProgrammeList(debounced);

  const bar = (value: number, target: number | null, label: string) =>
    target ? (
      <div>
        <Text size="xs">{t('programmes.progress', { value, target })}</Text>
        <Progress value={Math.min(100, (value / target) * 100)} aria-label={label} size="sm" />
      </div>
    ) : (
      <Text size="xs">{value}</Text>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('programmes.search')}
          description={t('programmes.searchHint')}
          type="search"
          value={query}
          onChange={(e) => useListFilters.getState().set({ programmeQuery: e.currentTarget.value })}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          w={360}
          maw="100%"
          autoComplete="off"
        />
        {canWrite && !adding && (
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setAdding(true)}>
            {t('programmes.new')}
          </Button>
        )}
      </Group>
      {adding && <ProgrammeForm onDone={() => setAdding(false)} />}
      <ErrorAlert error={error} />
      <Text role="status" size="sm" fw={600}>
        {!loaded
          ? ''
          : programmes.length >= programmeListLimit
            ? t('programmes.countFirst', { count: programmes.length })
            : programmes.length === 1
              ? t('programmes.countOne')
              : t('programmes.countMany', { count: programmes.length })}
      </Text>
      {!loaded ? (
        <LoadingState label={t('common.loading')} />
      ) : programmes.length === 0 ? (
        <Text>{query.trim() === '' ? t('programmes.empty') : t('programmes.noMatch')}</Text>
      ) : (
        <div className="sg-scroll">
          <Table withTableBorder striped aria-label={t('programmes.listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programmes.colName')}</Table.Th>
                <Table.Th>{t('programmes.colAgreement')}</Table.Th>
                <Table.Th>{t('programmes.colFormat')}</Table.Th>
                <Table.Th>{t('programmes.colAges')}</Table.Th>
                <Table.Th>{t('programmes.colGroups')}</Table.Th>
                <Table.Th>{t('programmes.colChildren')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>
                    {p.organisationName ? `${p.agreementTitle} · ${p.organisationName}` : p.agreementTitle}
                  </Table.Td>
                  <Table.Td>
                    {t('programmes.formatLine', {
                      format: t(`format.${p.format}`),
                      count: p.sessionCount,
                      minutes: p.sessionMinutes,
                    })}
                  </Table.Td>
                  <Table.Td>{t('groupPage.ageRange', { min: p.ageMin, max: p.ageMax })}</Table.Td>
                  <Table.Td>
                    {bar(
                      p.progress.groups,
                      p.progress.targetGroups,
                      t('programmes.groupsProgress', { name: p.name }),
                    )}
                  </Table.Td>
                  <Table.Td>
                    {bar(
                      p.progress.children,
                      p.progress.targetChildren,
                      t('programmes.childrenProgress', { name: p.name }),
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
