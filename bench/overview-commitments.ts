// Översikt (agreements:dashboard) through the router at a seeded scale (×10 by
// default), with the commitment statuses it now carries: p50 / p95 of the
// wall time and of this process's CPU time (on a machine busy with other work
// the wall clock includes waiting for a core). Target: p50 ≤ 50 ms. Printed,
// never asserted.
//
//   npx tsx bench/overview-commitments.ts [--scale x10|municipality|small] [--data-dir DIR] [--samples N] [--follow-all]
//
// The seed leaves its agreements as drafts, which Översikt does not follow
// up; --follow-all makes every seeded agreement active first (in that data
// directory only), so Översikt reads them all with their groups and counts.
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Envelope } from '../src/shared/envelope';
import { fmtBytes, fmtMs, recordFigure } from './support/figures';
import { benchSenderUrl, openScaleApp } from './support/scale-app';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'x10' },
    'data-dir': { type: 'string' },
    samples: { type: 'string', default: '41' },
    'follow-all': { type: 'boolean', default: false },
  },
});
const scale = values.scale as 'small' | 'municipality' | 'x10';
if (!['small', 'municipality', 'x10'].includes(scale)) throw new Error('--scale small|municipality|x10');
const dataDir = resolve(values['data-dir'] ?? join(tmpdir(), `iop-desk-bench-${scale}`));
const samples = Number(values.samples);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

const app = await openScaleApp(dataDir, scale);
try {
  if (values['follow-all'])
    await sql`UPDATE agreement SET status = 'active' WHERE status = 'draft'`.execute(app.installation.db);
  const wall: number[] = [];
  const cpu: number[] = [];
  let reply: Envelope<unknown> | null = null;
  for (let i = 0; i < samples; i++) {
    const before = process.cpuUsage();
    const started = performance.now();
    reply = (await app.router.invoke('agreements:dashboard', {}, { senderUrl: benchSenderUrl })) as Envelope<unknown>;
    wall.push(performance.now() - started);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
    if (!reply.ok) throw new Error(`agreements:dashboard: ${reply.error.code}`);
  }
  const value = reply?.ok ? (reply.value as { agreements: unknown[]; commitments?: unknown[] }) : null;
  const bytes = value ? Buffer.byteLength(JSON.stringify(value)) : 0;
  const line = `${fmtMs(percentile(wall, 50))} / ${fmtMs(percentile(wall, 95))} wall, ${fmtMs(percentile(cpu, 50))} / ${fmtMs(percentile(cpu, 95))} CPU`;
  console.log(
    `Översikt at ${scale} (${dataDir}), ${samples} calls through the router: p50 / p95 ${line}; ` +
      `${value?.agreements.length ?? 0} agreements, ${value?.commitments?.length ?? 0} commitments needing attention, reply ${fmtBytes(bytes)}`,
  );
  recordFigure({
    key: 'overview.commitments.router',
    label: `Översikt with commitment statuses through the router at ${scale}, p50 / p95`,
    value: line,
    target: 'p50 ≤ 50 ms',
    ok: percentile(cpu, 50) <= 50,
  });
} finally {
  await app.close();
}
