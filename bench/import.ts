// Import at scale (issue 14): 10,000 children from an XLSX and from a CSV, and
// 10,000 organisations, through the router as the renderer calls it (zod,
// role check, transaction, audit). "Preview" is what the user waits for after
// choosing the file: reading it (import:open) plus checking every row
// (import:preview); "commit" is import:commit, one transaction. Targets:
// preview ≤ 3 s, commit ≤ 5 s. Printed, never asserted.
//
//   npx tsx bench/import.ts [--rows 10000]
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { luhnCheckDigit } from '../src/shared/identity/luhn';
import {
  childHeader,
  childRows,
  csvFile,
  fileIn,
  scriptedPickers,
  tempFolder,
  xlsxBytes,
  type Rows,
} from '../test/support/import-files';
import { adminPassword, createTempApp } from '../test/support/temp-app';
import { fmtMs, recordFigure } from './support/figures';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' } } });
const count = Number(values.rows);

const pickers = scriptedPickers();
const folder = tempFolder();
const app = createTempApp(undefined, { pickers });

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

const table: { measure: string; value: string; target: string; ok: boolean | null }[] = [];
function figure(key: string, measure: string, ms: number, targetMs: number | null) {
  const ok = targetMs === null ? null : ms <= targetMs;
  const target = targetMs === null ? '' : `≤ ${targetMs / 1000} s`;
  table.push({ measure, value: fmtMs(ms), target, ok });
  recordFigure({ key, label: measure, value: fmtMs(ms), target, ok });
  console.error(`  ${measure}: ${fmtMs(ms)}${target ? ` (target ${target})` : ''}`);
}

function orgRows(n: number): Rows {
  return Array.from({ length: n }, (_, i) => {
    const body = String(802_300_000 + i);
    return [
      `Bänkföreningen ${i}`,
      'ideell förening',
      `${body.slice(0, 6)}-${body.slice(6)}${luhnCheckDigit(body)}`,
      'Provgatan 1',
      '211 20',
      'Malmö',
      'Sara Testsson',
      'sara@exempel.se',
    ];
  });
}

async function run(
  label: string,
  key: string,
  kind: 'children' | 'organisations',
  name: string,
  bytes: Buffer,
) {
  pickers.file = fileIn(folder, name, bytes);
  const [openMs, opened] = await time(() => app.must('import:open', { kind, programmeId: null }));
  if (!opened) throw new Error('not opened');
  const [checkMs, preview] = await time(() =>
    app.must('import:preview', { sessionId: opened.sessionId, mapping: opened.suggested }),
  );
  if (preview.invalid > 0) throw new Error(`${preview.invalid} rows with problems`);
  figure(
    `import.${key}.read`,
    `${label}: read the file (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`,
    openMs,
    null,
  );
  figure(`import.${key}.check`, `${label}: check every row`, checkMs, null);
  figure(`import.${key}.preview`, `${label}: preview (read + check)`, openMs + checkMs, 3000);
  const [commitMs, result] = await time(() =>
    app.must('import:commit', { sessionId: opened.sessionId, leftOut: [] }),
  );
  if (result.created !== count) throw new Error(`created ${result.created}`);
  figure(`import.${key}.commit`, `${label}: commit`, commitMs, 5000);
}

try {
  await app.must('installation:setup', {
    organisationName: 'Bänkkommunen',
    admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
  });
  console.error(`Import of ${count} rows, through the router:`);
  await run(
    `${count} children, XLSX`,
    'childrenXlsx',
    'children',
    'barn.xlsx',
    await xlsxBytes([childHeader, ...childRows(count)]),
  );
  await run(
    `${count} children, CSV (Windows-1252)`,
    'childrenCsv',
    'children',
    'barn.csv',
    csvFile([childHeader, ...childRows(count, count)], 'windows-1252'),
  );
  await run(
    `${count} organisations, CSV`,
    'organisations',
    'organisations',
    'org.csv',
    csvFile([
      ['Namn', 'Typ', 'Organisationsnummer', 'Adress', 'Postnummer', 'Ort', 'Kontaktperson', 'E-post'],
      ...orgRows(count),
    ]),
  );
  console.log('\n| Measure | Value | Target | Met |\n|---|---|---|---|');
  for (const f of table)
    console.log(`| ${f.measure} | ${f.value} | ${f.target} | ${f.ok === null ? '' : f.ok ? 'yes' : 'NO'} |`);
} finally {
  await app.dispose();
  rmSync(folder, { recursive: true, force: true });
}
