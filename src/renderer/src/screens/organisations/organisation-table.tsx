// The organisation list as an ARIA table whose body is virtualised: only the
// rows in view are in the DOM, each with its aria-rowindex so screen readers
// still know the size and position. The name is a button (keyboard); a click
// anywhere on the row opens it too.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type MouseEvent } from 'react';
import type { OrganisationSummary } from '../../../../shared/ipc/organisations';
import { useT } from '../../i18n/use-t';
import { RequirementGapsCell } from './requirement-gaps-cell';

const rowHeight = 52;

interface Props {
  items: OrganisationSummary[];
  onOpen(id: number): void;
}

export function OrganisationTable({ items, onOpen }: Props) {
  const t = useT();
  const bodyRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => bodyRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });

  function rowClick(event: MouseEvent<HTMLDivElement>, id: number) {
    // The name button handles its own click.
    if ((event.target as HTMLElement).closest('button')) return;
    onOpen(id);
  }

  return (
    <div
      role="table"
      aria-label={t('organisations.listLabel')}
      aria-rowcount={items.length + 1}
      className="org-table"
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="org-row" data-header>
          <div role="columnheader">{t('organisations.colName')}</div>
          <div role="columnheader">{t('organisations.colKind')}</div>
          <div role="columnheader">{t('organisations.colOrgNumber')}</div>
          <div role="columnheader">{t('organisations.colCity')}</div>
          <div role="columnheader">{t('organisations.colRequirements')}</div>
        </div>
      </div>
      <div role="rowgroup" ref={bodyRef} className="org-body">
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const organisation = items[row.index];
            if (!organisation) return null;
            return (
              <div
                key={organisation.id}
                role="row"
                aria-rowindex={row.index + 2}
                className="org-row"
                style={{ top: row.start, height: row.size }}
                onClick={(e) => rowClick(e, organisation.id)}
              >
                <div role="cell">
                  <button type="button" className="org-name-button" onClick={() => onOpen(organisation.id)}>
                    {organisation.name}
                  </button>
                </div>
                <div role="cell">{t(`kind.${organisation.kind}`)}</div>
                <div role="cell">{organisation.orgNumber}</div>
                <div role="cell">{organisation.city}</div>
                <div role="cell">
                  <RequirementGapsCell organisation={organisation} />
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
