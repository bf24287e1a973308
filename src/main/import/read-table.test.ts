// Reading files built in the test: XLSX through exceljs, CSV in each of
// Swedish Excel's encodings and with commas, formulas as their stored value,
// and every kind of bad file refused with its own code.
import { describe, expect, test } from 'vitest';
import { zipSync } from 'fflate';
import { csvFile, xlsxBytes, type CsvForm } from '../../../test/support/import-files';
import { readTable } from './read-table';

const rows = [
  ['Namn', 'Hemkommun', 'Ort'],
  ['Åsa Örnsköld', 'Malmö', 'Ängelholm'],
];

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'read';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('CSV', () => {
  test.each<CsvForm>(['utf8-bom', 'utf8', 'windows-1252', 'comma'])(
    '%s: the Swedish letters come through',
    async (form) => {
      const table = await readTable(csvFile(rows, form), 'lista.csv');
      expect(table.rows.filter((r) => r.length > 1)).toEqual(rows);
    },
  );

  test("Excel's Unicode text: UTF-16 with tabs", async () => {
    const text = rows.map((r) => r.join('\t')).join('\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await readTable(bytes, 'lista.txt')).rows).toEqual(rows);
  });

  test('quoted semicolons and line breaks stay in their cell', async () => {
    const table = await readTable(
      csvFile([
        ['Namn', 'Adress'],
        ['A; B', 'Rad 1\nRad 2'],
      ]),
      'x.csv',
    );
    expect(table.rows[1]).toEqual(['A; B', 'Rad 1\nRad 2']);
  });
});

describe('XLSX', () => {
  test('text, numbers, dates and yes/no as text', async () => {
    const bytes = await xlsxBytes([
      ['Namn', 'Personnummer', 'Anmäld', 'Skyddad'],
      ['Alva', 201212121212, new Date(Date.UTC(2026, 1, 3)), true],
    ]);
    expect((await readTable(bytes, 'lista.xlsx')).rows[1]).toEqual([
      'Alva',
      '201212121212',
      '2026-02-03',
      'ja',
    ]);
  });

  test('a formula is read as its stored value, never evaluated; one without a value is marked', async () => {
    const bytes = await xlsxBytes(
      [
        ['Namn', 'Hemkommun'],
        ['Alva', null],
        ['Bo', null],
      ],
      (sheet) => {
        // The stored result says Lund although the formula would say something else: the stored value wins.
        sheet.getCell('B2').value = { formula: 'CONCAT("Mal","mö")', result: 'Lund' };
        sheet.getCell('B3').value = { formula: 'A3&"x"', date1904: false } as never;
      },
    );
    const table = await readTable(bytes, 'lista.xlsx');
    expect(table.rows[1]).toEqual(['Alva', 'Lund']);
    expect(table.rows[2]).toEqual(['Bo', '']);
    expect([...(table.noValue.get(2) ?? [])]).toEqual([1]);
  });
});

describe('bad files are refused before any row is read', () => {
  test('not a spreadsheet: a PDF, an old .xls, a zip that is no workbook, binary noise', async () => {
    expect(
      await codeOf(readTable(Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n\u0000\u0001\u0002'), 'a.pdf')),
    ).toBe('import.notSpreadsheet');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await codeOf(readTable(ole, 'gammal.xls'))).toBe('import.notSpreadsheet');
    const zip = Buffer.from(zipSync({ 'word/document.xml': new TextEncoder().encode('<w/>') }));
    expect(await codeOf(readTable(zip, 'brev.xlsx'))).toBe('import.notSpreadsheet');
    const noise = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(await codeOf(readTable(noise, 'data.csv'))).toBe('import.notSpreadsheet');
  });

  test('empty: no bytes, only blank lines, a workbook with an empty sheet', async () => {
    expect(await codeOf(readTable(Buffer.alloc(0), 'tom.csv'))).toBe('import.empty');
    expect(await codeOf(readTable(Buffer.from('\r\n;;\r\n\r\n'), 'tom.csv'))).toBe('import.empty');
    expect(await codeOf(readTable(await xlsxBytes([]), 'tom.xlsx'))).toBe('import.empty');
  });

  test('over 50 MB', async () => {
    expect(await codeOf(readTable(Buffer.alloc(50 * 1024 * 1024 + 1, 0x41), 'stor.csv'))).toBe(
      'import.tooLarge',
    );
  });

  test('a macro workbook: by its name, and renamed .xlsx with its VBA project inside', async () => {
    const plain = await xlsxBytes(rows);
    expect(await codeOf(readTable(plain, 'lista.xlsm'))).toBe('import.macroWorkbook');
    const withMacros = Buffer.from(
      zipSync({ 'xl/workbook.xml': new Uint8Array(1), 'xl/vbaProject.bin': new Uint8Array(8) }),
    );
    expect(await codeOf(readTable(withMacros, 'lista.xlsx'))).toBe('import.macroWorkbook');
  });
});
