// Fuzzes the IPC router: a few hundred calls spread over every channel, as an
// admin and then as a coordinator, with inputs drawn from each channel's own
// schema (see test/support/fuzz). Whatever comes in, the router answers with
// an envelope and a Swedish message, never crashes (`internal`), and a call
// that fails changes no data (only its audit entry is written).
//
// The seed is fixed so CI is repeatable. IOP_FUZZ_SEED=random draws one (and
// prints it); IOP_FUZZ_SEED=<n> replays one; IOP_FUZZ_RUNS sets the count.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorCodes } from '../../src/shared/error-codes';
import { channels, contract, type Channel } from '../../src/shared/ipc/contract';
import type { Role } from '../../src/shared/roles';
import { inputsFor, type FuzzWorld } from '../support/fuzz/schema-arbitrary';
import { adminPassword, appUrl, createInstalledApp, type TempApp } from '../support/temp-app';
import { admittedChild, setUpGroup, testNumber } from '../support/support-groups/fixtures';
import { addUser, passwordOf, signIn } from '../support/users';

const seedSetting = process.env['IOP_FUZZ_SEED'];
const seed =
  seedSetting === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : seedSetting
      ? Number(seedSetting)
      : 20_261_205;
const runs = Number(process.env['IOP_FUZZ_RUNS'] ?? 700);
if (seedSetting === 'random') console.log(`ipc fuzz: IOP_FUZZ_SEED=${seed}`);

const envelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z
    .object({
      ok: z.literal(false),
      error: z.object({ code: z.enum(errorCodes), message: z.string().min(1) }).loose(),
    })
    .strict(),
]);

let app: TempApp;
let folder: string;
const passwords: Record<Role, string> = {
  admin: adminPassword,
  caseworker: '',
  coordinator: passwordOf('kim'),
  viewer: '',
};
const usernames: Record<Role, string> = { admin: 'admin', caseworker: '', coordinator: 'kim', viewer: '' };

interface Outcome {
  channel: Channel;
  role: Role;
  input: unknown;
  result: unknown;
  problem: string | null;
}
const outcomes: Outcome[] = [];

/** Every table except the audit log, as text per table: what a failed call must leave as it was. */
async function dataDigest(): Promise<Map<string, string>> {
  const db = app.installation.db;
  const tables = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_log', 'sqlite_sequence') ORDER BY name`.execute(
    db,
  );
  const digest = new Map<string, string>();
  for (const { name } of tables.rows) {
    const rows = await sql.raw(`SELECT * FROM "${name}"`).execute(db);
    digest.set(
      name,
      JSON.stringify(rows.rows, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v)),
    );
  }
  return digest;
}

const changedTables = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((t) => before.get(t) !== after.get(t));

async function jobEnded(id: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const job = await app.router.invoke('backup:job', { id }, { senderUrl: appUrl });
    if (!job.ok || (job.value as { state: string }).state !== 'running') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`backup job ${id} still running`);
}

beforeAll(async () => {
  app = await createInstalledApp();
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-fuzz-'));
  await addUser(app, 'coordinator', 'kim');
  const spare = await addUser(app, 'viewer', 'reserv');
  const { programme, group } = await setUpGroup(app);
  await admittedChild(app, group.id, programme.id);
  await admittedChild(app, group.id, programme.id, {
    name: 'Skyddad Exempel',
    identityNumber: testNumber('2015-06-01', 982),
    protectedIdentity: true,
  });

  const world: FuzzWorld = {
    paths: [
      folder,
      join(folder, 'finns-inte'),
      'relativ/mapp',
      '\\\\server\\utdelning',
      '//server/utdelning',
      '',
    ],
    usernames: ['ingen', 'okänd.användare', ''],
    userIds: [spare.id, 999],
  };
  const calls = fc.sample(
    fc
      .constantFrom(...channels)
      .chain((channel) => inputsFor(contract[channel].input, world).map((input) => ({ channel, input }))),
    { seed, numRuns: runs },
  );

  for (const [i, { channel, input }] of calls.entries()) {
    const role: Role = i < runs / 2 ? 'admin' : 'coordinator';
    if (app.installation.state !== 'unlocked' || app.installation.session?.role !== role)
      await signIn(app, usernames[role], passwords[role]);
    const before = await dataDigest();
    let result: unknown;
    let problem: string | null = null;
    try {
      result = await app.router.invoke(channel, input, { senderUrl: appUrl });
    } catch (error) {
      result = String(error);
      problem = 'the router threw';
    }
    const parsed = envelope.safeParse(result);
    if (!problem && !parsed.success) problem = 'not an envelope with a message';
    else if (parsed.success && !parsed.data.ok && parsed.data.error.code === 'internal')
      problem = 'internal error';
    else if (parsed.success && !parsed.data.ok && app.installation.state === 'unlocked') {
      const changed = changedTables(before, await dataDigest());
      if (changed.length > 0) problem = `a call that failed changed ${changed.join(', ')}`;
    }
    outcomes.push({ channel, role, input, result, problem });
    // A backup job goes on after its call answers and records its result when
    // it ends: let it end here, so no later call is blamed for its writes.
    const jobId = (result as { ok?: boolean; value?: { jobId?: unknown } }).value?.jobId;
    if (typeof jobId === 'string') await jobEnded(jobId);
  }
}, 300_000);

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await app.dispose();
});

describe(`IPC fuzz (seed ${seed})`, () => {
  it('reached every channel, and most calls got past parsing into the handlers', () => {
    expect(outcomes).toHaveLength(runs);
    expect(new Set(outcomes.map((o) => o.channel)).size).toBeGreaterThanOrEqual(
      Math.min(channels.length, runs) * 0.9,
    );
    const codes = outcomes.map(
      (o) => (o.result as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok',
    );
    const pastParsing = codes.filter((c) => c !== 'validation').length;
    expect(pastParsing / runs).toBeGreaterThan(0.3);
    expect(codes.filter((c) => c === 'ok').length / runs).toBeGreaterThan(0.1);
  });

  it('no call crashed, answered without an envelope, or changed data when it failed', () => {
    const problems = outcomes
      .filter((o) => o.problem !== null)
      .map((o) => ({
        problem: o.problem,
        channel: o.channel,
        role: o.role,
        input: o.input,
        result: o.result,
      }));
    expect(problems, `replay with IOP_FUZZ_SEED=${seed} IOP_FUZZ_RUNS=${runs}`).toEqual([]);
  });
});
