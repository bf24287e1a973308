import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { testKdf } from './kdf';
import type { Keyring } from './keyring-file';
import {
  findPasswordSlot,
  makePasswordSlot,
  makeRecoverySlot,
  openPasswordSlot,
  openRecoverySlot,
  withPasswordSlot,
  withoutPasswordSlot,
} from './slots';

const installationId = '3f0c6f6e-5b7a-4a55-9a3e-0d3b8d1f2a11';
const ada = { userId: 1, username: 'ada', displayName: 'Ada Admin' };
const karin = { userId: 2, username: 'karin', displayName: 'Karin Handläggare' };
const recoveryKey = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789ABCDEFGH';

async function keyringWith(masterKey: Buffer): Promise<Keyring> {
  return {
    format: 'iop-desk-keyring',
    version: 1,
    installationId,
    organisationName: 'Testkommunen',
    createdAt: '2026-03-02T09:00:00.000Z',
    slots: [
      await makePasswordSlot(installationId, masterKey, ada, 'ada-lösenord-123', testKdf),
      await makePasswordSlot(installationId, masterKey, karin, 'karin-lösenord-456', testKdf),
      await makeRecoverySlot(installationId, masterKey, recoveryKey, testKdf),
    ],
  };
}

describe('key slots', () => {
  test("each user's password opens their own slot and gives the master key", async () => {
    const masterKey = randomBytes(32);
    const keyring = await keyringWith(masterKey);
    const adaSlot = findPasswordSlot(keyring, 'ada');
    const karinSlot = findPasswordSlot(keyring, 'karin');
    expect(adaSlot).toMatchObject({ kind: 'password', userId: 1, username: 'ada', displayName: 'Ada Admin' });
    expect((await openPasswordSlot(keyring, adaSlot!, 'ada-lösenord-123'))?.equals(masterKey)).toBe(true);
    expect((await openPasswordSlot(keyring, karinSlot!, 'karin-lösenord-456'))?.equals(masterKey)).toBe(true);
    expect(findPasswordSlot(keyring, 'okänd')).toBeUndefined();
  });

  test('a wrong password returns null', async () => {
    const keyring = await keyringWith(randomBytes(32));
    expect(await openPasswordSlot(keyring, findPasswordSlot(keyring, 'ada')!, 'ada-lösenord-124')).toBeNull();
    // Another user's password does not open Ada's slot either.
    expect(
      await openPasswordSlot(keyring, findPasswordSlot(keyring, 'ada')!, 'karin-lösenord-456'),
    ).toBeNull();
  });

  test('a slot moved to another user id fails to open, even with the right password', async () => {
    const keyring = await keyringWith(randomBytes(32));
    const adaSlot = findPasswordSlot(keyring, 'ada')!;
    // Karin copies Ada's slot (wrapped with Ada's password) over her own user id.
    const moved = { ...adaSlot, userId: 2, username: 'karin', displayName: 'Karin Handläggare' };
    expect(await openPasswordSlot(keyring, moved, 'ada-lösenord-123')).toBeNull();
  });

  test('a slot copied into another installation fails to open', async () => {
    const keyring = await keyringWith(randomBytes(32));
    const other = { ...keyring, installationId: '00000000-0000-4000-8000-000000000000' };
    expect(await openPasswordSlot(other, findPasswordSlot(other, 'ada')!, 'ada-lösenord-123')).toBeNull();
    expect(await openRecoverySlot(other, recoveryKey)).toBeNull();
  });

  test('the recovery key opens the recovery slot; another key does not', async () => {
    const masterKey = randomBytes(32);
    const keyring = await keyringWith(masterKey);
    expect((await openRecoverySlot(keyring, recoveryKey))?.equals(masterKey)).toBe(true);
    expect(await openRecoverySlot(keyring, recoveryKey.replace('A', 'B'))).toBeNull();
    expect(
      await openRecoverySlot(
        { ...keyring, slots: keyring.slots.filter((s) => s.kind !== 'recovery') },
        recoveryKey,
      ),
    ).toBeNull();
  });

  test('replacing a password slot leaves every other slot as it was', async () => {
    const masterKey = randomBytes(32);
    const keyring = await keyringWith(masterKey);
    const newSlot = await makePasswordSlot(installationId, masterKey, karin, 'karins-nya-lösenord', testKdf);
    const updated = withPasswordSlot(keyring, newSlot);
    expect(updated.slots).toHaveLength(3);
    expect(updated.slots.filter((s) => s !== newSlot)).toEqual(
      keyring.slots.filter((s) => s.kind !== 'password' || s.userId !== 2),
    );
    expect(
      await openPasswordSlot(updated, findPasswordSlot(updated, 'karin')!, 'karin-lösenord-456'),
    ).toBeNull();
    expect(
      (await openPasswordSlot(updated, findPasswordSlot(updated, 'karin')!, 'karins-nya-lösenord'))?.equals(
        masterKey,
      ),
    ).toBe(true);
    // The input keyring is not mutated.
    expect(keyring.slots[1]).not.toBe(newSlot);
  });

  test('adding a slot for a new user and removing one', async () => {
    const masterKey = randomBytes(32);
    const keyring = await keyringWith(masterKey);
    const olle = await makePasswordSlot(
      installationId,
      masterKey,
      { userId: 3, username: 'olle', displayName: 'Olle' },
      'olles-lösenord-1',
      testKdf,
    );
    expect(withPasswordSlot(keyring, olle).slots).toHaveLength(4);
    const without = withoutPasswordSlot(keyring, 2);
    expect(without.slots.map((s) => (s.kind === 'password' ? s.username : s.kind))).toEqual([
      'ada',
      'recovery',
    ]);
    expect(withoutPasswordSlot(keyring, 99).slots).toEqual(keyring.slots);
  });
});
