// Byte search for erased data: everything on disk that could still hold it
// (the database file and its write-ahead log, decrypted page by page), and
// the database inside a backup taken afterwards (decrypted from its age file
// and then page by page). Each search looks for the UTF-8 bytes of the needles.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataPaths } from '../../src/main/base/data-paths';
import { decryptAge } from '../../src/main/backup/age/age-file';
import { entryNames } from '../../src/main/backup/manifest';
import { readTar } from '../../src/main/backup/tar/tar-reader';
import { createPassphraseBackup, passphrase } from './backup/support';
import { decryptedDatabase, decryptedWal } from './reports/decrypted-pages';
import type { TempApp } from './temp-app';

/** The decrypted database file and log of the app. */
export function diskBytes(app: TempApp, key: Buffer): Buffer {
  const paths = dataPaths(app.dataDir);
  return Buffer.concat([decryptedDatabase(paths.database, key), decryptedWal(`${paths.database}-wal`, key)]);
}

/** Takes a passphrase backup now and returns its database, decrypted page by page. */
export async function backupBytes(app: TempApp, key: Buffer): Promise<Buffer> {
  const file = await createPassphraseBackup(app);
  const dir = mkdtempSync(join(tmpdir(), 'iop-desk-erased-'));
  try {
    for await (const entry of readTar(
      await decryptAge(createReadStream(file), { kind: 'passphrase', passphrase }),
    )) {
      const parts: Buffer[] = [];
      for await (const p of entry.body) parts.push(p);
      if (entry.name !== entryNames.database) continue;
      const copy = join(dir, 'copy.db');
      writeFileSync(copy, Buffer.concat(parts));
      return decryptedDatabase(copy, key);
    }
    throw new Error('no database in the backup');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The needles found in the bytes (none expected after an erasure). */
export const foundIn = (bytes: Buffer, needles: readonly string[]) =>
  needles.filter((n) => bytes.includes(Buffer.from(n, 'utf8')));
