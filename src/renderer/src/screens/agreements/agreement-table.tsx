// The agreement list as an ARIA table with a virtualised body (only the rows
// in view are in the DOM, each with its aria-rowindex). The registration
// number is a button; a click anywhere on the row opens it too.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type MouseEvent } from 'react';
import { formatMoney } from '../../../../shared/agreements/money';
import type { AgreementSummary } from '../../../../shared/ipc/agreements';
import { useT } from '../../i18n/use-t';
import { StatusBadge } from './status-badge';

const rowHeight = 64;

export function AgreementTable({ items, onOpen }: { items: AgreementSummary[]; onOpen(id: number): void }) {
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
      aria-label={t('agreements.listLabel')}
      aria-rowcount={items.length + 1}
      className="agr-table"
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="agr-row" data-header>
          <div role="columnheader">{t('agreements.colRegistrationNumber')}</div>
          <div role="columnheader">{t('agreements.colTitle')}</div>
          <div role="columnheader">{t('agreements.colParties')}</div>
          <div role="columnheader">{t('agreements.colPeriod')}</div>
          <div role="columnheader">{t('agreements.colStatus')}</div>
          <div role="columnheader" className="agr-number">
            {t('agreements.colYearlyAmount')}
          </div>
        </div>
      </div>
      <div role="rowgroup" ref={bodyRef} className="agr-body">
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const a = items[row.index];
            if (!a) return null;
            return (
              <div
                key={a.id}
                role="row"
                aria-rowindex={row.index + 2}
                className="agr-row"
                style={{ top: row.start, height: row.size }}
                onClick={(e) => rowClick(e, a.id)}
              >
                <div role="cell">
                  <button type="button" className="agr-link-button" onClick={() => onOpen(a.id)}>
                    {a.registrationNumber}
                  </button>
                </div>
                <div role="cell">
                  <div className="agr-ellipsis">{a.title}</div>
                  {a.snippet && <div className="agr-snippet">{renderSnippet(a.snippet)}</div>}
                </div>
                <div role="cell" className="agr-ellipsis">
                  {a.parties.map((p) => p.name).join(', ')}
                </div>
                <div role="cell">
                  {a.start} – {a.end}
                </div>
                <div role="cell">
                  <StatusBadge status={a.status} />
                </div>
                <div role="cell" className="agr-number">
                  {formatMoney(a.yearlyAmount)}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** The snippet's [hits] as <mark>. */
function renderSnippet(snippet: string) {
  return snippet
    .split(/(\[[^\]]*\])/)
    .map((part, i) =>
      part.startsWith('[') && part.endsWith(']') ? (
        <mark key={i}>{part.slice(1, -1)}</mark>
      ) : (
        <span key={i}>{part}</span>
      ),
    );
}
