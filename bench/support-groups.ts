// Support-group benchmarks at scale: child search, the group page, the
// waiting list and a district's enrolment list, each measured through the
// router (zod, role check, transaction, audit entry: what a user waits for)
// and as the query alone. Target: p95 <= 20 ms. Figures are printed, never
// asserted.
//
//   npx tsx bench/support-groups.ts [--scale x10|municipality|small] [--samples 200]
//                                   [--data-dir DIR [--keep]]
//
// Seeding x10 takes a few minutes; `--data-dir DIR --keep` seeds DIR once and
// later runs with the same DIR reuse it.
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { swedishDay } from '../src/shared/dates';
import { createApp } from '../src/main/app/create-app';
import { installationExists } from '../src/main/installation/installation';
import { testKdf } from '../src/main/keyring/kdf';
import { listChildren } from '../src/main/children/child-service';
import { enrolmentsByDistrict, waitingList } from '../src/main/support-groups/enrolment-lists';
import { getGroup } from '../src/main/support-groups/group-view';
import { seed } from '../src/main/seed/seed';
import { boyNames, districts, girlNames, lastNames } from '../src/main/seed/people';
import { seedRandom } from '../src/main/seed/seed-random';
import { isSameOrigin } from '../src/main/security/app-origin';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'x10' },
    samples: { type: 'string', default: '200' },
    'data-dir': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const scale = values.scale as 'small' | 'municipality' | 'x10';
if (!['small', 'municipality', 'x10'].includes(scale)) throw new Error('--scale small|municipality|x10');
const samples = Number(values.samples);
const password = 'bench-lösenord-2026';
const senderUrl = 'app://iop-desk/index.html';
const dataDir = values['data-dir']
  ? resolve(values['data-dir'])
  : mkdtempSync(join(tmpdir(), `iop-desk-bench-sg-${scale}-`));
const keep =
  values.keep || (values['data-dir'] !== undefined && existsSync(dataDir) && installationExists(dataDir));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

interface Row {
  measure: string;
  path: string;
  median: string;
  p95: string;
  max: string;
}
const rows: Row[] = [];

async function measure(label: string, path: string, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 5; i++) await run(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const f = (v: number) => `${v.toFixed(2)} ms`;
  rows.push({
    measure: label,
    path,
    median: f(percentile(times, 50)),
    p95: f(percentile(times, 95)),
    max: f(times.at(-1) ?? NaN),
  });
  console.error(`  ${label} (${path}): p95 ${f(percentile(times, 95))}`);
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
  const count = async (table: 'child' | 'enrolment' | 'attendance' | 'support_group' | 'agreement') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  console.error(
    `Data: ${await count('agreement')} agreements, ${await count('child')} children, ${await count('support_group')} groups, ` +
      `${await count('enrolment')} enrolments, ${await count('attendance')} attendance rows.`,
  );

  const random = seedRandom(7);
  const groupIds = (await db.selectFrom('support_group').select('id').execute()).map((r) => r.id);
  const programmeIds = (await db.selectFrom('programme').select('id').execute()).map((r) => r.id);
  const numbers = (
    await db
      .selectFrom('child')
      .select('identity_number')
      .where('identity_number', 'is not', null)
      .limit(5000)
      .execute()
  ).map((r) => r.identity_number!);
  const names = [...girlNames, ...boyNames];
  // A mix of what people type: a first-name start, a last name, both, a number.
  const queries = Array.from({ length: samples + 5 }, (_, i) => {
    switch (i % 4) {
      case 0:
        return random.pick(names).slice(0, 3);
      case 1:
        return random.pick(lastNames);
      case 2:
        return `${random.pick(names)} ${random.pick(lastNames).slice(0, 2)}`;
      default:
        return random.pick(numbers).slice(2, 11);
    }
  });
  const groupOf = () => groupIds[random.int(groupIds.length)]!;
  const programmeOf = () => programmeIds[random.int(programmeIds.length)]!;
  const today = swedishDay(new Date());

  console.error('Measuring …');
  await measure('child search', 'router', (i) =>
    call('children:list', { query: queries[i % queries.length] }),
  );
  await measure('child search', 'query', (i) =>
    listChildren(db, { query: queries[i % queries.length]!, district: '', limit: 200 }),
  );
  await measure('group page', 'router', () => call('supportGroups:get', { id: groupOf() }));
  await measure('group page', 'query', () => getGroup(db, groupOf()));
  await measure('waiting list (one programme)', 'router', () =>
    call('enrolments:waitingList', { programmeId: programmeOf() }),
  );
  await measure('waiting list (one programme)', 'query', () => waitingList(db, programmeOf(), today));
  await measure('waiting list (all programmes)', 'router', () =>
    call('enrolments:waitingList', { programmeId: null }),
  );
  await measure('waiting list (all programmes)', 'query', () => waitingList(db, null, today));
  await measure('enrolments of a district (first page)', 'router', () =>
    call('enrolments:byDistrict', { district: random.pick(districts) }),
  );
  await measure('enrolments of a district (first page)', 'query', () =>
    enrolmentsByDistrict(db, { district: random.pick(districts), activeOnly: true, after: null }),
  );
  await measure('enrolments of a district (all statuses)', 'query', () =>
    enrolmentsByDistrict(db, { district: random.pick(districts), activeOnly: false, after: null }),
  );

  console.log(`\nSupport groups at scale "${scale}" (${samples} samples each; target p95 <= 20 ms)\n`);
  console.table(rows);
} finally {
  await app.close();
  if (!keep) rmSync(dataDir, { recursive: true, force: true });
  else console.error(`Data kept in ${dataDir}`);
}
