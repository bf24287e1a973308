// Killing the process during a restore (SIGKILL at each step of the swap, and
// at arbitrary moments): on the next start the installation is either the old
// one or the restored one, whole, never a mix.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from './manifest';
import { tempDataDir, type TempApp } from '../../../test/support/temp-app';
import { adminPassword, createPassphraseBackup, digestsOf, keyOf, passphrase, reopen, seededApp, withoutAudit } from '../../../test/support/backup/support';

const otherPassword = 'en-helt-annan-installation-7';
const child = join(import.meta.dirname, '../../../test/support/backup/restore-child.ts');

let backupFile: string;
let backupDigests: Manifest['tables'];
let template: string; // the "old" installation, copied for each run
let oldDigests: Manifest['tables'];
const dirs: string[] = [];

beforeAll(async () => {
  const source = await seededApp();
  backupDigests = withoutAudit(await digestsOf(source.dataDir, keyOf(source)));
  backupFile = join(tempDataDir(), 'backup.age');
  cpSync(await createPassphraseBackup(source), backupFile);
  dirs.push(join(backupFile, '..'));
  await source.dispose();

  // The old installation: other users, other password, other data.
  const old: TempApp = reopen(tempDataDir());
  await old.must('installation:setup', {
    organisationName: 'Den gamla installationen',
    admin: { username: 'admin', displayName: 'Gammal Admin', password: otherPassword },
  });
  await old.must('organisations:create', {
    name: 'Bara i den gamla',
    kind: 'municipality',
    orgNumber: '212000-1124',
    address: { street: '', postalCode: '', city: '' },
    paymentAccount: null,
    contacts: [],
    requirements: [],
  });
  oldDigests = withoutAudit(await digestsOf(old.dataDir, keyOf(old)));
  await old.close();
  template = old.dataDir;
  dirs.push(template);
}, 60_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** `killed`: the child died by SIGKILL. */
function runChild(dataDir: string, killAt: string, killAfterMs?: number): Promise<{ killed: boolean; out: string }> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx's loader, so the pid we kill is the process doing the work.
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir, backupFile, otherPassword, passphrase, killAt], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (d) => {
      out += String(d);
      if (killAfterMs !== undefined && out.includes('unlocked')) setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
    });
    proc.stderr.on('data', (d) => (out += String(d)));
    proc.on('error', reject);
    proc.on('exit', (code, signal) => resolve({ killed: signal === 'SIGKILL' || code === 137, out }));
  });
}

/** Opens the folder as the next start would and tells which installation it holds. */
async function whichInstallation(dataDir: string): Promise<'old' | 'new'> {
  const app = reopen(dataDir);
  try {
    expect(existsSync(join(dataDir, '.restore'))).toBe(false);
    const asOld = await app.call('auth:unlock', { username: 'admin', password: otherPassword });
    if (!asOld.ok && asOld.error.code !== 'auth.wrongCredentials') throw new Error(JSON.stringify(asOld.error));
    if (asOld.ok) {
      expect(withoutAudit(await digestsOf(dataDir, keyOf(app)))).toEqual(oldDigests);
      return 'old';
    }
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    expect(withoutAudit(await digestsOf(dataDir, keyOf(app)))).toEqual(backupDigests);
    expect((await app.must('audit:verify', {})).ok).toBe(true);
    return 'new';
  } finally {
    await app.close();
  }
}

function freshCopy(): string {
  const dir = tempDataDir();
  dirs.push(dir);
  cpSync(template, dir, { recursive: true });
  return dir;
}

describe('kill during restore', () => {
  const steps: [string, 'old' | 'new'][] = [
    ['staged', 'old'],
    ['safetyBackupWritten', 'old'],
    ['journalWritten', 'new'],
    ['oldLogRemoved', 'new'],
    ['databaseSwapped', 'new'],
    ['keyringSwapped', 'new'],
    ['committed', 'new'],
  ];
  it.each(steps)('killed after “%s”: the next start has the %s installation, whole', async (step, expected) => {
    const dir = freshCopy();
    const { killed } = await runChild(dir, step);
    expect(killed).toBe(true);
    expect(await whichInstallation(dir)).toBe(expected);
  });

  it('without a kill the child restores completely', async () => {
    const dir = freshCopy();
    const { killed, out } = await runChild(dir, 'never');
    expect(killed).toBe(false);
    expect(out).toContain('succeeded');
    expect(await whichInstallation(dir)).toBe('new');
  });

  it.each([0, 30, 80, 150])('killed %i ms into the restore: old or new, never a mix', async (ms) => {
    const dir = freshCopy();
    await runChild(dir, 'never', ms);
    expect(['old', 'new']).toContain(await whichInstallation(dir));
  });
});
