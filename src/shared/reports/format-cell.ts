// How a report cell reads, on screen and in print (Swedish conventions:
// grouped thousands, comma decimals, money as `711 833 kr`, hidden as `..`).
import { formatMoney, groupDigits, groupSeparator } from '../agreements/money';
import type { ReportCell } from '../ipc/reports';
import { suppressedMark } from './labels';

export function formatCell(cell: ReportCell): string {
  switch (cell.kind) {
    case 'count':
      return groupDigits(String(cell.value));
    case 'suppressed':
      return suppressedMark;
    case 'money':
      return formatMoney(cell.ore);
    case 'percent':
      return cell.value === null ? '–' : `${cell.value.toFixed(1).replace('.', ',')}${groupSeparator}%`;
    case 'text':
      return cell.text;
    case 'date':
      return cell.date;
    case 'empty':
      return '';
  }
}

/** True for cells that read as numbers (right-aligned in tables). */
export const isNumeric = (cell: ReportCell) =>
  cell.kind === 'count' || cell.kind === 'money' || cell.kind === 'percent' || cell.kind === 'suppressed';
