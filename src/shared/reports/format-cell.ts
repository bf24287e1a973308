// How a report cell reads, on screen and in print (Swedish conventions:
// grouped thousands, comma decimals, money as `711 833 kr`, hidden as `..`).
// A CSV file writes the same cells with bare numbers (`cellText` with its own
// number formats).
import { formatMoney, groupDigits, groupSeparator } from '../agreements/money';
import type { ReportCell } from '../ipc/reports';
import { suppressedMark } from './labels';

/** How a medium writes the numbers of report cells; text, dates and hidden figures read the same everywhere. */
export interface CellNumberFormats {
  count(value: number): string;
  money(ore: number): string;
  percent(value: number | null): string;
  decimal(value: number, digits: number): string;
}

export function cellText(cell: ReportCell, formats: CellNumberFormats): string {
  switch (cell.kind) {
    case 'count':
      return formats.count(cell.value);
    case 'suppressed':
      return suppressedMark;
    case 'money':
      return formats.money(cell.ore);
    case 'percent':
      return formats.percent(cell.value);
    case 'decimal':
      return formats.decimal(cell.value, cell.digits);
    case 'text':
      return cell.text;
    case 'date':
      return cell.date;
    case 'empty':
      return '';
  }
}

/** Screen and print: grouped thousands, money with its unit, one decimal of a percent. */
const displayFormats: CellNumberFormats = {
  count: (value) => groupDigits(String(value)),
  money: (ore) => formatMoney(ore),
  percent: (value) => (value === null ? '–' : `${value.toFixed(1).replace('.', ',')}${groupSeparator}%`),
  // A plain hyphen-minus: the PDF's standard font has no typographic minus. No "-0,00".
  decimal: (value, digits) => (Math.abs(value) < 0.5 / 10 ** digits ? 0 : value).toFixed(digits).replace('.', ','),
};

export const formatCell = (cell: ReportCell): string => cellText(cell, displayFormats);

/** True for cells that read as numbers (right-aligned in tables). */
export const isNumeric = (cell: ReportCell) =>
  cell.kind === 'count' ||
  cell.kind === 'money' ||
  cell.kind === 'percent' ||
  cell.kind === 'decimal' ||
  cell.kind === 'suppressed';
