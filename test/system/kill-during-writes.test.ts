// SIGKILL (as a power cut or a killed process would) while the app writes as
// fast as it can: after each kill the installation opens, every write the
// router acknowledged is there as acknowledged, and the audit chain verifies.
//
// A fixed seed picks the kill moments in CI; IOP_KILL_SEED=random draws one
// (and prints it); IOP_KILL_RUNS sets how many kills (default 5).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, createTempApp, tempDataDir, type TempApp } from '../support/temp-app';
import { rmSync } from 'node:fs';

const seedSetting = process.env['IOP_KILL_SEED'];
const seed =
  seedSetting === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : seedSetting
      ? Number(seedSetting)
      : 20_261_205;
const kills = Number(process.env['IOP_KILL_RUNS'] ?? 5);
if (seedSetting === 'random') console.log(`kill test: IOP_KILL_SEED=${seed}`);
/** After the child has signed in, how long it writes before it is killed. */
const delays = fc.sample(fc.integer({ min: 50, max: 600 }), { seed, numRuns: kills });

const child = join(import.meta.dirname, 'fixtures', 'writer-child.ts');
let dataDir: string;
const created = new Map<number, string>();
const updated = new Map<number, { version: number; district: string }>();
const acknowledgedPerRun: number[] = [];

function writeUntilKilled(
  run: number,
  delayMs: number,
): Promise<{ killed: boolean; acknowledged: number; out: string }> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx's loader, so the pid killed is the process writing.
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir, adminPassword, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    let out = '';
    let acknowledged = 0;
    proc.stdout.on('data', (data) => {
      pending += String(data);
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [what, id, ...rest] = line.split(' ');
        if (what === 'unlocked') setTimeout(() => proc.kill('SIGKILL'), delayMs);
        else if (what === 'created') {
          created.set(Number(id), rest.join(' '));
          acknowledged++;
        } else if (what === 'updated') {
          const [version, ...district] = rest;
          updated.set(Number(id), { version: Number(version), district: district.join(' ') });
          acknowledged++;
        }
      }
    });
    proc.stderr.on('data', (d) => (out += String(d)));
    proc.on('error', reject);
    proc.on('exit', (code, signal) =>
      resolve({ killed: signal === 'SIGKILL' || code === 137, acknowledged, out }),
    );
  });
}

let app: TempApp;

beforeAll(async () => {
  dataDir = tempDataDir();
  const setup = createTempApp(dataDir);
  await setup.must('installation:setup', {
    organisationName: 'Testkommunens socialförvaltning',
    admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
  });
  await setup.close();
  for (const [run, delay] of delays.entries()) {
    const result = await writeUntilKilled(run, delay);
    if (!result.killed) throw new Error(`the writer ended by itself: ${result.out}`);
    acknowledgedPerRun.push(result.acknowledged);
  }
  app = createTempApp(dataDir);
  await app.must('auth:unlock', { username: 'admin', password: adminPassword });
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe(`kill -9 during acknowledged writes (seed ${seed}, ${kills} kills)`, () => {
  it('each run was killed while it was writing', () => {
    expect(acknowledgedPerRun).toHaveLength(kills);
    for (const count of acknowledgedPerRun) expect(count).toBeGreaterThan(0);
  });

  it('every acknowledged write is there after the kills', async () => {
    const rows = await app.installation.db
      .selectFrom('child')
      .select(['id', 'name', 'version', 'district'])
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const lost = [...created].filter(([id, name]) => byId.get(id)?.name !== name).map(([id]) => id);
    expect(lost).toEqual([]);
    const stale = [...updated].filter(([id, acked]) => {
      const row = byId.get(id);
      // A later write may have committed without its acknowledgement reaching us; an earlier state may not.
      return (
        !row ||
        row.version < acked.version ||
        (row.version === acked.version && row.district !== acked.district)
      );
    });
    expect(stale).toEqual([]);
  });

  it('the audit chain verifies after the kills', async () => {
    expect(await app.must('audit:verify', {})).toEqual(expect.objectContaining({ ok: true }));
  });
});
