// Passwords are key slots: each wraps the master key with one user's
// password. Setting one rewraps only that user's slot; the keyring file is
// written when the transaction that changed the user commits.
import type { Session } from '../../shared/ipc/installation';
import { AppFailure } from '../base/app-error';
import type { WriteDb } from '../db/handles';
import { findPasswordSlot, makePasswordSlot, openPasswordSlot, withPasswordSlot, withoutPasswordSlot } from '../keyring/slots';
import { secretCopy } from '../keyring/secret-buffer';
import { getUserRow, updateUserFlags } from '../users/user-repository';
import { recordFailure, throwIfThrottled, type InstallationParts } from './parts';

/**
 * Gives a user a (new) password slot; with `mustChange` the user must pick
 * their own password at next sign-in.
 */
export async function setPassword(
  parts: InstallationParts,
  db: WriteDb,
  userId: number,
  password: string,
  options: { mustChange: boolean },
): Promise<void> {
  const liveKey = parts.session.requireMasterKey();
  // Our own copy: a lock during the slow key derivation zeroes the live key.
  const masterKey = secretCopy(liveKey);
  try {
    await writePasswordSlot(parts, db, userId, password, options, masterKey);
    if (parts.session.key !== liveKey) throw new AppFailure('locked');
  } finally {
    masterKey.fill(0);
  }
}

async function writePasswordSlot(
  parts: InstallationParts,
  db: WriteDb,
  userId: number,
  password: string,
  options: { mustChange: boolean },
  masterKey: Buffer,
): Promise<void> {
  const keyring = parts.slots.require();
  const user = await getUserRow(db, userId);
  if (!user) throw new AppFailure('notFound');
  const slot = await makePasswordSlot(
    keyring.installationId,
    masterKey,
    { userId: user.id, username: user.username, displayName: user.display_name },
    password,
    parts.kdfCost,
  );
  // Locked while the key was derived: write nothing (the transaction is gone too).
  if (!parts.session.key) throw new AppFailure('locked');
  await updateUserFlags(db, userId, { mustChangePassword: options.mustChange, at: parts.clock.now().toISOString() });
  parts.slots.change(() => {
    parts.slots.save(withPasswordSlot(parts.slots.require(), slot));
    parts.session.update(userId, { mustChangePassword: options.mustChange });
  });
}

export async function changePassword(
  parts: InstallationParts,
  db: WriteDb,
  currentPassword: string,
  newPassword: string,
): Promise<Session> {
  const session = parts.session.requireSession();
  const keyring = parts.slots.require();
  // Someone at an unattended, unlocked session must not get free guesses.
  throwIfThrottled(parts, session.username);
  const slot = findPasswordSlot(keyring, session.username);
  const opened = slot ? await openPasswordSlot(keyring, slot, currentPassword) : null;
  if (!opened) {
    recordFailure(parts, session.username);
    throw new AppFailure('validation', { fields: { currentPassword: 'auth.wrongCredentials' } });
  }
  opened.fill(0);
  if (currentPassword === newPassword)
    throw new AppFailure('auth.samePassword', { fields: { newPassword: 'auth.samePassword' } });
  await setPassword(parts, db, session.userId, newPassword, { mustChange: false });
  // The session itself is updated when the transaction commits.
  return { ...parts.session.requireSession(), mustChangePassword: false };
}

/** Removes a user's slot: a disabled user can no longer unwrap the master key. */
export function removePasswordSlot(parts: InstallationParts, userId: number): void {
  parts.slots.change(() => parts.slots.save(withoutPasswordSlot(parts.slots.require(), userId)));
}
