// Every list and overview channel through the router on seeded data (×10 by
// default), so a query that breaks or balloons at scale is found: per channel
// and input, the median time in main and the size of the reply. Printed,
// never asserted. A failing call is reported with its error code.
//
//   npx tsx bench/scale-channels.ts [--scale x10|municipality|small] [--data-dir DIR]
//
// The data directory defaults to one in the system's temp folder, kept
// between runs (seeding ×10 takes about two minutes).
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Envelope } from '../src/shared/envelope';
import { fmtBytes, fmtMs, recordFigure } from './support/figures';
import { benchPassword, benchSenderUrl, openScaleApp } from './support/scale-app';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'x10' },
    'data-dir': { type: 'string' },
    samples: { type: 'string', default: '3' },
  },
});
const scale = values.scale as 'small' | 'municipality' | 'x10';
if (!['small', 'municipality', 'x10'].includes(scale)) throw new Error('--scale small|municipality|x10');
const dataDir = resolve(values['data-dir'] ?? join(tmpdir(), `iop-desk-bench-${scale}`));
const samples = Number(values.samples);
/** The ceiling for one reply on a screen's first load. */
const replyCeiling = 256 * 1024;

const app = await openScaleApp(dataDir, scale);
const call = (channel: string, input: unknown) =>
  app.router.invoke(channel, input, { senderUrl: benchSenderUrl }) as Promise<Envelope<unknown>>;
const must = async <T>(channel: string, input: unknown): Promise<T> => {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
};

interface Row {
  channel: string;
  input: string;
  median: string;
  reply: string;
  verdict: string;
}
const rows: Row[] = [];

async function probe(channel: string, input: Record<string, unknown>, label = JSON.stringify(input)) {
  const times: number[] = [];
  let result: Envelope<unknown> | null = null;
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    result = await call(channel, input);
    times.push(performance.now() - started);
    if (!result.ok) break;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor((times.length - 1) / 2)]!;
  const bytes = result?.ok ? Buffer.byteLength(JSON.stringify(result.value)) : 0;
  const verdict = !result?.ok
    ? `FAILED: ${result?.error.code}`
    : bytes > replyCeiling
      ? 'ok, reply over 256 KB'
      : 'ok';
  rows.push({ channel, input: label, median: fmtMs(median), reply: fmtBytes(bytes), verdict });
  console.error(`  ${channel} ${label}: ${fmtMs(median)}, ${fmtBytes(bytes)} ${verdict}`);
  recordFigure({
    key: `scale.${channel}.${label}`,
    label: `${channel} ${label} at ${scale}`,
    value: `${fmtMs(median)}, ${fmtBytes(bytes)}`,
    target: 'answers; reply ≤ 256 KB',
    ok: Boolean(result?.ok) && bytes <= replyCeiling,
    note: verdict,
  });
}

try {
  const districts = await must<string[]>('children:districts', {});
  const programmes = await must<{ id: number; agreementId: number | null }[]>('programmes:list', {});
  const programmeId = programmes[0]?.id;
  const agreementId = programmes.find((p) => p.agreementId !== null)?.agreementId;
  const year = new Date().getFullYear() - 1;

  console.error(`List and overview channels at ${scale} (${dataDir}), ${samples} calls each:`);
  await probe('erasure:summary', {});
  await probe('erasure:overview', {});
  await probe('agreements:dashboard', {});
  await probe('agreements:list', {});
  await probe('agreements:list', { query: 'familjehem barn' });
  await probe('reports:agreements', {});
  await probe('reports:get', { scope: { kind: 'all' }, period: { kind: 'year', year } }, `all agreements ${year}`);
  await probe('organisations:list', {});
  await probe('organisations:list', { query: 'förening' });
  await probe('children:list', {});
  await probe('children:list', { query: 'Andersson' });
  if (districts[0] !== undefined) await probe('children:list', { district: districts[0] }, '{district}');
  await probe('children:districts', {});
  await probe('programmes:list', {});
  if (agreementId !== undefined) await probe('programmes:list', { agreementId }, '{agreementId}');
  await probe('supportGroups:list', {});
  if (programmeId !== undefined) await probe('supportGroups:list', { programmeId }, '{programmeId}');
  await probe('enrolments:waitingList', {});
  if (programmeId !== undefined) await probe('enrolments:waitingList', { programmeId }, '{programmeId}');
  if (districts[0] !== undefined) await probe('enrolments:byDistrict', { district: districts[0] }, '{district}');
  await probe('enrolments:attention', {});
  await probe('feedback:list', {});
  await probe('audit:list', {});
  await probe('users:list', {});
  await probe('auth:users', {});
  await probe('backup:list', {});
  await probe('settings:get', {});
  // The same screens as a coordinator sees them (the role that works with groups).
  await call('auth:lock', {});
  const unlocked = await call('auth:unlock', { username: 'koordinator', password: benchPassword });
  if (unlocked.ok) {
    await probe('enrolments:attention', {}, '{} as coordinator');
    await probe('erasure:summary', {}, '{} as coordinator');
  }

  console.log(`\nList and overview channels at ${scale}, through the router (median of ${samples})\n`);
  console.table(rows);
} finally {
  await app.close();
}
