// Files for the import tests, built in the test: XLSX through exceljs, CSV in
// Swedish Excel's forms (semicolon, UTF-8 with or without BOM, Windows-1252)
// and with commas. Children are invented, their numbers computed in
// Skatteverket's test-number series (never real people).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { composeIdentityNumber } from '../../src/shared/identity/personal-identity-number';
import type { FilePickers } from '../../src/main/files/file-pickers';

export type Rows = (string | number | boolean | Date | null)[][];

export async function xlsxBytes(rows: Rows, edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type CsvForm = 'utf8-bom' | 'utf8' | 'windows-1252' | 'comma';

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Windows-1252 for the Swedish letters (and the rest of Latin-1, which maps one to one). */
function windows1252(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`not in Windows-1252: ${text[i]}`);
    bytes[i] = code;
  }
  return bytes;
}

export function csvFile(rows: Rows, form: CsvForm = 'utf8-bom'): Buffer {
  const delimiter = form === 'comma' ? ',' : ';';
  const text =
    rows
      .map((r) => r.map((c) => quote(c === null ? '' : String(c), delimiter)).join(delimiter))
      .join('\r\n') + '\r\n';
  if (form === 'windows-1252') return windows1252(text);
  const body = Buffer.from(text, 'utf8');
  return form === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** A test number for the n-th invented child (born 2012–2017, so 8–13 on the test clock's day). */
export function childNumber(n: number): string {
  const year = 2012 + (n % 6);
  const day = 1 + (Math.floor(n / 6) % 28);
  const month = 1 + (Math.floor(n / 168) % 12);
  const serial = 1 + (Math.floor(n / 2016) % 999);
  return composeIdentityNumber(
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    serial,
  );
}

export const childHeader = [
  'Namn',
  'Personnummer',
  'Placeringsgrund',
  'Stadsdel',
  'Hemkommun',
  'Skyddad identitet',
  'Adress',
  'Postnummer',
  'Ort',
  'Vårdnadshavare 1',
  'Vårdnad 1',
  'Telefon vårdnadshavare 1',
];

const firstNames = ['Alva', 'Bo', 'Cleo', 'Dante', 'Ebba', 'Frej', 'Gry', 'Hugo', 'Iris', 'Juno'];

/** Children rows under `childHeader`, numbered from `from`. */
export function childRows(count: number, from = 0): Rows {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return [
      `${firstNames[n % firstNames.length]} Testsson ${n}`,
      childNumber(n),
      n % 3 === 0 ? 'LVU' : 'SoL',
      'Norr',
      'Malmö',
      'nej',
      `Provgatan ${n + 1}`,
      '211 20',
      'Malmö',
      `Förälder Testsson ${n}`,
      'ja',
      '070-123 45 67',
    ];
  });
}

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'iop-desk-import-'));
}

/** Writes the file and returns its path. */
export function fileIn(folder: string, name: string, bytes: Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** Dialog stand-ins: the next file and folder the "user" picks. */
export function scriptedPickers(): FilePickers & { file: string | null; folder: string | null } {
  const pickers = {
    file: null as string | null,
    folder: null as string | null,
    chooseFile: async () => pickers.file,
    chooseFolder: async () => pickers.folder,
  };
  return pickers;
}
