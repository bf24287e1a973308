// The command line, spawned as an administrator would run it: secrets on
// stdin or in files, documented exit codes, Swedish by default.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../test/support/temp-app';
import { adminPassword, createPassphraseBackup, passphrase, seededApp } from '../../../test/support/backup/support';

const cli = join(process.cwd(), 'src', 'main', 'cli', 'index.ts');
const run = (args: string[], stdin = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { input: stdin, encoding: 'utf8', timeout: 60_000 });

let dataDir: string;
let backup: string;
const work = tempDataDir();

beforeAll(async () => {
  const app = await seededApp();
  backup = await createPassphraseBackup(app);
  await app.close();
  dataDir = app.dataDir;
  writeFileSync(join(work, 'password.txt'), `${adminPassword}\n`, { mode: 0o600 });
}, 60_000);
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('cli', () => {
  it('prints help with the exit codes', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Slutkoder');
    expect(run(['--help', '--lang', 'en']).stdout).toContain('Exit codes');
  });

  it('exits 1 on an unknown command or option', () => {
    expect(run(['backup', 'explode']).status).toBe(1);
    expect(run(['backup', 'verify', backup, '--passphrase', passphrase]).status).toBe(1);
  });

  it('verifies with the passphrase on stdin (0), a wrong one (2), a non-backup (3)', () => {
    expect(run(['backup', 'verify', backup, '--passphrase-stdin'], `${passphrase}\n`).status).toBe(0);
    const wrong = run(['backup', 'verify', backup, '--passphrase-stdin'], 'inte-den-här-frasen\n');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('lösenfrasen eller nyckeln');
    const junk = join(work, 'junk.age');
    writeFileSync(junk, 'det här är ingen säkerhetskopia');
    expect(run(['backup', 'verify', junk, '--passphrase-stdin', '--lang', 'en'], `${passphrase}\n`).status).toBe(3);
  });

  it('creates a backup as an administrator (password, then passphrase on stdin), and restores it into a new folder', () => {
    const out = join(work, 'out');
    mkdirSync(out);
    const created = run(['backup', 'create', '--data-dir', dataDir, '--out', out, '--user', 'admin', '--passphrase-stdin'], `${adminPassword}\n${passphrase}\n`);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const [file] = readdirSync(out);
    const target = join(work, 'restored');
    const restored = run(['backup', 'restore', join(out, file!), '--data-dir', target, '--passphrase-stdin'], `${passphrase}\n`);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('Återställd');
    const audit = run(['audit', 'verify', '--data-dir', target, '--user', 'admin', '--password-file', join(work, 'password.txt')]);
    expect(audit.status).toBe(0);
  });

  it('refuses a wrong user password with exit code 2 and a non-admin with 5', () => {
    expect(run(['audit', 'verify', '--data-dir', dataDir, '--user', 'admin'], 'fel-lösenord-123\n').status).toBe(2);
    expect(run(['audit', 'verify', '--data-dir', dataDir, '--user', 'handlaggare'], `${adminPassword}\n`).status).toBe(5);
  });

  it('keygen writes an identity file age can use and stores the public key', () => {
    const idFile = join(work, 'backup-key.txt');
    const r = run(['backup', 'keygen', '--out', idFile, '--data-dir', dataDir, '--user', 'admin', '--password-file', join(work, 'password.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/age1[0-9a-z]{58}/);
    expect(r.stdout).not.toContain('AGE-SECRET-KEY');
    // A second keygen never overwrites the file.
    expect(run(['backup', 'keygen', '--out', idFile]).status).toBe(1);
  });

  it('seeds a new installation from a password file', () => {
    const target = join(work, 'seeded');
    const r = run(['seed', '--data-dir', target, '--scale', 'small', '--password-file', join(work, 'password.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('25 nya organisationer');
  });
});
