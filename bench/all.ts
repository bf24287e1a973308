// `npm run bench:all`: runs every bench script one after the other and prints
// each figure of the performance table (issue 13) against its target in one
// table, then the list and overview channels at ×10. Ratios come from one run
// where a peer exists (`age`, raw SQLite); absolute times otherwise. Nothing
// is asserted; the exit code is 0 even when a target is missed.
//
//   npm run bench:all [-- --only agreements,reports] [--data-dir DIR]
//
// Each script records its figures with bench/support/figures.ts (one JSON line
// per figure into the file named by BENCH_FIGURES). The ×10 data are seeded
// once into DIR (default: iop-desk-bench-x10 in the temp folder) and reused;
// the erasure bench erases another ~1,000 enrolments from them on each run.
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { BenchFigure } from './support/figures';

const { values } = parseArgs({
  options: { only: { type: 'string' }, 'data-dir': { type: 'string' } },
});
const x10Dir = resolve(values['data-dir'] ?? join(tmpdir(), 'iop-desk-bench-x10'));

interface BenchEntry {
  /** Short name, for --only. */
  name: string;
  what: string;
  script: string;
  args: string[];
  /** The keys of the issue's figures this script records, in table order. */
  figures: { key: string; label: string; target: string }[];
}

// The benches, in the order they run. Register a new bench here: its script
// calls recordFigure() for each figure, and its keys are listed below.
const benches: BenchEntry[] = [
  {
    name: 'backup',
    what: 'backup and restore vs age (helper C: bench/backup.ts)',
    script: 'bench/backup.ts',
    args: [],
    figures: [
      { key: 'backup.ratio', label: 'backup throughput vs `age -r` on the same bytes', target: '≥ 0.5×' },
      { key: 'restore.ratio', label: 'restore throughput vs `age -d`', target: '≥ 0.5×' },
    ],
  },
  {
    name: 'agreements',
    what: 'agreement search and dashboard, 2,000 agreements',
    script: 'bench/agreements.ts',
    args: [],
    figures: [
      { key: 'search.p95', label: 'agreement search p95 ("familjehem barn")', target: '≤ 20 ms' },
      {
        key: 'dashboard.router',
        label: 'dashboard through the router, p50 / p95',
        target: '≤ 50 ms / ≤ 80 ms',
      },
    ],
  },
  {
    name: 'reports',
    what: 'annual report and erasure at ×10',
    script: 'bench/reports.ts',
    args: ['--scale', 'x10', '--data-dir', x10Dir, '--keep', '--samples', '10'],
    figures: [
      { key: 'report.all', label: 'all-agreements annual report at ×10', target: '≤ 200 ms' },
      { key: 'erasure.x10', label: 'erasure of 1,000 enrolments at ×10', target: '≤ 2000 ms' },
    ],
  },
  {
    name: 'foundation',
    what: 'bulk service path vs raw SQLite, audited call breakdown',
    script: 'bench/run.ts',
    args: [],
    figures: [
      { key: 'bulk.ratio', label: 'bulk service path vs raw prepared statements', target: '≤ 1.50×' },
      { key: 'audited.call', label: 'audited single call vs the service alone', target: '≤ 1 ms per action' },
    ],
  },
  {
    name: 'scale',
    what: 'every list and overview channel at ×10 (time, reply size)',
    script: 'bench/scale-channels.ts',
    args: ['--data-dir', x10Dir],
    figures: [],
  },
  {
    name: 'renderer',
    what: 'main screens and interactions in Chromium through the bridge at ×10',
    script: 'bench/renderer.ts',
    args: ['--data-dir', x10Dir, '--scale', 'x10', '--runs', '2'],
    figures: [
      { key: 'renderer.firstContent', label: 'first content of each main screen', target: '≤ 500 ms' },
      {
        key: 'renderer.interaction',
        label: 'interaction to next paint, median / max',
        target: '≤ 100 / ≤ 200 ms',
      },
      { key: 'renderer.reply', label: "largest IPC reply on a screen's first load", target: '≤ 256 KB' },
    ],
  },
  {
    name: 'import',
    what: 'import of 10,000 rows from XLSX and CSV through the router (issue 14)',
    script: 'bench/import.ts',
    args: [],
    figures: [
      {
        key: 'import.childrenXlsx.preview',
        label: '10,000 children from XLSX: preview (read + check)',
        target: '≤ 3 s',
      },
      { key: 'import.childrenXlsx.commit', label: '10,000 children from XLSX: commit', target: '≤ 5 s' },
      { key: 'import.childrenCsv.preview', label: '10,000 children from CSV: preview', target: '≤ 3 s' },
      { key: 'import.childrenCsv.commit', label: '10,000 children from CSV: commit', target: '≤ 5 s' },
      {
        key: 'import.organisations.preview',
        label: '10,000 organisations from CSV: preview',
        target: '≤ 3 s',
      },
      { key: 'import.organisations.commit', label: '10,000 organisations from CSV: commit', target: '≤ 5 s' },
    ],
  },
];

