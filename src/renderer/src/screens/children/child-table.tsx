// The children list as an ARIA table with a virtualised body (see the
// organisation table for the pattern).
import { Badge } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type MouseEvent } from 'react';
import type { ChildSummary } from '../../../../shared/ipc/children';
import { useT } from '../../i18n/use-t';
import { ageText } from '../support-groups/labels';

const rowHeight = 52;

export function ChildTable({ items, onOpen }: { items: ChildSummary[]; onOpen(id: number): void }) {
  const t = useT();
  const bodyRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => bodyRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });

  function rowClick(event: MouseEvent<HTMLDivElement>, id: number) {
    if ((event.target as HTMLElement).closest('button')) return;
    onOpen(id);
  }

  return (
    <div
      role="table"
      aria-label={t('children.listLabel')}
      aria-rowcount={items.length + 1}
      className="sg-table"
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="sg-row sg-child-row" data-header>
          <div role="columnheader">{t('children.colName')}</div>
          <div role="columnheader">{t('children.colIdentity')}</div>
          <div role="columnheader">{t('children.colAge')}</div>
          <div role="columnheader">{t('children.colDistrict')}</div>
          <div role="columnheader">{t('children.colPlacement')}</div>
          <div role="columnheader">{t('children.colCity')}</div>
        </div>
      </div>
      <div role="rowgroup" ref={bodyRef} className="sg-body">
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const child = items[row.index];
            if (!child) return null;
            return (
              <div
                key={child.id}
                role="row"
                aria-rowindex={row.index + 2}
                className="sg-row sg-child-row"
                style={{ top: row.start, height: row.size }}
                onClick={(e) => rowClick(e, child.id)}
              >
                <div role="cell">
                  <button type="button" className="sg-link-button" onClick={() => onOpen(child.id)}>
                    {child.name}
                  </button>
                  {child.nameIsAlias && <span className="sg-muted"> ({t('children.alias')})</span>}
                </div>
                <div role="cell">{child.identityNumber ?? t('children.noNumber')}</div>
                <div role="cell">{ageText(t, child.birthDate, child.birthYear)}</div>
                <div role="cell">{child.district}</div>
                <div role="cell">{t(`placement.${child.placementBasis}`)}</div>
                <div role="cell">
                  {child.protectedIdentity ? (
                    <Badge color="red" variant="light" title={t('children.protected')}>
                      {t('children.protectedShort')}
                    </Badge>
                  ) : (
                    (child.city ?? '')
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
