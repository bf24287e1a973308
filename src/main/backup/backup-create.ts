// Creating a backup in one pass: pin the live database in a read transaction,
// then stream manifest, keyring, database key, the database file's own
// (encrypted) pages and a seal as a tar through age into the target folder.
// No snapshot file is written and no table is hashed: the database is hashed
// as it streams, and the seal carries that hash with the other entries' and a
// MAC keyed from the master key (see backup-origin.ts).
import { createHash, randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupKind } from '../../shared/ipc/backup';
import type { Clock } from '../base/clock';
import { AppFailure } from '../base/app-error';
import type { Keyring } from '../keyring/keyring-file';
import type { AgeTarget } from './age/age-file';
import { encryptAge } from './age/age-file';
import { appVersion } from './app-version';
import { keyFingerprint, makeSeal } from './backup-origin';
import { backupFileName } from './backup-names';
import { databaseKeyFile } from './database-key-file';
import { pinDatabasePages } from './database-pages';
import type { ProgressReporter } from './progress';
import { BackgroundHash } from './background-hash';
import { backupFormat, backupFormatVersion, entryNames, type ManifestV2, type Seal, type SealEntry } from './manifest';
import { metered, writeFileDurably } from './stream-io';
import { blockSize, writeTar, type TarEntry } from './tar/tar-writer';

export interface BackupSource {
  dataDir: string;
  databaseFile: string;
  /** A copy the caller owns; zeroed by the caller after the backup. */
  masterKey: Buffer;
  keyring: Keyring;
}

export interface CreateBackupOptions {
  kind: BackupKind;
  folder: string;
  target: AgeTarget;
  clock: Clock;
  signal?: AbortSignal;
  progress?: ProgressReporter;
  /** Tests only: pretend to be another app version. */
  appVersionOverride?: string;
}

export interface CreatedBackup {
  path: string;
  fileName: string;
  sizeBytes: number;
  manifest: ManifestV2;
}

async function requireWritableFolder(folder: string): Promise<void> {
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
    await access(folder, constants.W_OK);
  } catch {
    throw new AppFailure('backup.folderUnavailable');
  }
}

const padded = (size: number) => Math.ceil(size / blockSize) * blockSize;

function sealEntry(name: string, data: Buffer): SealEntry {
  return { name, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Hashes what passes through (on the hash worker), for the seal. */
async function* hashed(source: AsyncIterable<Buffer>, hash: BackgroundHash): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    await hash.update(chunk);
    yield chunk;
  }
}

/** The seal as text; its length depends only on the entries' names and sizes (hashes and MAC are fixed-width hex). */
const sealText = (seal: Seal) => `${JSON.stringify(seal, null, 2)}\n`;

export async function createBackup(source: BackupSource, options: CreateBackupOptions): Promise<CreatedBackup> {
  await requireWritableFolder(options.folder);
  options.progress?.('snapshot', 0, 0);
  const pages = await pinDatabasePages(source.databaseFile, source.masterKey, options.signal);
  const databaseHash = new BackgroundHash();
  // The database key file: bytes only, zeroed once the archive is written.
  let keyFile: Buffer | null = null;
  try {
    const createdAt = options.clock.now();
    const manifest: ManifestV2 = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      backupId: randomUUID(),
      kind: options.kind,
      appVersion: options.appVersionOverride ?? appVersion,
      schemaVersion: pages.migrations.at(-1) ?? '',
      migrations: pages.migrations,
      createdAt: createdAt.toISOString(),
      installationId: source.keyring.installationId,
      keyFingerprint: keyFingerprint(source.masterKey),
      database: { sizeBytes: pages.sizeBytes, pageSize: pages.pageSize, cipher: 'sqlcipher4-raw-key' },
      tables: pages.tables,
      auditHead: pages.auditHead,
    };
    keyFile = databaseKeyFile(source.masterKey);
    const small = [
      { name: entryNames.manifest, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
      { name: entryNames.keyring, data: Buffer.from(`${JSON.stringify(source.keyring, null, 2)}\n`, 'utf8') },
      { name: entryNames.databaseKey, data: keyFile },
    ];
    const masterKey = source.masterKey;
    const smallSealed = small.map((e) => sealEntry(e.name, e.data));
    const placeholder = [...smallSealed, { name: entryNames.database, size: pages.sizeBytes, sha256: '0'.repeat(64) }];
    const sealSize = Buffer.byteLength(sealText(makeSeal(masterKey, placeholder)), 'utf8');
    async function* sealData(): AsyncGenerator<Buffer> {
      // Asked for only once the database has streamed through: the read transaction can end first.
      pages.close();
      const sealed = [...smallSealed, { name: entryNames.database, size: pages.sizeBytes, sha256: await databaseHash.digest() }];
      yield Buffer.from(sealText(makeSeal(masterKey, sealed)), 'utf8');
    }
    const entries: TarEntry[] = [
      ...small.map((e) => ({ name: e.name, size: e.data.length, mtime: createdAt, data: e.data })),
      { name: entryNames.database, size: pages.sizeBytes, mtime: createdAt, data: hashed(pages.chunks(options.signal), databaseHash) },
      { name: entryNames.seal, size: sealSize, mtime: createdAt, data: sealData() },
    ];
    const tarSize = entries.reduce((sum, e) => sum + blockSize + padded(e.size), 0) + 2 * blockSize;
    const fileName = backupFileName(options.folder, options.kind, createdAt);
    const path = join(options.folder, fileName);
    options.progress?.('writing', 0, tarSize);
    const tar = metered(writeTar(entries), (done) => options.progress?.('writing', Math.min(done, tarSize), tarSize), options.signal);
    let sizeBytes: number;
    try {
      sizeBytes = await writeFileDurably(path, encryptAge(tar, options.target), options.signal);
    } catch (error) {
      if (options.signal?.aborted || (error as NodeJS.ErrnoException).code === undefined) throw error;
      throw new AppFailure('backup.writeFailed');
    } finally {
      for (const e of small) if (e.name === entryNames.databaseKey) e.data.fill(0);
    }
    return { path, fileName, sizeBytes, manifest };
  } finally {
    keyFile?.fill(0);
    databaseHash.dispose();
    pages.close();
  }
}
