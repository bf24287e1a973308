// Sign-in: a password (or, for an admin, the recovery key) opens the master
// key, which opens the database. Failures count towards the back-off; an
// unknown user costs the same work, so timing does not reveal who exists.
import type { Session } from '../../shared/ipc/installation';
import { AppFailure } from '../base/app-error';
import { migrateToLatest } from '../db/migrate';
import { settleEffectSums } from '../effect-evaluation/group-sums-service';
import { openDatabase, type OpenedDatabase } from '../db/open-database';
import { deriveKey, newScryptParams } from '../keyring/kdf';
import { normaliseRecoveryKey } from '../keyring/recovery-key';
import { findPasswordSlot, openPasswordSlot, openRecoverySlot } from '../keyring/slots';
import { deleteExpiredDrafts } from '../erasure/expired-drafts';
import { readSettings } from '../settings/settings-repository';
import { findUserRowByUsername } from '../users/user-repository';
import { checkChainAtUnlock } from './chain-check';
import { flushLockedAudit } from './locked-audit-queue';
import { recordFailure, throwIfThrottled, type InstallationParts } from './parts';
import { setPassword } from './passwords';

export async function unlock(parts: InstallationParts, username: string, password: string): Promise<Session> {
  parts.gate.throwIfRestoring();
  const keyring = parts.slots.require();
  throwIfThrottled(parts, username);
  const slot = findPasswordSlot(keyring, username);
  let masterKey: Buffer | null = null;
  if (slot) {
    masterKey = await openPasswordSlot(keyring, slot, password);
  } else {
    // Same work for an unknown user, so timing does not reveal who exists.
    (await deriveKey(password, newScryptParams(parts.kdfCost))).fill(0);
  }
  if (!masterKey) {
    recordFailure(parts, username);
    throw new AppFailure('auth.wrongCredentials');
  }
  return openAs(parts, masterKey, username);
}

/** An admin who forgot their password: the recovery key opens, and a new password is set. */
export async function recover(
  parts: InstallationParts,
  username: string,
  recoveryKeyInput: string,
  newPassword: string,
): Promise<Session> {
  parts.gate.throwIfRestoring();
  const keyring = parts.slots.require();
  throwIfThrottled(parts, username);
  const normalised = normaliseRecoveryKey(recoveryKeyInput);
  const masterKey = normalised ? await openRecoverySlot(keyring, normalised) : null;
  if (!masterKey) {
    recordFailure(parts, username);
    throw new AppFailure('auth.wrongRecoveryKey');
  }
  const session = await openAs(parts, masterKey, username, { adminOnly: true });
  await setPassword(parts, parts.session.db, session.userId, newPassword, { mustChange: false });
  return parts.session.session ?? session;
}

async function openAs(
  parts: InstallationParts,
  masterKey: Buffer,
  username: string,
  options: { adminOnly?: boolean } = {},
): Promise<Session> {
  let opened: OpenedDatabase | null = null;
  try {
    opened = openDatabase(parts.paths.database, masterKey, { mustExist: true });
    if (!parts.besideOthers) {
      // Groups a migration marked (0020: every group with answer sheets) get their effect sums now.
      if ((await migrateToLatest(opened.db)).length > 0) await opened.db.transaction().execute(settleEffectSums);
    }
    const user = await findUserRowByUsername(opened.db, username);
    if (!user || (options.adminOnly && user.role !== 'admin')) {
      recordFailure(parts, username);
      throw new AppFailure(options.adminOnly ? 'auth.wrongRecoveryKey' : 'auth.wrongCredentials');
    }
    if (user.disabled) throw new AppFailure('auth.userDisabled');
    // Before anything is written: a chain that lost its stored head gets an alarm, and unlock goes on.
    const { lockedSeq } = await checkChainAtUnlock(opened.db, parts.slots.require(), masterKey, parts.clock.now());
    const raw = opened.raw;
    // Beside the app, its queue and the stored head stay the app's own (the app keeps both).
    if (!parts.besideOthers) {
      await flushLockedAudit(opened.db, parts.paths.authState, {
        now: parts.clock.now(),
        knownUserIds: parts.slots.knownUserIds(),
        signedIn: username,
        lockedSeq,
        // The head takes the flushed queue before the queue file is cleared.
        committed: (lastSeq) => parts.head.start(raw, masterKey, lastSeq),
      });
    }
    // Form drafts older than 30 days are personal data kept for nothing (issue 11).
    if (!parts.besideOthers) await deleteExpiredDrafts(opened.db, parts.clock.now());
    const settings = await readSettings(opened.db);
    parts.session.idleLockMinutes = settings.idleLockMinutes;
    const session = await parts.session.begin(opened, masterKey, {
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role,
      mustChangePassword: user.must_change_password === 1,
    });
    // Too slow for the unlock budget at scale: the file's own check runs beside the session.
    void parts.integrity.start(masterKey);
    return session;
  } catch (error) {
    if (opened && !parts.session.holds(opened)) {
      parts.head.stop();
      await opened.close();
    }
    masterKey.fill(0);
    throw error;
  }
}
