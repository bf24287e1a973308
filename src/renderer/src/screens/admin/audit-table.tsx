import { Badge, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../../shared/ipc/audit';
import { localDateTime } from '../../format/dates';
import { useT } from '../../i18n/use-t';
import { channelLabel, entityLabel, outcomeColor, roleLabel } from './audit-labels';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useT();
  return (
    // A wide log scrolls sideways: the keyboard can reach and scroll it too.
    <Table.ScrollContainer
      minWidth={860}
      scrollAreaProps={{
        viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t('audit.tableLabel') },
      }}
    >
      <Table striped verticalSpacing="xs" aria-label={t('audit.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.colTime')}</Table.Th>
            <Table.Th scope="col">{t('audit.colUser')}</Table.Th>
            <Table.Th scope="col">{t('audit.colRole')}</Table.Th>
            <Table.Th scope="col">{t('audit.colChannel')}</Table.Th>
            <Table.Th scope="col">{t('audit.colEntityType')}</Table.Th>
            <Table.Th scope="col">{t('audit.colEntityId')}</Table.Th>
            <Table.Th scope="col">{t('audit.colOutcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {localDateTime(entry.at)}
                </Text>
              </Table.Td>
              <Table.Td>
                {entry.username ?? (entry.userId === null ? t('audit.systemUser') : `#${entry.userId}`)}
              </Table.Td>
              <Table.Td>{roleLabel(entry.role, t)}</Table.Td>
              <Table.Td>
                <Text size="sm">{channelLabel(entry.channel, t)}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {entry.channel}
                </Text>
              </Table.Td>
              <Table.Td>{entityLabel(entry.entityType, t)}</Table.Td>
              <Table.Td>{entry.entityId ?? '–'}</Table.Td>
              <Table.Td>
                <Badge color={outcomeColor[entry.outcome]} variant="light">
                  {t(`outcome.${entry.outcome}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
