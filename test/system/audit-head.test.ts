// Rollback and truncation of the audit log (issue 13, defect 2): the stored,
// MAC'd chain head in the keyring file shows a database that lost entries,
// the printed head anchors the chain outside the machine, and the numbered
// locked queue shows gaps and numbers going backwards.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { readAuthState, writeAuthState } from '../../src/main/installation/auth-state';
import { keyringSchema } from '../../src/main/keyring/keyring-file';
import { createInstalledApp, createTempApp, type TempApp } from '../support/temp-app';
import { redCross, regionSkane } from '../support/organisations';
import { addUser, signIn, signInAsAdmin } from '../support/users';

let app: TempApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const readKeyringFile = (a: TempApp) => keyringSchema.parse(JSON.parse(readFileSync(a.installation.paths.keyring, 'utf8')));

/** The database files as they are now (after a lock, so the WAL is checkpointed). */
function copyDatabase(a: TempApp, to: string) {
  copyFileSync(a.installation.paths.database, to);
}
function putBackDatabase(a: TempApp, from: string) {
  for (const suffix of ['-wal', '-shm']) rmSync(`${a.installation.paths.database}${suffix}`, { force: true });
  copyFileSync(from, a.installation.paths.database);
}

describe('the stored chain head', () => {
  test('is written at lock, MAC-protected, and lags or matches the chain', async () => {
    app = await createInstalledApp();
    await app.must('organisations:create', redCross);
    await app.must('auth:lock', {});
    const head = readKeyringFile(app).auditHead;
    expect(head).toMatchObject({ lastId: 2, count: 2, lockedSeq: 0 });
    expect(head?.mac).toMatch(/^[0-9a-f]{64}$/);
    await signInAsAdmin(app);
    expect(await app.must('auth:alerts', {})).toEqual({ count: 0, alerts: [] });
  });

  test('an older copy of the database put back is reported to the admin: what is missing and since when', async () => {
    app = await createInstalledApp();
    await app.must('organisations:create', redCross);
    await app.must('auth:lock', {});
    const older = `${app.dataDir}/older.db`;
    // A quick_check from the last unlock may still read the file; the swap comes after it.
    await app.installation.databaseCheckIdle();
    copyDatabase(app, older);
    await signInAsAdmin(app);
    app.clock.advance(3_600_000);
    await app.must('organisations:create', regionSkane);
    const before = await app.must('audit:verify', {});
    await app.must('auth:lock', {});
    // A quick_check from the last unlock may still read the file; the swap comes after it.
    await app.installation.databaseCheckIdle();
    putBackDatabase(app, older);

    // Unlock goes on: the data that is there is still needed.
    await signInAsAdmin(app);
    const { count, alerts } = await app.must('auth:alerts', {});
    expect(count).toBe(1);
    expect(alerts[0]).toMatchObject({ kind: 'headMismatch' });
    // Entries 3.. up to the head's last were lost; the chain now ends at entry 2's time.
    expect(alerts[0]?.details).toMatch(/^missing=3-\d+;chainEnds=2026-03-02T09:00:00\.000Z;head=2026-03-02T10:00:00\.000Z$/);
    const toId = Number(/missing=3-(\d+)/.exec(alerts[0]!.details)![1]);
    expect(toId).toBeGreaterThanOrEqual(before.head.lastId);
    // The chain itself still verifies: only the stored head can tell.
    expect((await app.must('audit:verify', {})).ok).toBe(true);
  });

  test('a non-admin is only told that there is something for the admin; the admin acknowledges it', async () => {
    app = await createInstalledApp();
    const karin = await addUser(app, 'caseworker', 'karin');
    await app.must('auth:lock', {});
    const older = `${app.dataDir}/older.db`;
    // A quick_check from the last unlock may still read the file; the swap comes after it.
    await app.installation.databaseCheckIdle();
    copyDatabase(app, older);
    await signInAsAdmin(app);
    await app.must('organisations:create', redCross);
    await app.must('auth:lock', {});
    // A quick_check from the last unlock may still read the file; the swap comes after it.
    await app.installation.databaseCheckIdle();
    putBackDatabase(app, older);

    await signIn(app, karin.username, karin.password);
    expect(await app.must('auth:alerts', {})).toEqual({ count: 1, alerts: [] });
    // Another unlock does not bury it: the head moved on, the alarm stays open.
    await signInAsAdmin(app);
    const { alerts } = await app.must('auth:alerts', {});
    expect(alerts).toHaveLength(1);
    expect((await app.call('audit:acknowledgeAlerts', { upToId: alerts[0]!.id })).ok).toBe(true);
    expect(await app.must('auth:alerts', {})).toEqual({ count: 0, alerts: [] });
  });

  test('a head edited without the key, or removed, is reported', async () => {
    app = await createInstalledApp();
    await app.must('auth:lock', {});
    const file = app.installation.paths.keyring;
    const keyring = JSON.parse(readFileSync(file, 'utf8')) as { auditHead: { lastId: number; count: number } };
    // Pretend the chain was shorter than it is (as a truncation would need).
    keyring.auditHead.lastId = 0;
    keyring.auditHead.count = 0;
    writeFileSync(file, JSON.stringify(keyring));
    await app.close();
    app = createTempApp(app.dataDir);
    await signInAsAdmin(app);
    expect((await app.must('auth:alerts', {})).alerts.map((a) => a.details)).toEqual(['headForged']);

    await app.must('auth:lock', {});
    const again = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete again['auditHead'];
    writeFileSync(file, JSON.stringify(again));
    await app.close();
    app = createTempApp(app.dataDir);
    await signInAsAdmin(app);
    expect((await app.must('auth:alerts', {})).alerts.map((a) => a.details)).toEqual(['headForged', 'headRemoved']);
  });
});

