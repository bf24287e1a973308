// The organisation list: name (a button), kind, org number, city and, for
// non-profits, the checklist gaps; virtualised.
import type { OrganisationSummary } from '../../../../shared/ipc/organisations';
import { VirtualTable } from '../../components/virtual-table';
import { useT } from '../../i18n/use-t';
import { RequirementGapsCell } from './requirement-gaps-cell';

interface Props {
  items: OrganisationSummary[];
  onOpen(id: number): void;
}

export function OrganisationTable({ items, onOpen }: Props) {
  const t = useT();
  return (
    <VirtualTable
      label={t('organisations.listLabel')}
      items={items}
      rowKey={(o) => o.id}
      onOpen={(o) => onOpen(o.id)}
      rowHeight={52}
      classes={{ table: 'org-table', row: 'org-row', body: 'org-body' }}
      columns={[
        {
          header: t('organisations.colName'),
          cell: (o) => (
            <button type="button" className="org-name-button" onClick={() => onOpen(o.id)}>
              {o.name}
            </button>
          ),
        },
        { header: t('organisations.colKind'), cell: (o) => t(`kind.${o.kind}`) },
        { header: t('organisations.colOrgNumber'), cell: (o) => o.orgNumber },
        { header: t('organisations.colCity'), cell: (o) => o.city },
        { header: t('organisations.colRequirements'), cell: (o) => <RequirementGapsCell organisation={o} /> },
      ]}
    />
  );
}
