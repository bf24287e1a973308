// XLSX via exceljs: a first sheet with the title, period and what a hidden
// figure means, then one sheet per table. Counts, money (kronor) and rates
// are real numbers with number formats, so Excel can sum and chart them; a
// hidden figure is the text `..` with a note explaining why.
import ExcelJS from 'exceljs';
import type { Report, ReportCell, ReportTable } from '../../../shared/ipc/reports';
import { complementaryExplanation, primaryExplanation, suppressedMark } from '../../../shared/reports/labels';

const moneyFormat = '#,##0.00 "kr"';
const percentFormat = '0.0%';

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const clean = title
    .replace(/[[\]:*?/\\]/g, '-')
    .slice(0, 31)
    .trim();
  let name = clean;
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function setCell(cell: ExcelJS.Cell, value: ReportCell, threshold: number): void {
  switch (value.kind) {
    case 'count':
      cell.value = value.value;
      break;
    case 'suppressed':
      cell.value = suppressedMark;
      cell.alignment = { horizontal: 'right' };
      cell.note = value.reason === 'primary' ? primaryExplanation(threshold) : complementaryExplanation;
      break;
    case 'money':
      cell.value = value.ore / 100;
      cell.numFmt = moneyFormat;
      break;
    case 'percent':
      cell.value = value.value === null ? null : value.value / 100;
      cell.numFmt = percentFormat;
      break;
    case 'decimal':
      cell.value = value.value;
      cell.numFmt = value.digits === 0 ? '0' : `0.${'0'.repeat(value.digits)}`;
      break;
    case 'text':
      cell.value = value.text;
      break;
    case 'date':
      cell.value = value.date;
      break;
    case 'empty':
      cell.value = null;
      break;
  }
}

function addTable(workbook: ExcelJS.Workbook, table: ReportTable, name: string, threshold: number): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow([table.description]);
  sheet.addRow([]);
  const header = sheet.addRow([table.rowHeader, ...table.columns]);
  header.font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow([row.label]);
    row.cells.forEach((c, i) => setCell(added.getCell(i + 2), c, threshold));
    if (row.total) added.font = { bold: true };
  }
  sheet.getColumn(1).width = Math.min(60, Math.max(18, ...table.rows.map((r) => r.label.length + 2)));
  table.columns.forEach((c, i) => (sheet.getColumn(i + 2).width = Math.max(14, c.length + 2)));
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
}

export async function reportXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IOP Desk';
  workbook.created = new Date(report.generatedAt);
  const taken = new Set<string>();
  const cover = workbook.addWorksheet(sheetName('Rapport', taken));
  cover.addRow([report.title]).font = { bold: true, size: 15 };
  cover.addRow([report.scope.name]);
  cover.addRow(['Period', `${report.period.from} – ${report.period.to}`]);
  cover.addRow(['Skapad', report.generatedAt.slice(0, 10)]);
  cover.addRow([]);
  cover.addRow([report.suppressionNote]);
  cover.getColumn(1).width = 40;
  for (const section of report.sections) {
    for (const table of section.tables)
      addTable(workbook, table, sheetName(table.title, taken), report.threshold);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
