// CSV for Swedish Excel: UTF-8 with a byte-order mark (so Excel reads å, ä,
// ö), semicolons between fields, comma decimals, CRLF line ends. All tables
// of the report follow each other, each under its title, separated by an
// empty line. Numbers carry no thousands separator so Excel reads them as
// numbers; a hidden figure is `..` and the explanation is at the top.
import type { Report, ReportCell } from '../../../shared/ipc/reports';
import { cellText, type CellNumberFormats } from '../../../shared/reports/format-cell';
import { csvBytes } from './csv';

const decimal = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');

/** Bare numbers Excel reads as numbers: no thousands separator, comma decimals, no unit. */
const csvFormats: CellNumberFormats = {
  count: (value) => String(value),
  money: (ore) => (ore % 100 === 0 ? String(ore / 100) : decimal(ore / 100, 2)),
  percent: (value) => (value === null ? '' : decimal(value, 1)),
  decimal: (value, digits) => decimal(value, digits),
};

export const csvValue = (cell: ReportCell): string => cellText(cell, csvFormats);

export function reportCsv(report: Report): Buffer {
  const lines: string[][] = [
    [report.title],
    [report.scope.name],
    [`Period`, `${report.period.from} – ${report.period.to}`],
    [`Skapad`, report.generatedAt.slice(0, 10)],
    [report.suppressionNote],
  ];
  for (const section of report.sections) {
    for (const table of section.tables) {
      const unit = table.rows.some((r) => r.cells.some((c) => c.kind === 'money')) ? ' (kr)' : '';
      lines.push([], [`${table.title}${unit}`], [table.rowHeader, ...table.columns]);
      for (const row of table.rows) lines.push([row.label, ...row.cells.map(csvValue)]);
    }
  }
  return csvBytes(lines);
}
