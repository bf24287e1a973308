import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readKeyring } from '../keyring/keyring-file';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { addUser, adminSession, signIn, signInAsAdmin, validationRefusal } from '../../../test/support/users';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const newPassword = 'ett-helt-nytt-lösenord';

/** Every slot except the admin's password slot, as stored bytes of JSON. */
function otherSlots(): string[] {
  const keyring = readKeyring(app.installation.paths.keyring)!;
  return keyring.slots
    .filter((s) => !(s.kind === 'password' && s.username === 'admin'))
    .map((s) => JSON.stringify(s));
}

describe('change password', () => {
  test("the new password works, the old one no longer does, and only that user's slot changed", async () => {
    await addUser(app, 'caseworker', 'karin');
    await addUser(app, 'viewer', 'vera');
    const keyringBefore = readKeyring(app.installation.paths.keyring)!;
    const othersBefore = otherSlots();
    expect(othersBefore).toHaveLength(3); // karin, vera, recovery

    const session = await app.must('auth:changePassword', { currentPassword: adminPassword, newPassword });
    expect(session).toEqual(adminSession);

    expect(otherSlots()).toEqual(othersBefore);
    const keyringAfter = readKeyring(app.installation.paths.keyring)!;
    const adminSlot = (k: typeof keyringAfter) =>
      k.slots.find((s) => s.kind === 'password' && s.username === 'admin');
    expect(adminSlot(keyringAfter)?.kdf.salt).not.toBe(adminSlot(keyringBefore)?.kdf.salt);
    expect(adminSlot(keyringAfter)?.wrapped).not.toEqual(adminSlot(keyringBefore)?.wrapped);
    expect({ ...keyringAfter, slots: [] }).toEqual({ ...keyringBefore, slots: [] });

    await app.must('auth:lock', {});
    const old = await app.call('auth:unlock', { username: 'admin', password: adminPassword });
    expect(old.ok === false && old.error.code).toBe('auth.wrongCredentials');
    expect((await app.must('auth:unlock', { username: 'admin', password: newPassword })).userId).toBe(1);
    // The others still sign in with their own passwords.
    expect((await signIn(app, 'karin', 'karin-eget-lösenord-2026')).username).toBe('karin');
  });

  test('the same password again is refused', async () => {
    const keyringBefore = readFileSync(app.installation.paths.keyring);
    expect(
      await app.call('auth:changePassword', { currentPassword: adminPassword, newPassword: adminPassword }),
    ).toEqual({
      ok: false,
      error: {
        code: 'auth.samePassword',
        message: 'Det nya lösenordet måste skilja sig från det gamla.',
        fields: { newPassword: 'auth.samePassword' },
      },
    });
    expect(readFileSync(app.installation.paths.keyring).equals(keyringBefore)).toBe(true);
  });

  test('a wrong current password is refused on that field and changes nothing', async () => {
    const keyringBefore = readFileSync(app.installation.paths.keyring);
    expect(
      await app.call('auth:changePassword', { currentPassword: 'inte-mitt-lösenord', newPassword }),
    ).toEqual(validationRefusal({ currentPassword: 'auth.wrongCredentials' }));
    expect(readFileSync(app.installation.paths.keyring).equals(keyringBefore)).toBe(true);
    await signInAsAdmin(app);
  });

  test('a new password shorter than 12 characters is refused', async () => {
    expect(
      await app.call('auth:changePassword', { currentPassword: adminPassword, newPassword: '12345678901' }),
    ).toEqual(validationRefusal({ newPassword: 'password.tooShort' }));
    // Exactly 12 characters is enough; characters, not bytes, are counted.
    expect(
      (await app.call('auth:changePassword', { currentPassword: adminPassword, newPassword: 'åäöåäöåäöåäö' }))
        .ok,
    ).toBe(true);
  });

  test('needs a session', async () => {
    await app.must('auth:lock', {});
    const result = await app.call('auth:changePassword', { currentPassword: adminPassword, newPassword });
    expect(result.ok === false && result.error.code).toBe('locked');
  });
});