const only = values.only?.split(',').map((s) => s.trim());
const chosen = only ? benches.filter((b) => only.includes(b.name)) : benches;
if (only && chosen.length !== only.length) {
  throw new Error(`--only takes ${benches.map((b) => b.name).join(', ')}`);
}

const work = mkdtempSync(join(tmpdir(), 'iop-desk-bench-all-'));
const figures = new Map<string, BenchFigure>();
const runs: { name: string; seconds: number; status: string }[] = [];
const started = performance.now();
try {
  for (const bench of chosen) {
    const file = join(work, `${bench.name}.jsonl`);
    console.error(`\n=== ${bench.name}: ${bench.what} (${bench.script}) ===`);
    const t0 = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', bench.script, ...bench.args], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_FIGURES: file },
    });
    const status =
      child.error !== undefined
        ? `did not start: ${child.error.message}`
        : child.status === 0
          ? 'ok'
          : `exit ${child.status ?? child.signal}`;
    runs.push({ name: bench.name, seconds: (performance.now() - t0) / 1000, status });
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const figure = JSON.parse(line) as BenchFigure;
        figures.set(figure.key, figure);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

type Row = { figure: string; now: string; target: string; verdict: string; note: string };
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'met' : 'MISSED');
const table: Row[] = chosen.flatMap((bench) =>
  bench.figures.map(({ key, label, target }): Row => {
    const figure = figures.get(key);
    return figure
      ? { figure: label, now: figure.value, target, verdict: verdict(figure.ok), note: figure.note ?? '' }
      : {
          figure: label,
          now: '—',
          target,
          verdict: 'not measured',
          note: `${bench.script} recorded no "${key}"`,
        };
  }),
);
const scaleRows: Row[] = [...figures.values()]
  .filter((f) => f.key.startsWith('scale.'))
  .map((f) => ({
    figure: f.label,
    now: f.value,
    target: f.target,
    verdict: verdict(f.ok),
    note: f.note ?? '',
  }));

function print(title: string, rows: Row[]) {
  if (rows.length === 0) return;
  const head: Row = { figure: 'Figure', now: 'Now', target: 'Target', verdict: 'Verdict', note: 'Note' };
  const keys = ['figure', 'now', 'target', 'verdict'] as const;
  const width = Object.fromEntries(
    keys.map((k) => [k, Math.max(...[head, ...rows].map((r) => r[k].length))]),
  );
  const line = (r: Row) => `${keys.map((k) => r[k].padEnd(width[k]!)).join(' | ')} | ${r.note}`.trimEnd();
  console.log(`\n${title}\n`);
  console.log(line(head));
  console.log(`${keys.map((k) => '-'.repeat(width[k]!)).join('-|-')}-|-----`);
  for (const r of rows) console.log(line(r));
}

console.log(
  `\nIOP Desk bench:all — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (a busy machine inflates wall times)`,
);
print('Performance targets (issue 13)', table);
print('List and overview channels at ×10, through the router', scaleRows);
console.log(
  `\nBenches: ${runs.map((r) => `${r.name} ${r.seconds.toFixed(0)} s ${r.status}`).join('; ')}. ` +
    `Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
