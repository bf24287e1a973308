// A chosen file read into a table of text cells: XLSX through exceljs, CSV
// through csv-parse in Swedish Excel's form (semicolons; UTF-8 with or without
// a byte-order mark, or Windows-1252) or with commas. Formulas are read as the
// value Excel stored, never evaluated; a formula without one is marked so the
// preview reports it on its row. Anything else is refused with a clear reason
// before a single row is looked at.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppFailure } from '../base/app-error';

export const maxImportBytes = 50 * 1024 * 1024;

export interface Table {
  rows: string[][];
  /** Row index → column indexes of formula cells with no stored value. */
  noValue: Map<number, Set<number>>;
}

const refuse = (
  code: 'import.notSpreadsheet' | 'import.empty' | 'import.tooLarge' | 'import.macroWorkbook',
) => new AppFailure(code);

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
/** The old binary Excel format (and Word's): not read. */
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readTable(bytes: Buffer, fileName: string): Promise<Table> {
  if (bytes.length > maxImportBytes) throw refuse('import.tooLarge');
  if (bytes.length === 0) throw refuse('import.empty');
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsm') || lower.endsWith('.xltm') || lower.endsWith('.xlsb'))
    throw refuse('import.macroWorkbook');
  let table: Table;
  if (startsWith(bytes, zipMagic)) table = await readWorkbook(bytes);
  else if (startsWith(bytes, oleMagic)) throw refuse('import.notSpreadsheet');
  else table = readCsv(bytes);
  if (!table.rows.some((row) => row.some((c) => c.trim() !== ''))) throw refuse('import.empty');
  return table;
}

async function readWorkbook(bytes: Buffer): Promise<Table> {
  // A macro workbook renamed .xlsx still carries its VBA project (the name is stored uncompressed in the zip).
  if (bytes.includes('xl/vbaProject.bin')) throw refuse('import.macroWorkbook');
  if (!bytes.includes('xl/workbook.xml')) throw refuse('import.notSpreadsheet');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw refuse('import.notSpreadsheet');
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw refuse('import.empty');
  const rows: string[][] = [];
  const noValue = new Map<number, Set<number>>();
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const text = cellText(cell.value);
      if (text === null) {
        const set = noValue.get(rowNumber - 1) ?? new Set<number>();
        set.add(columnNumber - 1);
        noValue.set(rowNumber - 1, set);
      }
      cells[columnNumber - 1] = text ?? '';
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return { rows: Array.from(rows, (r) => r ?? []), noValue };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The cell as text; null for a formula Excel stored no value for. */
function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (value instanceof Date) return isoDay(value);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null || (typeof result === 'object' && 'error' in result))
      return null;
    return cellText(result as ExcelJS.CellValue);
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return null;
  return '';
}

function decode(bytes: Buffer): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  // Excel's "Unicode text" (tab-separated UTF-16 with a byte-order mark).
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Swedish Excel's "CSV (semikolonavgränsad)" is Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Semicolon unless the first lines have more commas (or tabs). */
function delimiterOf(text: string): string {
  const head = text
    .split(/\r?\n/, 5)
    .join('\n')
    .replace(/"[^"]*"/g, '');
  const count = (c: string) => head.split(c).length - 1;
  const candidates = [';', ',', '\t'].map((c) => ({ c, n: count(c) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0]?.n ? candidates[0].c : ';';
}

function readCsv(bytes: Buffer): Table {
  const text = decode(bytes);
  // Text files have no NUL and few control characters; a binary file has many.
  const controls = text.slice(0, 4096).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > 8) throw refuse('import.notSpreadsheet');
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch {
    throw refuse('import.notSpreadsheet');
  }
  return { rows, noValue: new Map() };
}
