// Backup and restore of a large database (default 500 MB; BENCH_BACKUP_MB to
// change) against Debian's age encrypting and decrypting the same bytes:
// time, CPU time, throughput and peak memory side by side. Run: npx tsx bench/backup.ts
// The CPU times (user + system, all threads) show what each side costs when
// the machine is shared, where wall times vary with the load; the load average
// is printed. Our side also flushes its file to disk (fsync); age does not.
// The bulk goes into a table created only in this throwaway installation.
import '../src/main/base/require-node'; // first: stops an older Node before the SQLite driver loads
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { createApp } from '../src/main/app/create-app';
import { createBackup } from '../src/main/backup/backup-create';
import { restoreBackup } from '../src/main/backup/backup-restore';
import { applyKey } from '../src/main/db/open-database';
import { testKdf } from '../src/main/keyring/kdf';
import { recordFigure } from './support/figures';

const megabytes = Number(process.env.BENCH_BACKUP_MB ?? 500);
const root = mkdtempSync(join(tmpdir(), 'iop-desk-bench-backup-'));
const password = 'bänk-lösenord-123';

/** Samples this process's RSS while `work` runs and reports the peak above the starting point. */
async function measure<T>(work: () => Promise<T>): Promise<{ seconds: number; cpuSeconds: number; peakMb: number; value: T }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, peakMb: (peak - base) / 1024 / 1024, value };
}

/** Seconds spent in each phase a progress reporter announces. */
function phaseTimer() {
  const spent = new Map<string, number>();
  let current: string | null = null;
  let since = performance.now();
  const switchTo = (phase: string | null) => {
    const now = performance.now();
    if (current) spent.set(current, (spent.get(current) ?? 0) + (now - since) / 1000);
    current = phase;
    since = now;
  };
  return {
    report: (phase: string) => {
      if (phase !== current) switchTo(phase);
    },
    summary: () => {
      switchTo(null);
      return [...spent].map(([p, s]) => `${p} ${s.toFixed(2)} s`).join(', ');
    },
  };
}

/** Runs a command and returns its wall time and peak RSS (python3's getrusage of the child). */
function measureCommand(args: string[]): { seconds: number; cpuSeconds: number; peakMb: number } {
  const script = `import resource, subprocess, sys, time
t = time.perf_counter(); subprocess.run(sys.argv[1:], check=True); t = time.perf_counter() - t
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(t, r.ru_utime + r.ru_stime, r.ru_maxrss)`;
  const [seconds, cpuSeconds, maxRssKb] = execFileSync('python3', ['-c', script, ...args])
    .toString()
    .trim()
    .split(' ')
    .map(Number) as [number, number, number];
  return { seconds, cpuSeconds, peakMb: maxRssKb / 1024 };
}

async function main() {
  const dataDir = join(root, 'data');
  const app = createApp({ dataDir, isTrustedSender: () => false, kdfCost: testKdf });
  await app.installation.setup({ organisationName: 'Bänkkommunen', admin: { username: 'admin', displayName: 'Bänk Admin', password } });
  const source = app.installation.backupSource();

  // Bulk data through a second connection, into a table only this database has.
  const raw = new SqliteDatabase(source.databaseFile);
  applyKey(raw, source.masterKey);
  raw.exec('CREATE TABLE bench_blob (id INTEGER PRIMARY KEY, data BLOB NOT NULL) STRICT');
  const insert = raw.prepare('INSERT INTO bench_blob (data) VALUES (?)');
  const blob = 64 * 1024;
  raw.transaction(() => {
    for (let i = 0; i < (megabytes * 1024 * 1024) / blob; i++) insert.run(randomBytes(blob));
  })();
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  const dbBytes = statSync(source.databaseFile).size;

  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const out = join(root, 'out');
  execFileSync('mkdir', ['-p', out]);

  const phases = phaseTimer();
  const backup = await measure(() =>
    createBackup(source, {
      kind: 'manual',
      folder: out,
      target: { kind: 'recipients', recipients: [recipient] },
      clock: app.installation.clock,
      progress: phases.report,
    }),
  );
  const backupPhases = phases.summary();
  await app.close();

  const target = join(root, 'restored');
  const fresh = createApp({ dataDir: target, isTrustedSender: () => false, kdfCost: testKdf });
  const restorePhaseTimer = phaseTimer();
  const restore = await measure(() =>
    restoreBackup(fresh.installation, backup.value.path, { kind: 'identity', identity }, { clock: fresh.installation.clock, progress: restorePhaseTimer.report }),
  );
  const restorePhases = restorePhaseTimer.summary();
  await fresh.close();

  const identityFile = join(root, 'identity.txt');
  execFileSync('sh', ['-c', `umask 077; printf '%s\\n' "$1" > "$2"`, 'sh', identity, identityFile]);
  const ageEncrypt = measureCommand(['age', '-r', recipient, '-o', join(root, 'age.age'), source.databaseFile]);
  const ageDecrypt = measureCommand(['age', '-d', '-i', identityFile, '-o', join(root, 'age.out'), join(root, 'age.age')]);
  source.masterKey.fill(0);

  const mb = dbBytes / 1024 / 1024;
  const row = (label: string, r: { seconds: number; cpuSeconds: number; peakMb: number }) =>
    `${label.padEnd(34)} ${r.seconds.toFixed(2).padStart(7)} s ${(mb / r.seconds).toFixed(0).padStart(6)} MB/s ${r.cpuSeconds.toFixed(2).padStart(6)} s CPU ${r.peakMb.toFixed(0).padStart(6)} MB peak`;
  console.log(`Database: ${mb.toFixed(0)} MB (SQLCipher), backup file: ${(backup.value.sizeBytes / 1024 / 1024).toFixed(0)} MB`);
  console.log(`Load average (1, 5, 15 min) at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')} on ${availableParallelism()} cores`);
  console.log(row('IOP Desk backup (pages+hash+age)', backup));
  console.log(row('age -r (encrypt the same bytes)', ageEncrypt));
  console.log(row('IOP Desk restore (age+hash+check)', restore));
  console.log(row('age -d (decrypt the same bytes)', ageDecrypt));
  console.log(`  backup phases:  ${backupPhases}`);
  console.log(`  restore phases: ${restorePhases}`);
  console.log(`Throughput ratio, backup/age encrypt:  ${(ageEncrypt.seconds / backup.seconds).toFixed(2)} (target ≥ 0.5)`);
  console.log(`Throughput ratio, restore/age decrypt: ${(ageDecrypt.seconds / restore.seconds).toFixed(2)} (target ≥ 0.5)`);
  console.log(
    `CPU-time ratio (age / ours), backup: ${(ageEncrypt.cpuSeconds / backup.cpuSeconds).toFixed(2)}, restore: ${(ageDecrypt.cpuSeconds / restore.cpuSeconds).toFixed(2)}`,
  );
  const cpu = (ours: { cpuSeconds: number }, peer: { cpuSeconds: number }) => `CPU-time ratio ${(peer.cpuSeconds / ours.cpuSeconds).toFixed(2)}`;
  for (const [key, label, ours, peer] of [
    ['backup.ratio', 'backup throughput vs `age -r` on the same bytes', backup, ageEncrypt],
    ['restore.ratio', 'restore throughput vs `age -d`', restore, ageDecrypt],
  ] as const) {
    const ratio = peer.seconds / ours.seconds;
    recordFigure({ key, label, value: `${ratio.toFixed(2)}×`, target: '≥ 0.5×', ok: ratio >= 0.5, note: cpu(ours, peer) });
  }
}

try {
  await main();
} finally {
  rmSync(root, { recursive: true, force: true });
}
