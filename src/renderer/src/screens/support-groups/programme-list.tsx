// Programmes under the agreements, with this year's progress against the
// yearly targets, and the form for a new one.
import { Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { useSupportGroupsStore } from '../../stores/support-groups-store';
import { ProgrammeForm } from './programme-form';

export function ProgrammeList({ canWrite }: { canWrite: boolean }) {
  const t = useT();
  const programmes = useSupportGroupsStore((s) => s.programmes);
  const loaded = useSupportGroupsStore((s) => s.programmesLoaded);
  const error = useSupportGroupsStore((s) => s.listError);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void useSupportGroupsStore.getState().loadProgrammes();
  }, []);

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
      <Group justify="flex-end">
        {canWrite && !adding && (
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setAdding(true)}>
            {t('programmes.new')}
          </Button>
        )}
      </Group>
      {adding && <ProgrammeForm onDone={() => setAdding(false)} />}
      <ErrorAlert error={error} />
      {!loaded ? (
        <LoadingState label={t('common.loading')} />
      ) : programmes.length === 0 ? (
        <Text>{t('programmes.empty')}</Text>
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
                  <Table.Td>{p.agreementTitle}</Table.Td>
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
