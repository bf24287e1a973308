// The agreement list as an ARIA table with a virtualised body (only the rows
// in view are in the DOM, each with its aria-rowindex). The registration
// number is a button; a click anywhere on the row opens it too.
import { memo } from 'react';
import { formatMoney } from '../../../../shared/agreements/money';
import type { AgreementSummary } from '../../../../shared/ipc/agreements';
import { VirtualTable } from '../../components/virtual-table';
import { useT } from '../../i18n/use-t';
import { StatusBadge } from './status-badge';

// Memoised: a keystroke in the search field leaves the shown rows alone.
export const AgreementTable = memo(function AgreementTable({
  items,
  onOpen,
}: {
  items: AgreementSummary[];
  onOpen(id: number): void;
}) {
  const t = useT();
  return (
    <VirtualTable
      label={t('agreements.listLabel')}
      items={items}
      rowKey={(a) => a.id}
      onOpen={(a) => onOpen(a.id)}
      rowHeight={64}
      classes={{ table: 'agr-table', row: 'agr-row', body: 'agr-body' }}
      columns={[
        {
          header: t('agreements.colRegistrationNumber'),
          cell: (a) => (
            <button type="button" className="agr-link-button" onClick={() => onOpen(a.id)}>
              {a.registrationNumber}
            </button>
          ),
        },
        {
          header: t('agreements.colTitle'),
          cell: (a) => (
            <>
              <div className="agr-ellipsis">{a.title}</div>
              {a.snippet && <div className="agr-snippet">{renderSnippet(a.snippet)}</div>}
            </>
          ),
        },
        {
          header: t('agreements.colParties'),
          cell: (a) => a.parties.map((p) => p.name).join(', '),
          className: 'agr-ellipsis',
        },
        { header: t('agreements.colPeriod'), cell: (a) => `${a.start} – ${a.end}` },
        { header: t('agreements.colStatus'), cell: (a) => <StatusBadge status={a.status} /> },
        {
          header: t('agreements.colYearlyAmount'),
          cell: (a) => formatMoney(a.yearlyAmount),
          className: 'agr-number',
        },
      ]}
    />
  );
});

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
