// Report and gallring benchmarks at scale: the annual report for one agreement
// and across all agreements (through the router: what a user waits for; and
// the fact gathering and table building alone), and erasure of about 1 000
// enrolments (hand-back packages, the erasure transaction, and the rewrite of
// the database file). Target for the reports: <= 200 ms. Printed, never asserted.
//
//   npx tsx bench/reports.ts [--scale x10|municipality|small] [--samples 20]
//                            [--erase 1000] [--data-dir DIR [--keep]]
//
// Seeding x10 takes a few minutes; `--data-dir DIR --keep` seeds DIR once and
// later runs reuse it (each run erases another set of finished groups).
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createApp } from '../src/main/app/create-app';
import { installationExists } from '../src/main/installation/installation';
import { erase } from '../src/main/erasure/erase-service';
import { handBack } from '../src/main/erasure/handback-service';
import { testKdf } from '../src/main/keyring/kdf';
import { gatherFacts } from '../src/main/reports/report-service';
import { seed } from '../src/main/seed/seed';
import { isSameOrigin } from '../src/main/security/app-origin';
import { buildReport } from '../src/shared/reports/build-report';
import { reportRequest } from '../src/shared/ipc/reports';
import { fmtMs, recordFigure } from './support/figures';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'x10' },
    samples: { type: 'string', default: '20' },
    erase: { type: 'string', default: '1000' },
    'data-dir': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const scale = values.scale as 'small' | 'municipality' | 'x10';
if (!['small', 'municipality', 'x10'].includes(scale)) throw new Error('--scale small|municipality|x10');
const samples = Number(values.samples);
const eraseTarget = Number(values.erase);
const password = 'bench-lösenord-2026';
const senderUrl = 'app://iop-desk/index.html';
const dataDir = values['data-dir']
  ? resolve(values['data-dir'])
  : mkdtempSync(join(tmpdir(), `iop-desk-bench-reports-${scale}-`));
const keep =
  values.keep || (values['data-dir'] !== undefined && existsSync(dataDir) && installationExists(dataDir));

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const f = (v: number) => `${v.toFixed(1)} ms`;
const rows: { measure: string; path: string; median: string; p95: string; max: string; cpu?: string }[] = [];

async function measure(
  measureName: string,
  path: string,
  run: () => Promise<unknown>,
): Promise<{ median: number; cpu: number }> {
  for (let i = 0; i < 2; i++) await run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const before = process.cpuUsage();
    await run();
    const used = process.cpuUsage(before);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  rows.push({
    measure: measureName,
    path,
    median: f(percentile(times, 50)),
    p95: f(percentile(times, 95)),
    max: f(times.at(-1) ?? NaN),
    cpu: f(percentile(cpu, 50)),
  });
  console.error(
    `  ${measureName} (${path}): median ${f(percentile(times, 50))}, p95 ${f(percentile(times, 95))}, cpu median ${f(percentile(cpu, 50))}`,
  );
  return { median: percentile(times, 50), cpu: percentile(cpu, 50) };
}

async function once(measureName: string, run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  rows.push({ measure: measureName, path: 'once', median: f(ms), p95: '', max: '' });
  console.error(`  ${measureName}: ${f(ms)}`);
  return ms;
}

const app = createApp({ dataDir, kdfCost: testKdf, isTrustedSender: (url) => isSameOrigin(url, senderUrl) });
const call = async (channel: string, input: unknown) => {
  const result = await app.router.invoke(channel, input, { senderUrl });
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
};

