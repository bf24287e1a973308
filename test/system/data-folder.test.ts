// Issue 13, defect 3: two processes on one data folder. The app holds the
// folder (a lock file with its pid); a second app is refused, a crashed
// holder's lock is taken over; commands that only read run beside the app
// while it writes, commands that change data are refused with exit code 6.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../src/shared/i18n/messages';
import { isAppFailure } from '../../src/main/base/app-error';
import { lockFileName } from '../../src/main/installation/folder-lock';
import { adminPassword, createTempApp, tempDataDir } from '../support/temp-app';
import { passphrase } from '../support/backup/support';

const writer = join(import.meta.dirname, 'fixtures', 'writer-child.ts');
const cli = join(process.cwd(), 'src', 'main', 'cli', 'index.ts');
const runCli = (args: string[], stdin = '') =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });

let dataDir: string;
const work = tempDataDir();

function startWriter(): Promise<{ child: ChildProcess; acks: () => number; failed: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir, adminPassword, 'beside'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let acks = 0;
  let errors = '';
  child.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      acks++;
      if (line === 'unlocked') resolve({ child, acks: () => acks, failed: () => errors });
    });
    child.once('exit', (code) => reject(new Error(`writer ended (${code}): ${errors}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

beforeAll(async () => {
  const app = createTempApp();
  dataDir = app.dataDir;
  await app.must('installation:setup', {
    organisationName: 'Testkommunens socialförvaltning',
    admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
  });
  await app.close();
  writeFileSync(join(work, 'password.txt'), `${adminPassword}\n`, { mode: 0o600 });
}, 60_000);
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  it('is released when the app closes', async () => {
    const app = createTempApp(dataDir);
    expect(existsSync(join(dataDir, lockFileName))).toBe(true);
    await app.close();
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
  });

  it('refuses a second app while a live process holds the folder, in Swedish, and takes over after a crash', async () => {
    const holder = await startWriter();
    try {
      let refusal: unknown = null;
      try {
        createTempApp(dataDir);
      } catch (error) {
        refusal = error;
      }
      expect(isAppFailure(refusal) && refusal.code).toBe('dataFolder.inUse');
      expect(message('dataFolder.inUse', 'sv')).toContain('Datamappen används redan av IOP Desk');
    } finally {
      await stop(holder.child);
    }
    // Killed: its lock file is left behind, stale, and taken over.
    expect(existsSync(join(dataDir, lockFileName))).toBe(true);
    const app = createTempApp(dataDir);
    await app.close();
  }, 60_000);

  it('treats a lock whose pid now belongs to another process (another start time) as stale', async () => {
    const record = { pid: process.pid, startTicks: '1', nonce: 'gammal', holder: 'app', host: hostname(), since: '2020-01-01T00:00:00.000Z' };
    writeFileSync(join(dataDir, lockFileName), JSON.stringify(record));
    const app = createTempApp(dataDir);
    await app.close();
  });
});

describe('commands beside the running app', () => {
  it('backs up and verifies the log while the app keeps writing; refuses restore and seed with exit code 6', async () => {
    const holder = await startWriter();
    try {
      const out = join(work, 'out');
      mkdirSync(out, { recursive: true });
      const before = holder.acks();
      const created = await runCli(
        ['backup', 'create', '--data-dir', dataDir, '--out', out, '--user', 'admin', '--password-file', join(work, 'password.txt'), '--passphrase-stdin'],
        `${passphrase}\n`,
      );
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      const [file] = readdirSync(out);
      expect((await runCli(['backup', 'verify', join(out, file!), '--passphrase-stdin'], `${passphrase}\n`)).status).toBe(0);

      const audit = await runCli(['audit', 'verify', '--data-dir', dataDir, '--user', 'admin', '--password-file', join(work, 'password.txt')]);
      expect(audit.stderr).toBe('');
      expect(audit.status).toBe(0);

      const restore = await runCli(
        ['backup', 'restore', join(out, file!), '--data-dir', dataDir, '--user', 'admin', '--password-file', join(work, 'password.txt'), '--passphrase-stdin'],
        `${passphrase}\n`,
      );
      expect(restore.status).toBe(6);
      expect(restore.stderr).toContain('Datamappen är öppen i IOP Desk');
      const seed = await runCli(['seed', '--data-dir', dataDir, '--password-file', join(work, 'password.txt')]);
      expect(seed.status).toBe(6);

      // The app wrote all along, and none of its writes failed.
      expect(holder.acks()).toBeGreaterThan(before);
      expect(holder.child.exitCode).toBeNull();
      expect(holder.failed()).toBe('');
    } finally {
      await stop(holder.child);
    }
  }, 180_000);
});
