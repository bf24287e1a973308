import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { auditSince, lastAuditId } from '../../../test/support/audit';
import { signIn, signInAsAdmin, temporaryPassword } from '../../../test/support/users';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const passwordChangeRequired = {
  ok: false,
  error: {
    code: 'passwordChangeRequired',
    message: 'Du måste byta ditt tillfälliga lösenord innan du fortsätter.',
  },
};

describe('temporary passwords set by an admin', () => {
  test('a new user must replace the temporary password before doing anything else', async () => {
    const created = await app.must('users:create', {
      username: 'karin',
      displayName: 'Karin Åberg',
      role: 'caseworker',
      temporaryPassword,
    });
    expect(created).toEqual({
      id: 2,
      username: 'karin',
      displayName: 'Karin Åberg',
      role: 'caseworker',
      disabled: false,
      mustChangePassword: true,
      createdAt: '2026-03-02T09:00:00.000Z',
    });

    const session = await signIn(app, 'karin', temporaryPassword);
    expect(session).toEqual({
      userId: 2,
      username: 'karin',
      displayName: 'Karin Åberg',
      role: 'caseworker',
      mustChangePassword: true,
    });
    expect(await app.call('organisations:list', { query: '' })).toEqual(passwordChangeRequired);
    expect(await app.call('settings:get', {})).toEqual(passwordChangeRequired);
    expect(await app.call('organisations:get', { id: 1 })).toEqual(passwordChangeRequired);
    // Public channels still answer.
    expect((await app.must('installation:status', {})).session?.mustChangePassword).toBe(true);

    const changed = await app.must('auth:changePassword', {
      currentPassword: temporaryPassword,
      newPassword: 'karins-eget-lösen',
    });
    expect(changed.mustChangePassword).toBe(false);
    expect(await app.must('organisations:list', { query: '' })).toEqual([]);

    await app.must('auth:lock', {});
    expect(
      (await app.must('auth:unlock', { username: 'karin', password: 'karins-eget-lösen' }))
        .mustChangePassword,
    ).toBe(false);
    const stale = await app.call('auth:unlock', { username: 'karin', password: temporaryPassword });
    expect(stale.ok === false && stale.error.code).toBe('auth.wrongCredentials');
  });

  test('a user with a temporary password may still lock the app', async () => {
    await app.must('users:create', {
      username: 'karin',
      displayName: 'Karin Åberg',
      role: 'caseworker',
      temporaryPassword,
    });
    await signIn(app, 'karin', temporaryPassword);
    expect(await app.call('auth:lock', {})).toEqual({ ok: true, value: null });
    expect(app.installation.state).toBe('locked');
  });

  test('an admin resets a password: the old one stops working and the user must change the new one', async () => {
    const user = await app.must('users:create', {
      username: 'karin',
      displayName: 'Karin Åberg',
      role: 'caseworker',
      temporaryPassword,
    });
    await signIn(app, 'karin', temporaryPassword);
    await app.must('auth:changePassword', {
      currentPassword: temporaryPassword,
      newPassword: 'karins-glömda-lösen',
    });
    await signInAsAdmin(app);

    const before = await lastAuditId(app);
    const reset = await app.must('users:resetPassword', {
      userId: user.id,
      temporaryPassword: 'nytt-tillfälligt-1',
    });
    expect(reset).toMatchObject({ id: user.id, mustChangePassword: true, disabled: false });
    expect(await auditSince(app, before)).toEqual([
      {
        userId: 1,
        role: 'admin',
        channel: 'users:resetPassword',
        entityType: 'user',
        entityId: String(user.id),
        outcome: 'ok',
      },
    ]);

    await app.must('auth:lock', {});
    const old = await app.call('auth:unlock', { username: 'karin', password: 'karins-glömda-lösen' });
    expect(old.ok === false && old.error.code).toBe('auth.wrongCredentials');
    expect(
      (await app.must('auth:unlock', { username: 'karin', password: 'nytt-tillfälligt-1' }))
        .mustChangePassword,
    ).toBe(true);
  });

  test('resetting an unknown user is notFound and a taken user name is refused', async () => {
    expect(await app.call('users:resetPassword', { userId: 99, temporaryPassword })).toEqual({
      ok: false,
      error: { code: 'notFound', message: 'Uppgiften finns inte (den kan ha tagits bort).' },
    });
    expect(
      await app.call('users:create', {
        username: 'admin',
        displayName: 'Annan Admin',
        role: 'admin',
        temporaryPassword,
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'users.usernameTaken',
        message: 'Användarnamnet används redan.',
        fields: { username: 'users.usernameTaken' },
      },
    });
    expect(await app.must('auth:users', {})).toEqual([{ username: 'admin', displayName: 'Ada Admin' }]);
    expect((await app.call('auth:unlock', { username: 'admin', password: adminPassword })).ok).toBe(true);
  });
});