try {
  if (app.installation.state === 'uninitialised') {
    console.error(`Seeding ${scale} into ${dataDir} …`);
    const started = performance.now();
    await seed(app, { scale, password, onProgress: (line) => console.error(`  ${line}`) });
    console.error(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } else {
    await app.installation.unlock('admin', password);
  }
  const db = app.installation.db;
  const clock = app.installation.clock;
  const userId = app.installation.session!.userId;
  const count = async (table: 'child' | 'enrolment' | 'attendance' | 'agreement' | 'participation_record') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  console.error(
    `Data: ${await count('agreement')} agreements, ${await count('child')} children, ${await count('enrolment')} enrolments, ` +
      `${await count('attendance')} attendance rows, ${await count('participation_record')} anonymised records.`,
  );

  // The last full year, and the agreement with the most groups starting in it.
  const year = new Date().getFullYear() - 1;
  const busiest = await sql<{ agreement_id: number; n: number }>`
    SELECT p.agreement_id, count(*) AS n FROM support_group g JOIN programme p ON p.id = g.programme_id
    WHERE g.start_date BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}
    GROUP BY p.agreement_id ORDER BY n DESC LIMIT 1`.execute(db);
  const agreementId = busiest.rows[0]?.agreement_id;
  if (agreementId === undefined) throw new Error(`no groups in ${year}`);
  const one = { scope: { kind: 'agreement' as const, agreementId }, period: { kind: 'year' as const, year } };
  const all = { scope: { kind: 'all' as const }, period: { kind: 'year' as const, year } };
  const ctx = { db, clock, user: { id: 1, role: 'admin' as const } };

  console.error(`Measuring reports for ${year} …`);
  await measure('annual report, one agreement', 'router', () => call('reports:get', one));
  await measure('annual report, one agreement', 'facts + tables', async () =>
    buildReport(await gatherFacts(ctx, reportRequest.parse(one))),
  );
  const allMs = await measure('annual report, all agreements', 'router', () => call('reports:get', all));
  const factsMs = await measure('annual report, all agreements', 'facts only', () =>
    gatherFacts(ctx, reportRequest.parse(all)),
  );
  const facts = await gatherFacts(ctx, reportRequest.parse(all));
  const tablesMs = await measure('annual report, all agreements', 'tables + suppression only', async () =>
    buildReport(facts),
  );
  // Judged on CPU time: the report runs synchronously in this process, so on a machine
  // shared with other work the wall clock mostly adds the wait for a core.
  recordFigure({
    key: 'report.all',
    label: `all-agreements annual report at ${scale}, median`,
    value: `${fmtMs(allMs.cpu)} CPU, ${fmtMs(allMs.median)} wall`,
    target: '≤ 200 ms',
    ok: allMs.cpu <= 200,
    note: `CPU: facts ${fmtMs(factsMs.cpu)}, tables and suppression ${fmtMs(tablesMs.cpu)}; was 940 ms`,
  });
  console.error(
    `  (all agreements: ${facts.agreements.length} agreements, ${facts.participations.length} participations)`,
  );
  await measure('status report to the steering group, one agreement', 'router', () =>
    call('reports:get', { ...one, period: { kind: 'halfYear', year, half: 2 }, kind: 'steeringGroupStatus' }),
  );

  // Finished groups, oldest first, until about `eraseTarget` enrolments.
  const candidates = await sql<{ id: number; n: number }>`
    SELECT g.id, (SELECT count(*) FROM enrolment e WHERE e.group_id = g.id) AS n
    FROM support_group g WHERE g.status IN ('finished', 'cancelled') ORDER BY g.start_date, g.id`.execute(db);
  const groupIds: number[] = [];
  let enrolments = 0;
  for (const c of candidates.rows) {
    if (enrolments >= eraseTarget) break;
    if (c.n === 0) continue;
    groupIds.push(c.id);
    enrolments += Number(c.n);
  }
  if (groupIds.length === 0) {
    console.error('No finished group holds enrolments any more: nothing to erase.');
  } else {
    console.error(`Erasing ${enrolments} enrolments in ${groupIds.length} groups …`);
    const before = buildReport(await gatherFacts(ctx, reportRequest.parse(all)));
    const folder = mkdtempSync(join(tmpdir(), 'iop-desk-bench-handback-'));
    try {
      await once(`hand-back packages for ${enrolments} enrolments (scrypt 2^18 per district)`, () =>
        db
          .transaction()
          .execute((trx) =>
            handBack(
              { db: trx, clock, user: { id: userId, role: 'admin' } },
              { groupIds, folder, passphrase: 'bench-lösenfras-som-är-lång' },
            ),
          ),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const total = await once(`erase ${enrolments} enrolments incl. the truncating checkpoint`, async () => {
      const result = await erase({ db, clock, user: { id: userId, role: 'admin' } }, groupIds);
      if (!result.purged) console.error('  (the purge reported a busy log)');
    });
    recordFigure({
      key: 'erasure.x10',
      label: `erasure of ${enrolments} enrolments at ${scale}`,
      value: fmtMs(total),
      target: '≤ 2000 ms',
      ok: total <= 2000,
      note: 'was 13.5 s (12.7 s VACUUM); now a truncating checkpoint',
    });
    const after = buildReport(await gatherFacts(ctx, reportRequest.parse(all)));
    const same =
      JSON.stringify({ ...after, generatedAt: '' }) === JSON.stringify({ ...before, generatedAt: '' });
    console.error(`  report across all agreements unchanged after erasure: ${same ? 'yes' : 'NO'}`);
  }

  console.log(
    `\nReports and gallring at scale "${scale}" (${samples} samples each; target for reports <= 200 ms)\n`,
  );
  console.table(rows);
} finally {
  await app.close();
  if (!keep) rmSync(dataDir, { recursive: true, force: true });
  else console.error(`Data kept in ${dataDir}`);
}
