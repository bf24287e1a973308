// `npx tsx bench/attachments.ts`: how long a caseworker waits with the largest
// file allowed (25 MB, a high-resolution scan): attaching it (read, type check,
// stored in 1 MiB chunks inside the encrypted database, audited), listing,
// saving a copy, and removing it (erasure: secure delete and an emptied log).
// Targets: add ≤ 2 s, copy ≤ 1 s, remove ≤ 1 s, list ≤ 20 ms (through the router).
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { performance } from 'node:perf_hooks';
import { pdfBytes, pickFolder, recordsOfEveryKind } from '../test/support/attachments';
import { createInstalledApp } from '../test/support/temp-app';
import { fmtMs, recordFigure } from './support/figures';

const size = 25 * 1024 * 1024;
const runs = Number(process.env.RUNS ?? 5);

async function main() {
  const app = await createInstalledApp();
  const files = pickFolder();
  const out = pickFolder();
  try {
    const records = await recordsOfEveryKind(app);
    const head = await pdfBytes('Skannad överenskommelse');
    const path = files.write('Stor skanning.pdf', Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)]));
    const record = { kind: 'agreement' as const, id: records.agreement };
    const times = { add: [] as number[], list: [] as number[], copy: [] as number[], remove: [] as number[] };
    for (let i = 0; i < runs; i++) {
      let start = performance.now();
      const added = await app.must('attachments:add', { record, path });
      times.add.push(performance.now() - start);
      start = performance.now();
      await app.must('attachments:list', { record });
      times.list.push(performance.now() - start);
      start = performance.now();
      await app.must('attachments:saveCopy', { id: added.id, folder: out.dir });
      times.copy.push(performance.now() - start);
      start = performance.now();
      await app.must('attachments:remove', { id: added.id, confirmed: true });
      times.remove.push(performance.now() - start);
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
    const rows: [keyof typeof times, string, number][] = [
      ['add', 'attach a 25 MB file', 2000],
      ['list', 'list the record’s files', 20],
      ['copy', 'save a copy of it', 1000],
      ['remove', 'remove it (erasure)', 1000],
    ];
    console.log(`attachments: ${runs} runs with a ${size / 1024 / 1024} MB PDF, median wall clock`);
    for (const [key, label, target] of rows) {
      const value = median(times[key]);
      const ok = value <= target;
      console.log(`  ${label.padEnd(28)} ${fmtMs(value).padStart(10)}   target ≤ ${target} ms ${ok ? 'ok' : 'MISSED'}`);
      recordFigure({ key: `attachments.${key}`, label, value: fmtMs(value), target: `≤ ${target} ms`, ok });
    }
  } finally {
    files.dispose();
    out.dispose();
    await app.dispose();
  }
}

await main();
