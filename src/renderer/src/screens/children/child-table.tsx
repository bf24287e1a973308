// The children list: name or alias (a button), identity number, age, district,
// placement basis and city (masked for protected identity); virtualised.
import { Badge } from '@mantine/core';
import type { ChildSummary } from '../../../../shared/ipc/children';
import { VirtualTable } from '../../components/virtual-table';
import { useT } from '../../i18n/use-t';
import { ageText } from '../support-groups/labels';

export function ChildTable({ items, onOpen }: { items: ChildSummary[]; onOpen(id: number): void }) {
  const t = useT();
  return (
    <VirtualTable
      label={t('children.listLabel')}
      items={items}
      rowKey={(c) => c.id}
      onOpen={(c) => onOpen(c.id)}
      rowHeight={52}
      classes={{ table: 'sg-table', row: 'sg-row sg-child-row', body: 'sg-body' }}
      columns={[
        {
          header: t('children.colName'),
          cell: (child) => (
            <>
              <button type="button" className="sg-link-button" onClick={() => onOpen(child.id)}>
                {child.name}
              </button>
              {child.nameIsAlias && <span className="sg-muted"> ({t('children.alias')})</span>}
            </>
          ),
        },
        {
          header: t('children.colIdentity'),
          cell: (child) => child.identityNumber ?? t('children.noNumber'),
        },
        { header: t('children.colAge'), cell: (child) => ageText(t, child.birthDate, child.birthYear) },
        { header: t('children.colDistrict'), cell: (child) => child.district },
        { header: t('children.colPlacement'), cell: (child) => t(`placement.${child.placementBasis}`) },
        {
          header: t('children.colCity'),
          cell: (child) =>
            child.protectedIdentity ? (
              <Badge color="red" variant="light" title={t('children.protected')}>
                {t('children.protectedShort')}
              </Badge>
            ) : (
              (child.city ?? '')
            ),
        },
      ]}
    />
  );
}
