// The programmes bound to an agreement, on its summary: who runs each one (in
// an umbrella, whose appendix it falls under) and this year's groups.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useApiQuery } from '../../data/use-api-query';
import { useT } from '../../i18n/use-t';

export function BoundProgrammes({ agreementId }: { agreementId: number }) {
  const t = useT();
  const query = useApiQuery('programmes:list', { agreementId });
  const programmes = query.error ? [] : (query.data ?? null);
  if (programmes === null) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('boundProgrammes.title')}
      </Title>
      {programmes.length === 0 ? (
        <Text size="sm">{t('boundProgrammes.none')}</Text>
      ) : (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('boundProgrammes.programme')}</Table.Th>
              <Table.Th>{t('boundProgrammes.runBy')}</Table.Th>
              <Table.Th>{t('boundProgrammes.groupsThisYear')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {programmes.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{p.organisationName || t('boundProgrammes.wholeAgreement')}</Table.Td>
                <Table.Td>{p.progress.groups}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
