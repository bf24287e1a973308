// Groups waiting for erasure, each with a checkbox to choose it: when it
// ended, the deadline, how many children, which districts and whether the
// data has been handed back.
import { Checkbox, Table } from '@mantine/core';
import type { ErasureGroup } from '../../../../shared/ipc/erasure';
import { useT } from '../../i18n/use-t';
import { useErasureStore } from '../../stores/erasure-store';
import { ErasureStateBadge } from './erasure-state-badge';

export function ErasureGroupTable({ groups }: { groups: ErasureGroup[] }) {
  const t = useT();
  const selected = useErasureStore((s) => s.selected);
  const toggle = useErasureStore((s) => s.toggle);
  return (
    <div className="rp-scroll">
      <Table withTableBorder striped aria-label={t('erasure.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <span className="rp-visually-hidden">{t('erasure.selected', { count: selected.length })}</span>
            </Table.Th>
            <Table.Th scope="col">{t('erasure.group')}</Table.Th>
            <Table.Th scope="col">{t('erasure.agreement')}</Table.Th>
            <Table.Th scope="col">{t('erasure.over')}</Table.Th>
            <Table.Th scope="col">{t('erasure.due')}</Table.Th>
            <Table.Th scope="col" className="rp-num">
              {t('erasure.children')}
            </Table.Th>
            <Table.Th scope="col">{t('erasure.districts')}</Table.Th>
            <Table.Th scope="col">{t('erasure.handedBack')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Table.Tr key={g.groupId}>
              <Table.Td>
                <Checkbox
                  aria-label={t('erasure.select', { group: g.groupName })}
                  checked={selected.includes(g.groupId)}
                  onChange={(e) => toggle(g.groupId, e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Th scope="row">
                {g.groupName}
                <div className="rp-sub">{g.programmeName}</div>
              </Table.Th>
              <Table.Td>{g.agreementLabel}</Table.Td>
              <Table.Td>{g.overOn}</Table.Td>
              <Table.Td>
                {g.dueOn} <ErasureStateBadge state={g.state} />
              </Table.Td>
              <Table.Td className="rp-num">{g.children}</Table.Td>
              <Table.Td>{g.districts.map((d) => `${d.district} (${d.enrolments})`).join(', ')}</Table.Td>
              <Table.Td>{g.handedBack ? t('erasure.yes') : t('erasure.no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
