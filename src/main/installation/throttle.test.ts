import { afterEach, describe, expect, test } from 'vitest';
import { adminPassword, createInstalledApp, createTempApp, type TempApp } from '../../../test/support/temp-app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { addUser, signIn } from '../../../test/support/users';

let app: TempApp;
afterEach(() => app.dispose());

const wrong = (a: TempApp, username = 'admin') =>
  a.call('auth:unlock', { username, password: 'fel-lösenord-123' });
const throttled = (retryAfterSeconds: number) => ({
  ok: false,
  error: {
    code: 'auth.throttled',
    message: 'För många misslyckade försök. Vänta en stund innan du försöker igen.',
    retryAfterSeconds,
  },
});

async function failFourTimes(a: TempApp) {
  for (let i = 0; i < 4; i++) {
    const result = await wrong(a);
    expect(result.ok === false && result.error.code).toBe('auth.wrongCredentials');
  }
}

describe('back-off after failed sign-ins', () => {
  test('four failures are only refused; the fifth starts a 30 s wait that holds even for the right password', async () => {
    app = await createInstalledApp();
    const before = await lastAuditId(app);
    await app.must('auth:lock', {});
    await failFourTimes(app);
    expect(await wrong(app)).toEqual(throttled(30));
    expect(await app.call('auth:unlock', { username: 'admin', password: adminPassword })).toEqual(
      throttled(30),
    );
    app.clock.advance(29_000);
    expect(await app.call('auth:unlock', { username: 'admin', password: adminPassword })).toEqual(
      throttled(1),
    );
    app.clock.advance(1_000);
    expect((await app.must('auth:unlock', { username: 'admin', password: adminPassword })).username).toBe(
      'admin',
    );

    // Every attempt, the refused ones included, is in the audit log.
    const entries = await auditSince(app, before);
    expect(entries.map((e) => `${e.channel} ${e.outcome}`)).toEqual([
      'auth:lock ok',
      ...Array(7).fill('auth:unlock denied'),
      'auth:unlock ok',
    ]);
  });

  test('the wait doubles with each further failure', async () => {
    app = await createInstalledApp();
    await app.must('auth:lock', {});
    await failFourTimes(app);
    expect(await wrong(app)).toEqual(throttled(30));
    app.clock.advance(30_000);
    expect(await wrong(app)).toEqual(throttled(60));
    app.clock.advance(60_000);
    expect(await wrong(app)).toEqual(throttled(120));
    app.clock.advance(119_000);
    expect(await wrong(app)).toEqual(throttled(1));
  });

  test('a successful sign-in resets the counter', async () => {
    app = await createInstalledApp();
    await app.must('auth:lock', {});
    await failFourTimes(app);
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    await app.must('auth:lock', {});
    await failFourTimes(app);
    expect(await wrong(app)).toEqual(throttled(30));
  });

  test('the counter is per user', async () => {
    app = await createInstalledApp();
    const karin = await addUser(app, 'caseworker', 'karin');
    await app.must('auth:lock', {});
    await failFourTimes(app);
    expect(await wrong(app)).toEqual(throttled(30));
    expect((await signIn(app, karin.username, karin.password)).username).toBe('karin');
  });

  test('names without an account share one counter, which does not hold back real users', async () => {
    app = await createInstalledApp();
    await app.must('auth:lock', {});
    for (const name of ['anna', 'bertil', 'cesar', 'david']) {
      const result = await wrong(app, name);
      expect(result.ok === false && result.error.code).toBe('auth.wrongCredentials');
    }
    expect(await wrong(app, 'erik')).toEqual(throttled(30));
    expect(await wrong(app, 'filip')).toEqual(throttled(30));
    expect((await app.must('auth:unlock', { username: 'admin', password: adminPassword })).username).toBe(
      'admin',
    );
  });

  test('the wait survives a restart of the app', async () => {
    app = await createInstalledApp();
    const before = await lastAuditId(app);
    await app.must('auth:lock', {});
    await failFourTimes(app);
    expect(await wrong(app)).toEqual(throttled(30));
    await app.close();

    const restarted = createTempApp(app.dataDir);
    app = restarted;
    app.clock.advance(10_000);
    expect(await app.call('auth:unlock', { username: 'admin', password: adminPassword })).toEqual(
      throttled(20),
    );
    app.clock.advance(20_000);
    expect((await app.must('auth:unlock', { username: 'admin', password: adminPassword })).username).toBe(
      'admin',
    );
    // The attempts from before the restart were kept too.
    expect((await auditSince(app, before)).map((e) => `${e.channel} ${e.outcome}`)).toEqual([
      'auth:lock ok',
      ...Array(6).fill('auth:unlock denied'),
      'auth:unlock ok',
    ]);
  });
});
