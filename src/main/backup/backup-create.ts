// Creating a backup: snapshot the live database (encrypted, in a private work
// folder), hash its tables into the manifest, and stream manifest, keyring,
// database key and snapshot as a tar through age into the target folder.
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import type { BackupKind } from '../../shared/ipc/backup';
import type { Clock } from '../base/clock';
import { applyKey } from '../db/open-database';
import { AppFailure } from '../base/app-error';
import type { Keyring } from '../keyring/keyring-file';
import type { AgeTarget } from './age/age-file';
import { encryptAge } from './age/age-file';
import { appVersion } from './app-version';
import { backupFileName } from './backup-names';
import { databaseKeyFile } from './database-key-file';
import { snapshotDatabase } from './database-worker';
import type { ProgressReporter } from './progress';
import { backupFormat, backupFormatVersion, entryNames, type Manifest } from './manifest';
import { metered, readFileChunks, writeFileDurably } from './stream-io';
import { digestTables } from './table-digest';
import { blockSize, writeTar, type TarEntry } from './tar/tar-writer';
import { createWorkDir } from './work-dir';

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
  manifest: Manifest;
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

/** Reads the snapshot's own migration list and table digests. */
async function describeSnapshot(file: string, key: Buffer, options: CreateBackupOptions) {
  const raw = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(raw, key);
    raw.pragma('temp_store = MEMORY');
    const migrations = (raw.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    const tables = await digestTables(raw, {
      signal: options.signal,
      onProgress: (done, total) => options.progress?.('hashing', done, total),
    });
    return { migrations, tables };
  } finally {
    raw.close();
  }
}

export async function createBackup(source: BackupSource, options: CreateBackupOptions): Promise<CreatedBackup> {
  await requireWritableFolder(options.folder);
  const work = createWorkDir(source.dataDir, 'backup');
  // The database key file: bytes only, zeroed once the archive is written.
  let keyFile: Buffer | null = null;
  try {
    const snapshot = join(work.path, entryNames.database);
    options.progress?.('snapshot', 0, 0);
    await snapshotDatabase(source.databaseFile, snapshot, source.masterKey, {
      signal: options.signal,
      onProgress: (done, total) => options.progress?.('snapshot', done, total),
    });
    const { migrations, tables } = await describeSnapshot(snapshot, source.masterKey, options);
    const createdAt = options.clock.now();
    const databaseSize = (await stat(snapshot)).size;
    const manifest: Manifest = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      backupId: randomUUID(),
      kind: options.kind,
      appVersion: options.appVersionOverride ?? appVersion,
      schemaVersion: migrations.at(-1) ?? '',
      migrations,
      createdAt: createdAt.toISOString(),
      installationId: source.keyring.installationId,
      database: { sizeBytes: databaseSize, cipher: 'sqlcipher4-raw-key' },
      tables,
    };
    keyFile = databaseKeyFile(source.masterKey);
    const entries: TarEntry[] = [
      textEntry(entryNames.manifest, `${JSON.stringify(manifest, null, 2)}\n`, createdAt),
      textEntry(entryNames.keyring, `${JSON.stringify(source.keyring, null, 2)}\n`, createdAt),
      { name: entryNames.databaseKey, size: keyFile.length, mtime: createdAt, data: keyFile },
      { name: entryNames.database, size: databaseSize, mtime: createdAt, data: readFileChunks(snapshot) },
    ];
    const tarSize = entries.reduce((sum, e) => sum + blockSize + padded(e.size), 0) + 2 * blockSize;
    const fileName = backupFileName(options.folder, options.kind, createdAt);
    const path = join(options.folder, fileName);
    options.progress?.('writing', 0, tarSize);
    const tar = metered(writeTar(entries), (done) => options.progress?.('writing', done, tarSize), options.signal);
    let sizeBytes: number;
    try {
      sizeBytes = await writeFileDurably(path, encryptAge(tar, options.target), options.signal);
    } catch (error) {
      if (options.signal?.aborted || (error as NodeJS.ErrnoException).code === undefined) throw error;
      throw new AppFailure('backup.writeFailed');
    }
    return { path, fileName, sizeBytes, manifest };
  } finally {
    keyFile?.fill(0);
    work.dispose();
  }
}

function textEntry(name: string, text: string, mtime: Date): TarEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, size: data.length, mtime, data };
}
