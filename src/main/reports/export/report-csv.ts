// CSV for Swedish Excel: UTF-8 with a byte-order mark (so Excel reads å, ä,
// ö), semicolons between fields, comma decimals, CRLF line ends. All tables
// of the report follow each other, each under its title, separated by an
// empty line. Numbers carry no thousands separator so Excel reads them as
// numbers; a hidden figure is `..` and the explanation is at the top.
import type { Report, ReportCell } from '../../../shared/ipc/reports';
import { suppressedMark } from '../../../shared/reports/labels';
import { csvBytes } from './csv';

const decimal = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');

export function csvValue(cell: ReportCell): string {
  switch (cell.kind) {
    case 'count':
      return String(cell.value);
    case 'suppressed':
      return suppressedMark;
    case 'money':
      return cell.ore % 100 === 0 ? String(cell.ore / 100) : decimal(cell.ore / 100, 2);
    case 'percent':
      return cell.value === null ? '' : decimal(cell.value, 1);
    case 'text':
      return cell.text;
    case 'date':
      return cell.date;
    case 'empty':
      return '';
  }
}

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
