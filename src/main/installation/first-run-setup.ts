// First run: a new master key, the database with its first admin and the
// organisation's name, and a keyring with the admin's password slot and the
// recovery slot. Writing the keyring is the commit point of the installation.
import { randomUUID } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import type { Session } from '../../shared/ipc/installation';
import { AppFailure } from '../base/app-error';
import { migrateToLatest } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import type { Keyring } from '../keyring/keyring-file';
import { formatRecoveryKey, generateRecoveryKey } from '../keyring/recovery-key';
import { randomSecret } from '../keyring/secret-buffer';
import { makePasswordSlot, makeRecoverySlot } from '../keyring/slots';
import { insertSettings } from '../settings/settings-repository';
import { insertUser } from '../users/user-repository';
import type { InstallationParts } from './parts';
import { defaultIdleLockMinutes } from './session';

export interface SetupInput {
  organisationName: string;
  admin: { username: string; displayName: string; password: string };
}

export async function setUp(
  parts: InstallationParts,
  input: SetupInput,
): Promise<{ recoveryKey: string; session: Session }> {
  parts.gate.throwIfRestoring();
  if (parts.slots.keyring) throw new AppFailure('installation.exists');
  setAsideOrphanedDatabase(parts);

  const masterKey = randomSecret(32);
  const installationId = randomUUID();
  const now = parts.clock.now().toISOString();
  const opened = openDatabase(parts.paths.database, masterKey);
  try {
    await migrateToLatest(opened.db);
    const userId = await insertUser(opened.db, {
      username: input.admin.username,
      displayName: input.admin.displayName,
      role: 'admin',
      mustChangePassword: false,
      at: now,
    });
    await insertSettings(opened.db, {
      organisationName: input.organisationName,
      idleLockMinutes: defaultIdleLockMinutes,
    });

    const recoveryKey = generateRecoveryKey();
    const keyring: Keyring = {
      format: 'iop-desk-keyring',
      version: 1,
      installationId,
      organisationName: input.organisationName,
      createdAt: now,
      slots: [
        await makePasswordSlot(
          installationId,
          masterKey,
          { userId, username: input.admin.username, displayName: input.admin.displayName },
          input.admin.password,
          parts.kdfCost,
        ),
        await makeRecoverySlot(installationId, masterKey, recoveryKey, parts.kdfCost),
      ],
    };
    parts.slots.save(keyring);
    parts.session.idleLockMinutes = defaultIdleLockMinutes;
    const session = await parts.session.begin(opened, masterKey, {
      userId,
      username: input.admin.username,
      displayName: input.admin.displayName,
      role: 'admin',
      mustChangePassword: false,
    });
    return { recoveryKey: formatRecoveryKey(recoveryKey), session };
  } catch (error) {
    if (!parts.session.holds(opened)) {
      await opened.close();
      masterKey.fill(0);
    }
    throw error;
  }
}

/**
 * A database without a keyring: a setup that crashed half-way, or a keyring
 * that went missing. Set it aside rather than delete it: with the keyring
 * back from a file backup it could still be opened.
 */
function setAsideOrphanedDatabase(parts: InstallationParts): void {
  const stamp = parts.clock.now().toISOString().replace(/[:.]/g, '-');
  for (const suffix of ['', '-wal', '-shm']) {
    const file = `${parts.paths.database}${suffix}`;
    if (existsSync(file)) renameSync(file, `${parts.paths.database}.orphaned-${stamp}${suffix}`);
  }
}
