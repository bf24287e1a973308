import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { addUser, adminSession, validationRefusal } from '../../../test/support/users';

let app: TempApp & { recoveryKey: string };
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const newPassword = 'återställt-lösenord-1';
const wrongRecoveryKey = {
  ok: false,
  error: { code: 'auth.wrongRecoveryKey', message: 'Återställningsnyckeln stämmer inte.' },
};

describe('recovery key', () => {
  test('lets an admin who forgot the password set a new one', async () => {
    const before = await lastAuditId(app);
    await app.must('auth:lock', {});
    const session = await app.must('auth:recover', {
      username: 'admin',
      recoveryKey: app.recoveryKey,
      newPassword,
    });
    expect(session).toEqual(adminSession);
    expect(app.installation.state).toBe('unlocked');
    expect((await auditSince(app, before)).at(-1)).toEqual({
      userId: 1,
      role: 'admin',
      channel: 'auth:recover',
      entityType: 'user',
      entityId: '1',
      outcome: 'ok',
    });

    await app.must('auth:lock', {});
    const old = await app.call('auth:unlock', { username: 'admin', password: adminPassword });
    expect(old.ok === false && old.error.code).toBe('auth.wrongCredentials');
    expect((await app.must('auth:unlock', { username: 'admin', password: newPassword })).userId).toBe(1);
  });

  test('the key may be typed in lower case with spaces instead of dashes', async () => {
    await app.must('auth:lock', {});
    const typed = app.recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect((await app.call('auth:recover', { username: 'admin', recoveryKey: typed, newPassword })).ok).toBe(
      true,
    );
  });

  test('the key still works after it has been used once', async () => {
    await app.must('auth:lock', {});
    await app.must('auth:recover', { username: 'admin', recoveryKey: app.recoveryKey, newPassword });
    await app.must('auth:lock', {});
    expect(
      (
        await app.call('auth:recover', {
          username: 'admin',
          recoveryKey: app.recoveryKey,
          newPassword: 'ännu-ett-lösenord',
        })
      ).ok,
    ).toBe(true);
  });

  test('a wrong key is refused and nothing changes', async () => {
    await app.must('auth:lock', {});
    const keyringBefore = readFileSync(app.installation.paths.keyring);
    const last = app.recoveryKey.at(-1) === '0' ? '1' : '0';
    const wrongKey = `${app.recoveryKey.slice(0, -1)}${last}`;
    expect(await app.call('auth:recover', { username: 'admin', recoveryKey: wrongKey, newPassword })).toEqual(
      wrongRecoveryKey,
    );
    expect(
      await app.call('auth:recover', { username: 'admin', recoveryKey: 'inte-en-nyckel', newPassword }),
    ).toEqual(wrongRecoveryKey);
    expect(readFileSync(app.installation.paths.keyring).equals(keyringBefore)).toBe(true);
    expect(app.installation.state).toBe('locked');
    expect((await app.call('auth:unlock', { username: 'admin', password: adminPassword })).ok).toBe(true);
  });

  test('is refused for a user who is not an admin, even with the right key', async () => {
    await addUser(app, 'caseworker', 'karin');
    await app.must('auth:lock', {});
    const keyringBefore = readFileSync(app.installation.paths.keyring);
    expect(
      await app.call('auth:recover', { username: 'karin', recoveryKey: app.recoveryKey, newPassword }),
    ).toEqual(wrongRecoveryKey);
    expect(
      await app.call('auth:recover', { username: 'okand', recoveryKey: app.recoveryKey, newPassword }),
    ).toEqual(wrongRecoveryKey);
    expect(readFileSync(app.installation.paths.keyring).equals(keyringBefore)).toBe(true);
    expect(app.installation.state).toBe('locked');
    const karin = await app.call('auth:unlock', { username: 'karin', password: 'karin-eget-lösenord-2026' });
    expect(karin.ok).toBe(true);
  });

  test('a new password shorter than 12 characters is refused before the key is tried', async () => {
    await app.must('auth:lock', {});
    expect(
      await app.call('auth:recover', {
        username: 'admin',
        recoveryKey: app.recoveryKey,
        newPassword: 'kort',
      }),
    ).toEqual(validationRefusal({ newPassword: 'password.tooShort' }));
  });
});
