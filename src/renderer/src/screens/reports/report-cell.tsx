// One figure of a report table. A hidden figure shows the `..` mark with the
// reason in words for screen readers; the table's note explains it for all.
import { VisuallyHidden } from '@mantine/core';
import type { ReportCell } from '../../../../shared/ipc/reports';
import { formatCell } from '../../../../shared/reports/format-cell';
import { suppressedMark } from '../../../../shared/reports/labels';
import { useT } from '../../i18n/use-t';

export function ReportCellText({ cell, threshold }: { cell: ReportCell; threshold: number }) {
  const t = useT();
  if (cell.kind !== 'suppressed') return <>{formatCell(cell)}</>;
  return (
    <span className="rp-hidden">
      <span aria-hidden="true">{suppressedMark}</span>
      <VisuallyHidden>
        {cell.reason === 'primary'
          ? t('reports.hiddenPrimary', { threshold })
          : t('reports.hiddenComplementary')}
      </VisuallyHidden>
    </span>
  );
}
