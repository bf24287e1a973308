// Opening a backup: decrypt and unpack it as a stream into a private folder
// (the database stays SQLCipher-encrypted; the key is kept in memory only),
// then check it: the manifest's format and version, the database's own
// integrity_check, migrations and the content hash of every table. Nothing
// outside the given folder is touched.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import type { BackupSecret, ManifestSummary } from '../../shared/ipc/backup';
import { applyKey } from '../db/open-database';
import { migrations as knownMigrations } from '../db/migrations';
import { AppFailure } from '../base/app-error';
import { keyringSchema, type Keyring } from '../keyring/keyring-file';
import { AgeOpenError, decryptAge } from './age/age-file';
import { PayloadError } from './age/payload';
import { appVersion, compareVersions } from './app-version';
import { parseDatabaseKeyText } from './database-key-file';
import { checkIntegrity, DatabaseOpenError } from './database-worker';
import { backupFormat, backupFormatVersion, entryNames, manifestHead, manifestSchema, type Manifest } from './manifest';
import type { ProgressReporter } from './progress';
import { metered, readFileChunks, writeNewFile } from './stream-io';
import { digestTables } from './table-digest';
import { readTar, TarFormatError, type TarReadEntry } from './tar/tar-reader';

export interface OpenedBackup {
  manifest: Manifest;
  keyring: Keyring;
  /** The database's key, from database-key.txt; the caller zeroes it. */
  masterKey: Buffer;
  /** The unpacked database (SQLCipher-encrypted) in the work folder. */
  databaseFile: string;
}

export interface OpenBackupOptions {
  signal?: AbortSignal;
  progress?: ProgressReporter;
}

const maxTextEntry = 4 * 1024 * 1024;

async function readText(entry: TarReadEntry): Promise<string> {
  if (entry.size > maxTextEntry) throw new AppFailure('backup.tampered');
  const parts: Buffer[] = [];
  for await (const part of entry.body) parts.push(part);
  return Buffer.concat(parts).toString('utf8');
}

function checkNotNewer(head: { formatVersion: number; appVersion?: string | undefined }, migrations: string[] = []): void {
  const unknownMigration = migrations.some((m) => !Object.hasOwn(knownMigrations, m));
  const newerApp = head.appVersion !== undefined && compareVersions(head.appVersion, appVersion) > 0;
  if (head.formatVersion > backupFormatVersion || newerApp || unknownMigration) throw new AppFailure('backup.newerVersion');
}

function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppFailure('backup.notBackup');
  }
  const head = manifestHead.safeParse(json);
  if (!head.success || head.data.format !== backupFormat) throw new AppFailure('backup.notBackup');
  checkNotNewer(head.data);
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) throw new AppFailure('backup.tampered');
  checkNotNewer(head.data, manifest.data.migrations);
  return manifest.data;
}

/** Turns failures of the layers below into the user's error codes. */
function classify(error: unknown, sawManifest: boolean): unknown {
  if (error instanceof AgeOpenError) {
    return new AppFailure(error.reason === 'notAge' ? 'backup.notBackup' : error.reason === 'wrongSecret' ? 'backup.wrongSecret' : 'backup.tampered');
  }
  if (error instanceof PayloadError || error instanceof DatabaseOpenError) return new AppFailure('backup.tampered');
  if (error instanceof TarFormatError) return new AppFailure(sawManifest ? 'backup.tampered' : 'backup.notBackup');
  return error;
}

async function unpack(file: string, secret: BackupSecret, folder: string, options: OpenBackupOptions) {
  let fileSize: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    fileSize = info.size;
  } catch {
    throw new AppFailure('backup.fileUnavailable');
  }
  options.progress?.('preparing', 0, 0);
  const stream = readFileChunks(file);
  // Bytes pulled while the header is parsed and the key derived are read-ahead,
  // not progress: until then the job stays in 'preparing'.
  let keyReady = false;
  const input = metered(
    stream,
    (done) => {
      if (keyReady) options.progress?.('reading', done, fileSize);
    },
    options.signal,
  );
  let sawManifest = false;
  try {
    const plain = await decryptAge(input, secret);
    keyReady = true;
    options.progress?.('reading', 0, fileSize);
    const entries = readTar(plain);
    const expect = async (name: string): Promise<TarReadEntry> => {
      const next = await entries.next();
      if (next.done || next.value.name !== name) throw new AppFailure(sawManifest ? 'backup.tampered' : 'backup.notBackup');
      return next.value;
    };
    const manifest = parseManifest(await readText(await expect(entryNames.manifest)));
    sawManifest = true;
    const keyring = keyringSchema.safeParse(JSON.parse(await readText(await expect(entryNames.keyring))));
    if (!keyring.success || keyring.data.installationId !== manifest.installationId) throw new AppFailure('backup.tampered');
    const masterKey = parseDatabaseKeyText(await readText(await expect(entryNames.databaseKey)));
    if (!masterKey) throw new AppFailure('backup.tampered');
    try {
      const database = await expect(entryNames.database);
      if (database.size !== manifest.database.sizeBytes) throw new AppFailure('backup.tampered');
      const databaseFile = join(folder, entryNames.database);
      await writeNewFile(databaseFile, database.body, options.signal);
      // The archive must end here, and the last age chunk must authenticate.
      if (!(await entries.next()).done) throw new AppFailure('backup.tampered');
      return { manifest, keyring: keyring.data, masterKey, databaseFile };
    } catch (error) {
      masterKey.fill(0);
      throw error;
    }
  } catch (error) {
    if (error instanceof SyntaxError) throw new AppFailure('backup.tampered');
    throw classify(error, sawManifest);
  } finally {
    stream.destroy();
  }
}

/** Checks the unpacked database against the manifest. */
async function check(opened: OpenedBackup, options: OpenBackupOptions): Promise<void> {
  const { manifest, masterKey, databaseFile } = opened;
  options.progress?.('checking', 0, 0);
  try {
    const problems = await checkIntegrity(databaseFile, masterKey, options.signal);
    if (problems.length > 0) throw new AppFailure('backup.tampered');
  } catch (error) {
    throw classify(error, true);
  }
  const raw = new SqliteDatabase(databaseFile, { readonly: true, fileMustExist: true });
  try {
    applyKey(raw, masterKey);
    raw.pragma('temp_store = MEMORY');
    const migrations = (raw.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    checkNotNewer({ formatVersion: manifest.formatVersion }, migrations);
    if (JSON.stringify(migrations) !== JSON.stringify(manifest.migrations)) throw new AppFailure('backup.tampered');
    const tables = await digestTables(raw, {
      signal: options.signal,
      onProgress: (done, total) => options.progress?.('checking', done, total),
    });
    if (JSON.stringify(tables) !== JSON.stringify(manifest.tables)) throw new AppFailure('backup.tampered');
  } catch (error) {
    if (error instanceof AppFailure || options.signal?.aborted) throw error;
    // A key that does not open the file, or a schema that is not ours.
    throw new AppFailure('backup.tampered');
  } finally {
    raw.close();
  }
}

/** Unpacks a backup into `folder` and checks it; on any failure nothing of it is kept. */
export async function openBackup(file: string, secret: BackupSecret, folder: string, options: OpenBackupOptions = {}): Promise<OpenedBackup> {
  const opened = await unpack(file, secret, folder, options);
  try {
    await check(opened, options);
    return opened;
  } catch (error) {
    opened.masterKey.fill(0);
    throw error;
  }
}

export function summarise(manifest: Manifest): ManifestSummary {
  return {
    backupId: manifest.backupId,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows })),
  };
}
