// Bad input and tampering: every case is refused with a clear code, nothing is
// restored and the live data stays exactly as it was.
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../shared/error-codes';
import { sealedChunkSize } from './age/payload';
import { tempDataDir, type TempApp } from '../../../test/support/temp-app';
import { createPassphraseBackup, digestsOf, keyOf, passphrase, repack, runJob, seededApp, withoutAudit } from '../../../test/support/backup/support';

let app: TempApp;
let good: string;
let bytes: Buffer;
let headerEnd: number;
let chunkCount: number;
const dir = tempDataDir();

beforeAll(async () => {
  app = await seededApp();
  good = await createPassphraseBackup(app);
  bytes = readFileSync(good);
  headerEnd = bytes.indexOf('\n', bytes.indexOf('\n--- ') + 1) + 1;
  chunkCount = Math.ceil((bytes.length - headerEnd - 16) / sealedChunkSize);
});
afterAll(async () => {
  await app.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const payloadStart = () => headerEnd + 16;
const chunkAt = (k: number) => payloadStart() + k * sealedChunkSize;

function variant(name: string, make: (b: Buffer) => Buffer): string {
  const file = join(dir, `${name}.age`);
  writeFileSync(file, make(Buffer.from(bytes)));
  return file;
}

const flipAt = (position: () => number) => (b: Buffer) => {
  const p = position();
  b[p] = b[p]! ^ 0x01;
  return b;
};
const cutAt = (length: () => number) => (b: Buffer) => b.subarray(0, length());
const chunk = (b: Buffer, k: number) => b.subarray(chunkAt(k), Math.min(chunkAt(k + 1), b.length));

const refused: ErrorCode[] = ['backup.tampered', 'backup.wrongSecret', 'backup.notBackup'];

/** Verify and restore-over both refuse; the live data, keyring and files are untouched. */
async function expectRefused(file: string, codes: ErrorCode[] = refused): Promise<ErrorCode> {
  const keyringBefore = readFileSync(join(app.dataDir, 'keyring.json'));
  const digestsBefore = await digestsOf(app.dataDir, keyOf(app));
  const verify = await runJob(app, 'backup:startVerify', { file, secret: { kind: 'passphrase', passphrase } });
  expect(verify.state).toBe('failed');
  expect(codes).toContain(verify.error?.code);
  const restore = await runJob(app, 'backup:startRestore', { file, secret: { kind: 'passphrase', passphrase } });
  expect(restore.state).toBe('failed');
  expect(restore.error?.code).toBe(verify.error?.code);
  expect(app.installation.state).toBe('unlocked');
  expect(readFileSync(join(app.dataDir, 'keyring.json'))).toEqual(keyringBefore);
  // The audit log and the recorded check results (settings) grow; everything else is as before.
  const data = (d: typeof digestsBefore) => withoutAudit(d).filter((t) => t.name !== 'setting');
  expect(data(await digestsOf(app.dataDir, keyOf(app)))).toEqual(data(digestsBefore));
  expect(existsSync(join(app.dataDir, '.restore'))).toBe(false);
  expect(readdirSync(join(app.dataDir, '.work'))).toEqual([]);
  return verify.error!.code;
}

describe('the good backup', () => {
  it('has several 64 KiB chunks to tamper with, and verifies', async () => {
    expect(chunkCount).toBeGreaterThanOrEqual(4);
    const job = await runJob(app, 'backup:startVerify', { file: good, secret: { kind: 'passphrase', passphrase } });
    expect(job.state).toBe('succeeded');
  });
});

describe('flipped bytes', () => {
  const cases: [string, () => number, ErrorCode[]][] = [
    ['the first byte (version line)', () => 0, ['backup.notBackup']],
    ['the version line’s end', () => 20, ['backup.tampered']],
    ['the stanza’s arguments', () => bytes.indexOf('scrypt') + 2, ['backup.tampered', 'backup.wrongSecret']],
    ['the wrapped file key', () => bytes.indexOf('\n', bytes.indexOf('-> scrypt')) + 3, ['backup.tampered', 'backup.wrongSecret']],
    ['the header MAC', () => headerEnd - 5, ['backup.tampered']],
    ['the payload nonce', () => headerEnd + 3, ['backup.tampered']],
    ['the first chunk (manifest)', () => payloadStart() + 700, ['backup.tampered']],
    ['the last byte of chunk 1', () => chunkAt(2) - 1, ['backup.tampered']],
    ['the first byte of chunk 2', () => chunkAt(2), ['backup.tampered']],
    ['a tag in the middle', () => chunkAt(3) - 8, ['backup.tampered']],
    ['the last chunk', () => bytes.length - 30, ['backup.tampered']],
    ['the very last byte', () => bytes.length - 1, ['backup.tampered']],
  ];
  it.each(cases)('in %s is refused', async (name, position, codes) => {
    await expectRefused(variant(`flip-${name.replace(/\W+/g, '-')}`, flipAt(position)), codes);
  });
});

describe('truncation', () => {
  const cases: [string, () => number][] = [
    ['inside the header', () => headerEnd - 20],
    ['right after the header', () => headerEnd],
    ['inside the nonce', () => headerEnd + 8],
    ['right after the nonce (no payload)', () => payloadStart()],
    ['at the boundary after chunk 0', () => chunkAt(1)],
    ['at the boundary after chunk 2', () => chunkAt(3)],
    ['between boundaries in chunk 1', () => chunkAt(1) + 1000],
    ['one byte into chunk 2', () => chunkAt(2) + 1],
    ['one byte short of the end', () => bytes.length - 1],
    ['sixteen bytes short of the end (a whole tag)', () => bytes.length - 16],
  ];
  it.each(cases)('%s is refused', async (name, length) => {
    await expectRefused(variant(`cut-${name.replace(/\W+/g, '-')}`, cutAt(length)));
  });
});

describe('reordered chunks', () => {
  it('swapping chunks 1 and 2 is refused', async () => {
    await expectRefused(
      variant('swap', (b) => Buffer.concat([b.subarray(0, chunkAt(1)), chunk(b, 2), chunk(b, 1), b.subarray(chunkAt(3))])),
      ['backup.tampered'],
    );
  });
  it('duplicating chunk 1 is refused', async () => {
    await expectRefused(variant('dup', (b) => Buffer.concat([b.subarray(0, chunkAt(2)), chunk(b, 1), b.subarray(chunkAt(2))])), ['backup.tampered']);
  });
  it('dropping chunk 1 is refused', async () => {
    await expectRefused(variant('drop', (b) => Buffer.concat([b.subarray(0, chunkAt(1)), b.subarray(chunkAt(2))])), ['backup.tampered']);
  });
  it('appending a copy of the last chunk is refused', async () => {
    await expectRefused(variant('append', (b) => Buffer.concat([b, b.subarray(chunkAt(chunkCount - 1))])), ['backup.tampered']);
  });
});

describe('wrong secret, wrong file, newer version', () => {
  it('a wrong passphrase is refused as such', async () => {
    const file = join(dir, 'copy.age');
    copyFileSync(good, file);
    const job = await runJob(app, 'backup:startVerify', { file, secret: { kind: 'passphrase', passphrase: 'inte-rätt-lösenfras' } });
    expect(job.error?.code).toBe('backup.wrongSecret');
    const restore = await runJob(app, 'backup:startRestore', { file, secret: { kind: 'passphrase', passphrase: 'inte-rätt-lösenfras' } });
    expect(restore.error?.code).toBe('backup.wrongSecret');
    expect(restore.error?.message).toMatch(/lösenfrasen eller nyckeln/);
  });

  it('a backup key that is not the file’s is refused as a wrong secret', async () => {
    const { identity } = await app.must('backup:generateKey', {});
    const job = await runJob(app, 'backup:startVerify', { file: good, secret: { kind: 'identity', identity } });
    expect(job.error?.code).toBe('backup.wrongSecret');
  });

  it('a file that is not age at all is not a backup', async () => {
    await expectRefused(variant('random', () => Buffer.from('PK\u0003\u0004 det här är en zip-fil, inte en säkerhetskopia')), ['backup.notBackup']);
  });

  it('an empty file is not a backup', async () => {
    await expectRefused(variant('empty', () => Buffer.alloc(0)), ['backup.notBackup']);
  });

  it('an age file holding something else is not a backup', async () => {
    const file = join(dir, 'other.age');
    await repack(good, file, () => [{ name: 'anteckningar.txt', data: Buffer.from('hej') }]);
    await expectRefused(file, ['backup.notBackup']);
  });

  it('a manifest from a newer app version is refused as newer', async () => {
    const file = join(dir, 'newer.age');
    await repack(good, file, (entries) =>
      entries.map((e) => (e.name === 'manifest.json' ? { ...e, data: Buffer.from(JSON.stringify({ ...JSON.parse(e.data.toString()), appVersion: '99.0.0' })) } : e)),
    );
    const code = await expectRefused(file, ['backup.newerVersion']);
    expect(code).toBe('backup.newerVersion');
  });

  it('a schema this app does not know is refused as newer', async () => {
    const file = join(dir, 'newer-schema.age');
    await repack(good, file, (entries) =>
      entries.map((e) => {
        if (e.name !== 'manifest.json') return e;
        const m = JSON.parse(e.data.toString());
        return { ...e, data: Buffer.from(JSON.stringify({ ...m, migrations: [...m.migrations, '9999-future'], schemaVersion: '9999-future' })) };
      }),
    );
    await expectRefused(file, ['backup.newerVersion']);
  });

  it('a manifest whose table hash does not match the database is refused', async () => {
    const file = join(dir, 'wrong-hash.age');
    await repack(good, file, (entries) =>
      entries.map((e) => {
        if (e.name !== 'manifest.json') return e;
        const m = JSON.parse(e.data.toString());
        m.tables[0].sha256 = '0'.repeat(64);
        return { ...e, data: Buffer.from(JSON.stringify(m)) };
      }),
    );
    await expectRefused(file, ['backup.tampered']);
  });

  it('a database key that does not open the database is refused', async () => {
    const file = join(dir, 'wrong-key.age');
    await repack(good, file, (entries) =>
      entries.map((e) => (e.name === 'database-key.txt' ? { ...e, data: Buffer.from(`${'ab'.repeat(32)}\n`) } : e)),
    );
    await expectRefused(file, ['backup.tampered']);
  });
});
