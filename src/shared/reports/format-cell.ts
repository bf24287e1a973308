// How a report cell reads, on screen and in print (Swedish conventions:
// grouped thousands, comma decimals, money as `711 833 kr`, hidden as `..`).
import { formatMoney, groupSeparator } from '../agreements/money';
import type { ReportCell } from '../ipc/reports';
import { suppressedMark } from './labels';

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);

export function formatCell(cell: ReportCell): string {
  switch (cell.kind) {
    case 'count':
      return grouped(cell.value);
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
