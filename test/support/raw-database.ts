// Direct access to a test installation's files, the way an attacker or a
// forensic tool would have it: the master key unwrapped from a key slot and a
// raw SQLCipher connection that bypasses the app.
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { dataPaths } from '../../src/main/base/data-paths';
import { readKeyring } from '../../src/main/keyring/keyring-file';
import { findPasswordSlot, openPasswordSlot } from '../../src/main/keyring/slots';
import { adminPassword } from './temp-app';

export type RawConnection = InstanceType<typeof SqliteDatabase>;

/** Unwraps the master key from a user's password slot. */
export async function masterKeyOf(
  dataDir: string,
  username = 'admin',
  password = adminPassword,
): Promise<Buffer> {
  const keyring = readKeyring(dataPaths(dataDir).keyring);
  if (!keyring) throw new Error('no keyring');
  const slot = findPasswordSlot(keyring, username);
  if (!slot) throw new Error(`no slot for ${username}`);
  const key = await openPasswordSlot(keyring, slot, password);
  if (!key) throw new Error('wrong password for the slot');
  return key;
}

/** Opens the database with SQLCipher 4 settings and the raw key, set here independently of the app's code. */
export function openRawConnection(file: string, masterKey: Buffer): RawConnection {
  const raw = new SqliteDatabase(file, { fileMustExist: true });
  raw.pragma(`cipher='sqlcipher'`);
  raw.pragma('legacy=4');
  raw.pragma(`key="x'${masterKey.toString('hex')}'"`);
  return raw;
}

export async function openInstallationDatabase(dataDir: string): Promise<RawConnection> {
  return openRawConnection(dataPaths(dataDir).database, await masterKeyOf(dataDir));
}