describe('the printed head (outside anchor)', () => {
  test('is one line the admin pastes back; a chain that lost entries since fails the check', async () => {
    app = await createInstalledApp();
    await app.must('organisations:create', redCross);
    await app.must('auth:lock', {});
    const older = `${app.dataDir}/older.db`;
    // A quick_check from the last unlock may still read the file; the swap comes after it.
    await app.installation.databaseCheckIdle();
    copyDatabase(app, older);
    await signInAsAdmin(app);
    const printed = await app.must('audit:head', {});
    expect(printed.line).toBe(`IOPDESK-LOGGHUVUD v1 id=${printed.lastId} antal=${printed.count} hash=${printed.hash} tid=${printed.at}`);
    expect(printed.installationId).toBe(app.installation.installationId);

    await app.must('organisations:create', regionSkane);
    const ok = await app.must('audit:verify', { anchor: `Utskrift:\n${printed.line}\n` });
    expect(ok).toMatchObject({ ok: true, anchor: { problem: null, given: { lastId: printed.lastId } } });

    // The whole folder put back (database and keyring): only the printout can tell.
    await app.must('auth:lock', {});
    // A quick_check from the last unlock may still read the file; the swap comes after it.
    await app.installation.databaseCheckIdle();
    putBackDatabase(app, older);
    await signInAsAdmin(app);
    const bad = await app.must('audit:verify', { anchor: printed.line });
    expect(bad.ok).toBe(false);
    // The put-back chain has grown again since (this unlock, this check): its entry at the printed id is another one.
    expect(bad.anchor).toMatchObject({ problem: 'rewritten' });

    const nonsense = await app.call('audit:verify', { anchor: 'ingen rad här' });
    expect(nonsense.ok ? null : nonsense.error.code).toBe('audit.badAnchor');
  });

  test('every CSV export comes with the head in a companion file', async () => {
    app = await createInstalledApp();
    const exported = await app.must('audit:exportCsv', {});
    expect(exported.head.filename).toBe('loggkontroll-2026-03-02-logghuvud.txt');
    expect(exported.head.text).toContain('Organisation: Testkommunens socialförvaltning');
    expect(exported.head.text).toMatch(/IOPDESK-LOGGHUVUD v1 id=1 antal=1 hash=[0-9a-f]{64}/);
  });
});

describe('the numbered locked queue', () => {
  test('a queued entry removed from the middle shows as a gap', async () => {
    app = await createInstalledApp();
    await app.must('auth:lock', {});
    for (let n = 0; n < 3; n++) await app.call('auth:unlock', { username: 'admin', password: 'fel-lösenord-123' });
    const file = app.installation.paths.authState;
    const state = readAuthState(file);
    expect(state.pending.map((p) => p.seq)).toEqual([1, 2, 3, 4]);
    state.pending.splice(1, 2);
    writeAuthState(file, state);
    await signInAsAdmin(app);
    const { alerts } = await app.must('auth:alerts', {});
    expect(alerts.map((a) => [a.kind, a.details])).toEqual([['lockedQueue', 'accepted=2;refused=0;gaps=2-3']]);
  });

  test('a queue emptied and numbered from the start again shows numbers going backwards', async () => {
    app = await createInstalledApp();
    await app.must('auth:lock', {});
    await app.call('auth:unlock', { username: 'admin', password: 'fel-lösenord-123' });
    await signInAsAdmin(app);
    await app.must('auth:lock', {});
    // The whole file deleted while locked: the counter starts over.
    rmSync(app.installation.paths.authState);
    await app.call('auth:unlock', { username: 'admin', password: 'fel-lösenord-123' });
    await signInAsAdmin(app);
    const { alerts } = await app.must('auth:alerts', {});
    expect(alerts.map((a) => a.details)).toEqual(['accepted=1;refused=0;backwards=1']);
  });

  test('ordinary locks and failed sign-ins raise nothing', async () => {
    app = await createInstalledApp();
    for (let round = 0; round < 3; round++) {
      await app.must('auth:lock', {});
      await app.call('auth:unlock', { username: 'admin', password: 'fel-lösenord-123' });
      await signInAsAdmin(app);
    }
    expect(await app.must('auth:alerts', {})).toEqual({ count: 0, alerts: [] });
  });
});

describe('stray tmp files (defect 7)', () => {
  test('a tmp file of a process that is gone is removed at start; a live one is kept', async () => {
    app = await createInstalledApp();
    await app.close();
    const dead = `${app.installation.paths.authState}.999999999.tmp`;
    const live = `${app.installation.paths.authState}.${process.pid}.tmp`;
    const keyringTmp = `${app.installation.paths.keyring}.999999998.tmp`;
    for (const file of [dead, live, keyringTmp]) writeFileSync(file, '{"failures":{},"pending":[]}');
    app = createTempApp(app.dataDir);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(keyringTmp)).toBe(false);
    expect(existsSync(live)).toBe(true);
    rmSync(live);
  });
});
