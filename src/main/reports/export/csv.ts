// The one CSV writer, shaped for Swedish Excel: UTF-8 with a byte-order mark
// (so Excel reads å, ä, ö), semicolons between fields, comma decimals, CRLF
// line ends, fields quoted only when they must be. Used by the reports, the
// audit log export and the hand-back files.
export type CsvCell = string | number | null;

function field(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(field).join(';')).join('\r\n')}\r\n`;
}

export function csvBytes(rows: readonly (readonly CsvCell[])[]): Buffer {
  return Buffer.from(csvText(rows), 'utf8');
}
