// Interoperability: Debian's `age -d` opens our backups (with the backup key,
// and with the passphrase typed at its prompt through a pseudo-terminal);
// `tar -x` unpacks them; the database opens with nothing but database-key.txt.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir, type TempApp } from '../../../test/support/temp-app';
import { createPassphraseBackup, passphrase, runJob, seededApp } from '../../../test/support/backup/support';

const age = '/usr/bin/age';
let app: TempApp;
const dir = tempDataDir();

beforeAll(async () => {
  app = await seededApp();
});
afterAll(async () => {
  await app.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `age -d` with the passphrase typed at its terminal prompt (python3's pty module). */
function ageDecryptWithPassphrase(file: string, out: string, secret: string): void {
  const script = `
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv(${JSON.stringify(age)}, ['age', '-d', '-o', sys.argv[2], sys.argv[1]])
buf = b''
while b'passphrase' not in buf.lower():
    buf += os.read(fd, 1024)
os.write(fd, sys.argv[3].encode() + b'\\n')
try:
    while os.read(fd, 1024):
        pass
except OSError:
    pass
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
`;
  execFileSync('python3', ['-c', script, file, out, secret], { timeout: 30_000 });
}

function openWithKeyFile(folder: string): { organisations: number; users: string[] } {
  const keyText = readFileSync(join(folder, 'database-key.txt'), 'utf8');
  // The SQLite3 Multiple Ciphers line of the file, executed as written.
  const line = keyText.split('\n').find((l) => l.startsWith('SQLite3 Multiple Ciphers:'))!;
  const db = new SqliteDatabase(join(folder, 'iop-desk.db'), { readonly: true });
  try {
    db.exec(line.slice('SQLite3 Multiple Ciphers:'.length).trim());
    const organisations = (db.prepare('SELECT count(*) AS n FROM organisation').get() as { n: number }).n;
    const users = (db.prepare('SELECT username FROM user ORDER BY username').all() as { username: string }[]).map((r) => r.username);
    return { organisations, users };
  } finally {
    db.close();
  }
}

function untar(archive: string, folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  execFileSync('tar', ['-x', '-f', archive, '-C', folder]);
  return execFileSync('tar', ['-t', '-f', archive]).toString().trim().split('\n');
}

describe('opening a backup with standard tools', () => {
  it('age -d -i identity.txt, tar -x, and the database opens with database-key.txt alone', async () => {
    const { identity } = await app.must('backup:generateKey', {});
    const identityFile = join(dir, 'identity.txt');
    writeFileSync(identityFile, `${identity}\n`, { mode: 0o600 });
    const job = await runJob(app, 'backup:startCreate', { folder: dir, encryption: { kind: 'recipient' } });
    if (job.result?.kind !== 'create') throw new Error(JSON.stringify(job.error));
    const tarFile = join(dir, 'x25519.tar');
    execFileSync(age, ['-d', '-i', identityFile, '-o', tarFile, job.result.path]);
    const folder = join(dir, 'x25519');
    expect(untar(tarFile, folder)).toEqual(['manifest.json', 'keyring.json', 'database-key.txt', 'iop-desk.db']);
    // The database inside is still SQLCipher-encrypted.
    expect(readFileSync(join(folder, 'iop-desk.db')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const opened = openWithKeyFile(folder);
    expect(opened.organisations).toBe(25);
    expect(opened.users).toContain('handlaggare');
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.tables.find((t: { name: string }) => t.name === 'organisation').rows).toBe(25);
  });

  it('age -d with the passphrase typed at the prompt', async () => {
    const file = await createPassphraseBackup(app);
    const tarFile = join(dir, 'passphrase.tar');
    ageDecryptWithPassphrase(file, tarFile, passphrase);
    const folder = join(dir, 'passphrase');
    untar(tarFile, folder);
    expect(openWithKeyFile(folder).organisations).toBe(25);
  });

  it('the key file explains itself in Swedish and English', async () => {
    const folder = join(dir, 'passphrase');
    const text = readFileSync(join(folder, 'database-key.txt'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(text).toMatch(/^SV: .*sqlcipher/m);
    expect(text).toMatch(/^EN: .*sqlcipher/m);
    expect(text).toContain('PRAGMA cipher_compatibility = 4');
  });

  it('our reader opens files that age itself encrypted', async () => {
    // age encrypts a repacked backup tar to a recipient; the app verifies it.
    const { identity, recipient } = await app.must('backup:generateKey', {});
    const identityFile = join(dir, 'identity2.txt');
    writeFileSync(identityFile, `${identity}\n`, { mode: 0o600 });
    const reencrypted = join(dir, 'by-age.age');
    execFileSync(age, ['-r', recipient, '-o', reencrypted, join(dir, 'passphrase.tar')]);
    const job = await runJob(app, 'backup:startVerify', { file: reencrypted, secret: { kind: 'identity', identity } });
    expect(job.error).toBeNull();
  });
});
