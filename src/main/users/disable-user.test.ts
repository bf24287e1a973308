import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ServiceContext } from '../context/service-context';
import { setDisabled } from './users-service';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { addUser, signIn, signInAsAdmin } from '../../../test/support/users';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

describe('disabling users', () => {
  test("removes the user's key slot: they leave the lock screen and cannot unlock", async () => {
    const karin = await addUser(app, 'caseworker', 'karin');
    const disabled = await app.must('users:setDisabled', { userId: karin.id, disabled: true });
    expect(disabled).toMatchObject({ id: karin.id, disabled: true });
    const keyring = JSON.parse(readFileSync(app.installation.paths.keyring, 'utf8')) as {
      slots: { kind: string; userId?: number }[];
    };
    expect(keyring.slots.map((s) => (s.kind === 'password' ? s.userId : s.kind))).toEqual([1, 'recovery']);

    await app.must('auth:lock', {});
    expect(await app.must('auth:users', {})).toEqual([{ username: 'admin', displayName: 'Ada Admin' }]);
    const attempt = await app.call('auth:unlock', { username: 'karin', password: karin.password });
    expect(attempt.ok === false && attempt.error.code).toBe('auth.wrongCredentials');
  });

  test('enabling again needs a password reset, which gives a new slot', async () => {
    const karin = await addUser(app, 'caseworker', 'karin');
    await app.must('users:setDisabled', { userId: karin.id, disabled: true });
    expect(await app.must('users:setDisabled', { userId: karin.id, disabled: false })).toMatchObject({
      disabled: false,
    });
    expect((await app.must('auth:users', {})).map((u) => u.username)).toEqual(['admin']);
    await app.must('users:resetPassword', { userId: karin.id, temporaryPassword: 'välkommen-tillbaka' });
    expect((await signIn(app, 'karin', 'välkommen-tillbaka')).mustChangePassword).toBe(true);
  });

  test('an admin cannot disable their own account', async () => {
    const keyringBefore = readFileSync(app.installation.paths.keyring);
    expect(await app.call('users:setDisabled', { userId: 1, disabled: true })).toEqual({
      ok: false,
      error: { code: 'users.cannotDisableSelf', message: 'Du kan inte stänga av ditt eget konto.' },
    });
    expect(readFileSync(app.installation.paths.keyring).equals(keyringBefore)).toBe(true);
    expect((await app.must('users:list', {}))[0]).toMatchObject({ id: 1, disabled: false });
  });

  test('another admin can be disabled while one active admin remains', async () => {
    const second = await addUser(app, 'admin', 'bodil');
    expect(await app.must('users:setDisabled', { userId: second.id, disabled: true })).toMatchObject({
      disabled: true,
    });
    // Disabling an account that is already disabled is harmless.
    expect(await app.must('users:setDisabled', { userId: second.id, disabled: true })).toMatchObject({
      disabled: true,
    });
  });

  test('the last active admin cannot be disabled', async () => {
    // Through the router an admin always has themself left, so this is the
    // service's own guard, called the way the router would for an admin whose
    // account was disabled while they were still signed in.
    const second = await addUser(app, 'admin', 'bodil');
    await app.must('users:setDisabled', { userId: second.id, disabled: true });
    const before = readFileSync(app.installation.paths.keyring);
    const ctx: ServiceContext = {
      db: app.installation.db,
      clock: app.clock,
      user: { id: second.id, role: 'admin' },
    };
    await expect(setDisabled(ctx, app.installation, { userId: 1, disabled: true })).rejects.toMatchObject({
      code: 'users.lastAdmin',
    });
    expect(readFileSync(app.installation.paths.keyring).equals(before)).toBe(true);
    expect((await app.must('users:list', {})).find((u) => u.id === 1)).toMatchObject({ disabled: false });
  });

  test('an unknown user id is notFound', async () => {
    expect(await app.call('users:setDisabled', { userId: 42, disabled: true })).toEqual({
      ok: false,
      error: { code: 'notFound', message: 'Uppgiften finns inte (den kan ha tagits bort).' },
    });
    await signInAsAdmin(app);
  });
});
