// Effect results at scale (issue 12): on the seeded ×10 data, every programme
// uses the example instrument and every child placed in a group has a
// "before" and an "after" sheet (a quarter also a follow-up); then
// effect:results through the router for all agreements, per year, and for the
// largest agreement. Target: ≤ 200 ms for all programmes. Printed, never asserted.
//
//   npx tsx bench/effect.ts [--scale x10|municipality|small] [--data-dir DIR] [--samples N]
//
// The data directory is its own (answers are added to it), kept between runs.
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { settleEffectSums } from '../src/main/effect-evaluation/group-sums-service';
import { exampleInstrument } from '../src/shared/effect-evaluation/example-instrument';
import type { Envelope } from '../src/shared/envelope';
import type { EffectResults } from '../src/shared/ipc/effect-evaluation';
import { fmtMs, recordFigure } from './support/figures';
import { benchSenderUrl, openScaleApp } from './support/scale-app';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'x10' },
    'data-dir': { type: 'string' },
    samples: { type: 'string', default: '7' },
  },
});
const scale = values.scale as 'small' | 'municipality' | 'x10';
if (!['small', 'municipality', 'x10'].includes(scale)) throw new Error('--scale small|municipality|x10');
const dataDir = resolve(values['data-dir'] ?? join(tmpdir(), `iop-desk-bench-effect-${scale}`));
const samples = Number(values.samples);
const targetMs = 200;

const opening = performance.now();
const app = await openScaleApp(dataDir, scale);
// A database from before migration 0020 gets its groups' effect sums on this first sign-in.
console.error(`Opened in ${((performance.now() - opening) / 1000).toFixed(1)} s.`);
const call = (channel: string, input: unknown) =>
  app.router.invoke(channel, input, { senderUrl: benchSenderUrl }) as Promise<Envelope<unknown>>;
const must = async <T>(channel: string, input: unknown): Promise<T> => {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
};

/** A sheet on the example instrument drawn from the enrolment id (repeatable), with a small gain after. */
const sheet = (seed: number, gain: number) =>
  exampleInstrument.items.map((item, i) => {
    const base = 1 + ((seed * 7 + i * 3) % 5);
    const better = item.reverse ? base - gain : base + gain;
    return Math.min(5, Math.max(1, better));
  });

async function prepare(): Promise<void> {
  const db = app.installation.db;
  if ((await db.selectFrom('effect_instrument').select('id').executeTakeFirst()) !== undefined) return;
  const started = performance.now();
  const organisation = await db
    .selectFrom('organisation')
    .select('id')
    .where('kind', '=', 'nonprofit')
    .executeTakeFirstOrThrow();
  const instrument = await must<{ id: number }>('effect:createInstrument', {
    organisationId: organisation.id,
    ...exampleInstrument,
  });
  const programmes = await db.selectFrom('programme').select('id').execute();
  for (const p of programmes)
    await must('effect:setProgrammeInstruments', {
      programmeId: p.id,
      instruments: [{ instrumentId: instrument.id, followUpMonths: 6 }],
    });
  const enrolments = await db
    .selectFrom('enrolment as e')
    .innerJoin('support_group as g', 'g.id', 'e.group_id')
    .select(['e.id', 'g.start_date'])
    .where('e.status', 'in', ['admitted', 'participating', 'completed'])
    .execute();
  const now = new Date().toISOString();
  const rows = enrolments.flatMap((e) =>
    [
      { occasion: 'before' as const, values: sheet(e.id, 0) },
      { occasion: 'after' as const, values: sheet(e.id, e.id % 3) },
      ...(e.id % 4 === 0 ? [{ occasion: 'followUp' as const, values: sheet(e.id, 1) }] : []),
    ].map((s) => ({
      enrolment_id: e.id,
      instrument_id: instrument.id,
      occasion: s.occasion,
      answered_on: e.start_date,
      entered_by: 1,
      answer_values: JSON.stringify(s.values),
      created_at: now,
    })),
  );
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 1000)
      await trx
        .insertInto('effect_answer')
        .values(rows.slice(i, i + 1000))
        .execute();
    // Straight into the table, as a seed does: the groups' sums are computed before it commits.
    await settleEffectSums(trx);
  });
  console.error(
    `Added ${rows.length} answer sheets for ${enrolments.length} enrolments in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

async function time(label: string, input: { year: number; agreementId: number | null }) {
  const times: number[] = [];
  const cpu: number[] = [];
  let result: EffectResults | null = null;
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    result = await must<EffectResults>('effect:results', input);
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = times[Math.floor((times.length - 1) / 2)]!;
  const cpuMedian = cpu[Math.floor((cpu.length - 1) / 2)]!;
  const rows = result!.tables.reduce((n, t) => n + t.rows.length, 0);
  const n = result!.tables[0]?.rows.at(-1)?.n ?? 0;
  const ok = median <= targetMs;
  console.log(
    `  ${label}: median ${fmtMs(median)} (max ${fmtMs(times.at(-1)!)}, CPU ${fmtMs(cpuMedian)}), ${result!.tables.length} tables, ${rows} rows, n ${n}  ${ok ? 'ok' : 'OVER'} (target ≤ ${targetMs} ms)`,
  );
  recordFigure({
    key: `effect.results.${label}`,
    label: `effect:results ${label} at ${scale}`,
    value: fmtMs(median),
    target: `≤ ${targetMs} ms`,
    ok,
  });
}

try {
  await prepare();
  const db = app.installation.db;
  const counts = await db
    .selectFrom('effect_answer')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const years = await db
    .selectFrom('support_group')
    .select((eb) => eb.fn('substr', ['start_date', eb.val(1), eb.val(4)]).as('year'))
    .distinct()
    .execute();
  const biggest = await db
    .selectFrom('programme')
    .select(['agreement_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('agreement_id')
    .orderBy('n', 'desc')
    .executeTakeFirstOrThrow();
  console.log(
    `\nEffect results at ${scale} (${dataDir}): ${counts.n} answer sheets; median of ${samples} calls through the router; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on this machine\n`,
  );
  for (const { year } of years.sort((a, b) => String(a.year).localeCompare(String(b.year)))) {
    await time(`all programmes ${year}`, { year: Number(year), agreementId: null });
  }
  const lastYear = Number(
    years
      .map((y) => String(y.year))
      .sort()
      .at(-1),
  );
  await time(`agreement ${biggest.agreement_id} (${biggest.n} programmes) ${lastYear}`, {
    year: lastYear,
    agreementId: biggest.agreement_id,
  });
} finally {
  await app.close();
}
