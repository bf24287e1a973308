// Locking while calls are in flight: nothing commits after the lock, the
// database handle is really closed, and concurrent guesses can't skip the back-off.
import { afterEach, describe, expect, test } from 'vitest';
import { readKeyring } from '../keyring/keyring-file';
import { findPasswordSlot, openPasswordSlot } from '../keyring/slots';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';

let app: TempApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('lock during a call', () => {
  test('a user created while the app locks is not committed and no zero-key slot is written', async () => {
    app = await createInstalledApp();
    const creating = app.call('users:create', {
      username: 'bertil',
      displayName: 'Bertil Bokström',
      role: 'caseworker',
      temporaryPassword: 'tillfälligt-lösen-1',
    });
    const locking = app.call('auth:lock', {});
    const [created, locked] = await Promise.all([creating, locking]);
    expect(locked.ok).toBe(true);
    expect(app.installation.state).toBe('locked');
    if (!created.ok) expect(created.error.code).toBe('locked');

    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    const users = await app.must('users:list', {});
    const keyring = readKeyring(app.installation.paths.keyring);
    const slot = keyring && findPasswordSlot(keyring, 'bertil');
    if (created.ok) {
      // The create finished before the lock took effect: then it must be whole.
      expect(users.map((u) => u.username)).toContain('bertil');
      expect(slot).toBeDefined();
      const key = await openPasswordSlot(keyring!, slot!, 'tillfälligt-lösen-1');
      expect(key?.equals(Buffer.alloc(32))).toBe(false);
    } else {
      expect(users.map((u) => u.username)).not.toContain('bertil');
      expect(slot).toBeUndefined();
    }
  });

  test('lock closes the database even with a transaction open', async () => {
    app = await createInstalledApp();
    const db = app.installation.db;
    let release!: () => void;
    const held = db.transaction().execute(async (trx) => {
      await trx.selectFrom('user').select('id').execute();
      await new Promise<void>((resolve) => (release = resolve));
      await trx.selectFrom('user').select('id').execute();
    });
    await new Promise((r) => setTimeout(r, 10));
    await app.installation.lock();
    release();
    await expect(held).rejects.toThrow();
    expect(app.installation.state).toBe('locked');
    await expect(app.call('organisations:list', { query: '' })).resolves.toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('back-off under concurrent guesses', () => {
  test('guesses sent at once are still throttled after five failures', async () => {
    app = await createInstalledApp();
    await app.must('auth:lock', {});
    const guesses = Array.from({ length: 12 }, (_, i) => app!.call('auth:unlock', { username: 'admin', password: `fel-lösenord-${i}` }));
    const right = app.call('auth:unlock', { username: 'admin', password: adminPassword });
    const results = await Promise.all([...guesses, right]);
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'auth.wrongCredentials').length).toBeLessThanOrEqual(4);
    expect(codes.at(-1)).toBe('auth.throttled');
  });
});

describe('setup', () => {
  test('two setups at once: one wins, the other is refused, and the installation opens again', async () => {
    const { createTempApp } = await import('../../../test/support/temp-app');
    app = createTempApp();
    const input = {
      organisationName: 'Testkommunen',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    };
    const [a, b] = await Promise.all([app.call('installation:setup', input), app.call('installation:setup', input)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const refused = a.ok ? b : a;
    expect(!refused.ok && refused.error.code).toBe('installation.exists');
    await app.must('auth:lock', {});
    await expect(app.call('auth:unlock', { username: 'admin', password: adminPassword })).resolves.toMatchObject({ ok: true });
  });
});

describe('missing database', () => {
  test('unlock says the database is missing instead of blaming the password, and creates nothing', async () => {
    app = await createInstalledApp();
    await app.must('auth:lock', {});
    const { renameSync, existsSync } = await import('node:fs');
    renameSync(app.installation.paths.database, `${app.installation.paths.database}.moved`);
    const result = await app.call('auth:unlock', { username: 'admin', password: adminPassword });
    expect(result).toMatchObject({ ok: false, error: { code: 'database.missing' } });
    expect(existsSync(app.installation.paths.database)).toBe(false);
  });
});
