// Issue 13, defect 4: no copy of the master key may stay in the process after
// a lock, nor after a backup. The process's own memory is scanned for the key
// in raw, hex (both cases) and base64 form. A V8 heap snapshot would not do:
// it does not see Buffer contents, nor memory the collector freed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, createTempApp, type TempApp } from '../support/temp-app';
import { memoryScanSkipReason, memoryScanSupported, needlesFor, scanOwnMemory, type KeyNeedles } from '../support/memory-scan';
import { addUser } from '../support/users';
import { passphrase, runJob } from '../support/backup/support';
import { randomBytes } from 'node:crypto';

let app: TempApp;
let key: KeyNeedles;

/** The master key as masked needles; the copy it is read from is zeroed at once. */
function masterKeyNeedles(a: TempApp): KeyNeedles {
  const source = a.installation.backupSource();
  try {
    return needlesFor(source.masterKey);
  } finally {
    source.masterKey.fill(0);
  }
}

const none = { raw: 0, hexLower: 0, hexUpper: 0, base64: 0 };
const counts = ({ raw, hexLower, hexUpper, base64 }: ReturnType<typeof scanOwnMemory>) => ({ raw, hexLower, hexUpper, base64 });

describe.skipIf(!memoryScanSupported)(`key material after lock (${memoryScanSupported ? 'Linux' : memoryScanSkipReason})`, () => {
  beforeAll(async () => {
    app = createTempApp(undefined, { backups: { scryptLogN: 10 } });
    await app.must('installation:setup', {
      organisationName: 'Testkommunens socialförvaltning',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    key = masterKeyNeedles(app);
  }, 60_000);
  afterAll(async () => {
    await app?.dispose();
  });

  it('the scan finds a key that is there, in every form', () => {
    const planted = randomBytes(32);
    const needles = needlesFor(planted);
    const forms = [
      Buffer.from(planted),
      Buffer.from(planted.toString('hex'), 'latin1'),
      Buffer.from(planted.toString('hex').toUpperCase(), 'latin1'),
      Buffer.from(planted.toString('base64'), 'latin1'),
    ];
    const found = counts(scanOwnMemory(needles));
    expect(found.raw).toBeGreaterThanOrEqual(2);
    expect(found.hexLower).toBeGreaterThanOrEqual(1);
    expect(found.hexUpper).toBeGreaterThanOrEqual(1);
    expect(found.base64).toBeGreaterThanOrEqual(1);
    for (const f of [planted, ...forms]) f.fill(0);
  });

  it('leaves none after unlocks, a new user with a password, a password change and a lock', async () => {
    await app.must('auth:lock', {});
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    await addUser(app, 'caseworker', 'karin');
    await app.must('auth:lock', {});
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    await app.must('auth:lock', {});
    const found = scanOwnMemory(key);
    expect(found.bytesScanned).toBeGreaterThan(10 * 1024 * 1024);
    expect(counts(found)).toEqual(none);
  }, 60_000);

  it('leaves none after a backup and a lock', async () => {
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    const job = await runJob(app, 'backup:startCreate', { folder: null, encryption: { kind: 'passphrase', passphrase } });
    expect(job.state).toBe('succeeded');
    await app.must('auth:lock', {});
    expect(counts(scanOwnMemory(key))).toEqual(none);
  }, 60_000);
});
