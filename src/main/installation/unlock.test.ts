import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { adminSession } from '../../../test/support/users';
import { auditSince, lastAuditId } from '../../../test/support/audit';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const wrongCredentials = {
  ok: false,
  error: { code: 'auth.wrongCredentials', message: 'Fel användarnamn eller lösenord.' },
};

describe('unlock', () => {
  test('lock, then unlock with the right password gives the session back', async () => {
    expect(await app.must('auth:lock', {})).toBeNull();
    expect(app.installation.state).toBe('locked');
    expect(await app.must('installation:status', {})).toMatchObject({ state: 'locked', session: null });
    const session = await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    expect(session).toEqual(adminSession);
    expect(app.installation.state).toBe('unlocked');
  });

  test('the user name is matched case-insensitively and trimmed', async () => {
    await app.must('auth:lock', {});
    expect((await app.call('auth:unlock', { username: ' Admin ', password: adminPassword })).ok).toBe(true);
  });

  test('a wrong password is refused in Swedish and the attempt is audited at the next unlock', async () => {
    const before = await lastAuditId(app);
    await app.must('auth:lock', {});
    app.clock.advance(60_000);
    expect(await app.call('auth:unlock', { username: 'admin', password: 'fel-lösenord-123' })).toEqual(
      wrongCredentials,
    );
    expect(app.installation.state).toBe('locked');

    // While locked the entry waits outside the encrypted database, with no secret in it.
    const pending = JSON.parse(readFileSync(app.installation.paths.authState, 'utf8')) as {
      pending: unknown[];
    };
    expect(pending.pending).toEqual([
      { at: '2026-03-02T09:00:00.000Z', userId: 1, channel: 'auth:lock', outcome: 'ok', seq: 1 },
      { at: '2026-03-02T09:01:00.000Z', userId: 1, channel: 'auth:unlock', outcome: 'denied', seq: 2 },
    ]);

    app.clock.advance(60_000);
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    expect(await auditSince(app, before)).toEqual([
      { userId: 1, role: null, channel: 'auth:lock', entityType: 'user', entityId: '1', outcome: 'ok' },
      { userId: 1, role: null, channel: 'auth:unlock', entityType: 'user', entityId: '1', outcome: 'denied' },
      { userId: 1, role: 'admin', channel: 'auth:unlock', entityType: 'user', entityId: '1', outcome: 'ok' },
    ]);
    const rows = await app.installation.db
      .selectFrom('audit_log')
      .select(['id', 'at'])
      .where('id', '>', before)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.at)).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T09:01:00.000Z',
      '2026-03-02T09:02:00.000Z',
    ]);
    expect(JSON.parse(readFileSync(app.installation.paths.authState, 'utf8'))).toEqual({
      failures: {},
      pending: [],
      // The queue's numbering goes on after a flush: a reset shows as numbers going backwards.
      nextSeq: 3,
    });
  });

  test('an unknown user gets the same answer as a wrong password, audited without a user id', async () => {
    const before = await lastAuditId(app);
    await app.must('auth:lock', {});
    expect(await app.call('auth:unlock', { username: 'okand', password: adminPassword })).toEqual(
      wrongCredentials,
    );
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    expect((await auditSince(app, before))[1]).toEqual({
      userId: null,
      role: null,
      channel: 'auth:unlock',
      entityType: 'user',
      entityId: null,
      outcome: 'denied',
    });
  });

  test('the lock screen lists the users who can sign in, sorted by display name', async () => {
    await app.must('users:create', {
      username: 'karin',
      displayName: 'Karin Åberg',
      role: 'caseworker',
      temporaryPassword: 'tillfälligt-lösen-1',
    });
    await app.must('users:create', {
      username: 'bo',
      displayName: 'Bo Ek',
      role: 'viewer',
      temporaryPassword: 'tillfälligt-lösen-1',
    });
    await app.must('auth:lock', {});
    expect(await app.must('auth:users', {})).toEqual([
      { username: 'admin', displayName: 'Ada Admin' },
      { username: 'bo', displayName: 'Bo Ek' },
      { username: 'karin', displayName: 'Karin Åberg' },
    ]);
  });

  test.runIf(process.platform === 'linux')(
    'unlocking again while unlocked closes the previous connection',
    async () => {
      const file = app.installation.paths.database;
      const handles = () =>
        readdirSync('/proc/self/fd').filter((fd) => {
          try {
            return readlinkSync(`/proc/self/fd/${fd}`) === file;
          } catch {
            return false;
          }
        }).length;
      expect(handles()).toBe(1);
      await app.must('auth:unlock', { username: 'admin', password: adminPassword });
      // (SQLite may hold the old descriptor until the last connection to the file closes.)
      await app.must('auth:lock', {});
      expect(handles()).toBe(0);
    },
  );
});
