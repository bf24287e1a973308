// Exports of the fixture report, read back: XLSX with exceljs, CSV parsed the
// way Swedish Excel reads it, PDF text through pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../../test/support/temp-app';
import { buildFixture, fixtureChildren, type Fixture } from '../../../../test/support/reports/report-fixture';

let app: TempApp;
let fixture: Fixture;
let folder: string;
const request = () => ({
  scope: { kind: 'agreement' as const, agreementId: fixture.agreementId },
  period: { kind: 'year' as const, year: 2025 },
});

beforeAll(async () => {
  app = await createInstalledApp();
  fixture = await buildFixture(app);
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-export-'));
}, 120_000);
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await app.dispose();
});

/** Splits Swedish-Excel CSV (semicolons, quotes doubled) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

const tableRows = (rows: string[][], title: string) => {
  const start = rows.findIndex((r) => r[0]?.startsWith(title));
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  return rows.slice(start + 1, end < 0 ? undefined : end);
};

describe('report exports', () => {
  it('writes CSV for Swedish Excel: BOM, semicolons, comma decimals, hidden figures as ..', async () => {
    const out = await app.must('reports:export', { ...request(), format: 'csv', folder });
    expect(out.fileName).toBe('Årsrapport 2025 – SN-2025-10 Stödgrupper för familjehemsplacerade barn.csv');
    const bytes = readFileSync(out.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['Årsrapport 2025']);
    expect(tableRows(rows, 'Nyckeltal')).toEqual([
      ['Uppgift', 'Värde'],
      ['Barn som deltagit', '12'],
      ['Grupper som genomförts eller pågår', '2'],
      ['Träffar som hållits', '16'],
      ['Närvaro (andel registrerade träffar med barnet närvarande)', '97,0'],
      ['Genomförandegrad (genomförde av dem som avslutat)', '..'],
      ['Barn på väntelistan vid periodens slut', '..'],
      ['Orosanmälningar (antal)', '..'],
      ['Avgiftsintäkter för barn från andra kommuner', '..'],
    ]);
    expect(tableRows(rows, 'Barn per kön')).toEqual([
      ['Kön', 'Antal barn'],
      ['Flicka', '7'],
      ['Pojke', '..'],
      ['Annat', '..'],
      ['Vill inte uppge', '0'],
      ['Totalt', '12'],
    ]);
    expect(tableRows(rows, 'Budget och utfall')).toEqual([
      ['Budgetpost', 'Budget', 'Utfall', 'Avvikelse'],
      ['2025 · Personal', '678833', '650000', '-28833'],
      ['2025 · Material', '8000', '', ''],
      ['Totalt', '686833', '650000', '-36833'],
    ]);
    expect(
      rows.some((r) => r[0]?.includes('Uppgiften är dold för att skydda enskilda barn (färre än 5)')),
    ).toBe(true);
  });

  it('writes XLSX with one sheet per table, numbers as numbers and hidden figures as .. with a note', async () => {
    const out = await app.must('reports:export', { ...request(), format: 'xlsx', folder });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out.path);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual(['Rapport', 'Nyckeltal', 'Mål och utfall', 'Grupper per format']);
    expect(names).toContain('Barn per åldersgrupp');
    expect(names).toContain('Budget och utfall');
    const gender = workbook.getWorksheet('Barn per kön')!;
    const values = (r: number) => (gender.getRow(r).values as unknown[]).slice(1);
    expect(values(4)).toEqual(['Kön', 'Antal barn']);
    expect(values(5)).toEqual(['Flicka', 7]);
    expect(values(6)).toEqual(['Pojke', '..']);
    expect(gender.getRow(6).getCell(2).note).toBe(
      'Uppgiften är dold för att skydda enskilda barn (färre än 5).',
    );
    const summary = workbook.getWorksheet('Nyckeltal')!;
    expect(summary.getRow(9).getCell(2).value).toBe('..');
    expect(summary.getRow(9).getCell(2).note).toBe(
      'Uppgiften är dold så att en annan dold uppgift inte kan räknas fram.',
    );
    expect(summary.getRow(9).getCell(1).value).toBe('Genomförandegrad (genomförde av dem som avslutat)');
    expect(summary.getRow(8).getCell(2).value).toBeCloseTo(0.97);
    const budget = workbook.getWorksheet('Budget och utfall')!;
    expect((budget.getRow(5).values as unknown[]).slice(1)).toEqual([
      '2025 · Personal',
      678833,
      650000,
      -28833,
    ]);
  });

  it('writes a print-ready PDF whose text holds the figures and the explanation', async () => {
    const out = await app.must('reports:export', { ...request(), format: 'pdf', folder });
    expect(readFileSync(out.path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', out.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Årsrapport 2025');
    expect(text).toContain('SN-2025/10 Stödgrupper för familjehemsplacerade barn');
    expect(text).toMatch(/Barn som deltagit\s+12/);
    expect(text).toMatch(/Flicka\s+7/);
    expect(text).toMatch(/Pojke\s+\.\./);
    expect(text).toMatch(/2025 · Personal\s+678\s833 kr\s+650\s000 kr\s+-28\s833 kr/);
    expect(text).toContain('Uppgiften är dold för att skydda enskilda barn (färre än 5).');
    for (const c of fixtureChildren) {
      expect(text).not.toContain(c.name);
      expect(text).not.toContain(c.identityNumber);
    }
  });

  it('never replaces a file: a second export gets a number', async () => {
    const first = await app.must('reports:export', { ...request(), format: 'csv', folder });
    const second = await app.must('reports:export', { ...request(), format: 'csv', folder });
    expect(second.path).not.toBe(first.path);
    expect(second.fileName).toMatch(/ \(\d+\)\.csv$/);
  });

  it('refuses a folder that is not an existing absolute directory, and writes nothing', async () => {
    const before = readdirSync(folder).length;
    const file = join(folder, 'inte-en-mapp.txt');
    writeFileSync(file, 'x');
    for (const bad of ['relativ/mapp', join(folder, 'finns-inte'), file]) {
      const result = await app.call('reports:export', { ...request(), format: 'pdf', folder: bad });
      expect(result.ok ? null : result.error).toMatchObject({
        code: 'reports.folderInvalid',
        fields: { folder: 'reports.folderInvalid' },
      });
    }
    expect(readdirSync(folder).length).toBe(before + 1);
  });

  it('records each export in the audit log by scope and format', async () => {
    const entries = await app.installation.db
      .selectFrom('audit_log')
      .select(['entity_id', 'outcome'])
      .where('channel', '=', 'reports:export')
      .execute();
    expect(entries).toContainEqual({ entity_id: `agreement:${fixture.agreementId}:pdf`, outcome: 'ok' });
    expect(entries).toContainEqual({ entity_id: `agreement:${fixture.agreementId}:pdf`, outcome: 'failed' });
  });
});
