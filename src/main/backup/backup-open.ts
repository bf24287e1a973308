// Opening a backup: decrypt and unpack it as a stream into a private folder
// (the database stays SQLCipher-encrypted; the key is kept in memory only),
// then check it. Format 2: every entry's SHA-256 (the database's taken as it
// streams to disk) against the seal, the key fingerprint, quick_check, the
// migrations and the audit chain head; the seal's MAC against the running
// installation's key gives the origin. Format 1 (earlier versions, no seal):
// integrity_check, migrations and the content hash of every table. Nothing
// outside the given folder is touched.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import type { BackupInspection, BackupOrigin, BackupSecret, ManifestSummary } from '../../shared/ipc/backup';
import { applyKey } from '../db/open-database';
import { migrations as knownMigrations } from '../db/migrations';
import { AppFailure } from '../base/app-error';
import { keyringSchema, type Keyring } from '../keyring/keyring-file';
import { AgeOpenError, decryptAge } from './age/age-file';
import { PayloadError } from './age/payload';
import { appVersion, compareVersions } from './app-version';
import { keyFingerprint, originOf, sealVerifies } from './backup-origin';
import { BackgroundHash } from './background-hash';
import { parseDatabaseKeyFile } from './database-key-file';
import { checkIntegrity, DatabaseOpenError } from '../db/check-worker';
import {
  backupFormat,
  backupFormatVersion,
  entryNames,
  manifestHead,
  manifestSchema,
  sealSchema,
  type Manifest,
  type Seal,
  type SealEntry,
} from './manifest';
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
  origin: BackupOrigin;
}

export interface OpenBackupOptions {
  signal?: AbortSignal;
  progress?: ProgressReporter;
  /** The running installation's master key (while unlocked), to check the seal with; not zeroed here. */
  installationKey?: Buffer | null;
  /** Told where the backup comes from as soon as that is known (before the last checks). */
  onOrigin?: (origin: BackupOrigin) => void;
}

const maxTextEntry = 4 * 1024 * 1024;

async function readBytes(entry: TarReadEntry): Promise<Buffer> {
  if (entry.size > maxTextEntry) throw new AppFailure('backup.tampered');
  const parts: Buffer[] = [];
  for await (const part of entry.body) parts.push(part);
  return Buffer.concat(parts);
}

const digest = (name: string, data: Buffer): SealEntry => ({ name, size: data.length, sha256: createHash('sha256').update(data).digest('hex') });

async function* hashing(source: AsyncIterable<Buffer>, hash: BackgroundHash): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    await hash.update(chunk);
    yield chunk;
  }
}

function parseSeal(text: string): Seal {
  const seal = sealSchema.safeParse(JSON.parse(text));
  if (!seal.success) throw new AppFailure('backup.tampered');
  return seal.data;
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

interface Head {
  manifest: Manifest;
  keyring: Keyring;
  masterKey: Buffer;
  digests: SealEntry[];
}

type Entries = AsyncGenerator<TarReadEntry>;

async function openEntries(file: string, secret: BackupSecret, options: OpenBackupOptions) {
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
  try {
    const plain = await decryptAge(input, secret);
    keyReady = true;
    options.progress?.('reading', 0, fileSize);
    return { entries: readTar(plain), stream };
  } catch (error) {
    stream.destroy();
    throw classify(error, false);
  }
}

function expectEntry(entries: Entries, sawManifest: () => boolean) {
  return async (name: string): Promise<TarReadEntry> => {
    const next = await entries.next();
    if (next.done || next.value.name !== name) throw new AppFailure(sawManifest() ? 'backup.tampered' : 'backup.notBackup');
    return next.value;
  };
}

/** Manifest, keyring and database key: the first three entries of every format. */
async function readHead(expect: (name: string) => Promise<TarReadEntry>, onManifest: () => void): Promise<Head> {
  const manifestBytes = await readBytes(await expect(entryNames.manifest));
  const manifest = parseManifest(manifestBytes.toString('utf8'));
  onManifest();
  const keyringBytes = await readBytes(await expect(entryNames.keyring));
  const keyring = keyringSchema.safeParse(JSON.parse(keyringBytes.toString('utf8')));
  if (!keyring.success || keyring.data.installationId !== manifest.installationId) throw new AppFailure('backup.tampered');
  const keyBytes = await readBytes(await expect(entryNames.databaseKey));
  const masterKey = parseDatabaseKeyFile(keyBytes);
  const digests = [digest(entryNames.manifest, manifestBytes), digest(entryNames.keyring, keyringBytes), digest(entryNames.databaseKey, keyBytes)];
  keyBytes.fill(0);
  if (!masterKey) throw new AppFailure('backup.tampered');
  if (manifest.formatVersion === 2 && manifest.keyFingerprint !== keyFingerprint(masterKey)) {
    masterKey.fill(0);
    throw new AppFailure('backup.tampered');
  }
  return { manifest, keyring: keyring.data, masterKey, digests };
}

async function unpack(file: string, secret: BackupSecret, folder: string, options: OpenBackupOptions): Promise<OpenedBackup> {
  const { entries, stream } = await openEntries(file, secret, options);
  let sawManifest = false;
  try {
    const expect = expectEntry(entries, () => sawManifest);
    const head = await readHead(expect, () => (sawManifest = true));
    const { manifest, masterKey } = head;
    try {
      const database = await expect(entryNames.database);
      if (database.size !== manifest.database.sizeBytes) throw new AppFailure('backup.tampered');
      const databaseFile = join(folder, entryNames.database);
      const hash = new BackgroundHash();
      let databaseSha256: string;
      try {
        await writeNewFile(databaseFile, hashing(database.body, hash), options.signal);
        databaseSha256 = await hash.digest();
      } finally {
        hash.dispose();
      }
      let origin: BackupOrigin;
      if (manifest.formatVersion === 2) {
        const seal = parseSeal((await readBytes(await expect(entryNames.seal))).toString('utf8'));
        const digests = [...head.digests, { name: entryNames.database, size: database.size, sha256: databaseSha256 }];
        if (JSON.stringify(digests) !== JSON.stringify(seal.entries)) throw new AppFailure('backup.tampered');
        origin = originOf({ ...manifest, masterKey, sealedBy: (key) => sealVerifies(key, digests, seal) }, options.installationKey ?? null);
      } else {
        origin = originOf({ ...manifest, masterKey, sealedBy: () => false }, null);
      }
      // The archive must end here, and the last age chunk must authenticate.
      if (!(await entries.next()).done) throw new AppFailure('backup.tampered');
      return { manifest, keyring: head.keyring, masterKey, databaseFile, origin };
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

/**
 * Reads only the start of a backup (manifest, keyring, database key) and tells
 * where it comes from: for a fresh restore, before anything is unpacked.
 */
export async function inspectBackup(file: string, secret: BackupSecret): Promise<BackupInspection> {
  const { entries, stream } = await openEntries(file, secret, {});
  let sawManifest = false;
  try {
    const head = await readHead(expectEntry(entries, () => sawManifest), () => (sawManifest = true));
    try {
      return {
        createdAt: head.manifest.createdAt,
        appVersion: head.manifest.appVersion,
        organisationName: head.keyring.organisationName,
        origin: originOf({ ...head.manifest, masterKey: head.masterKey, sealedBy: () => false }, null),
      };
    } finally {
      head.masterKey.fill(0);
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
  // Format 2: the file is byte for byte what was sealed, so quick_check (every
  // page, every b-tree) suffices; format 1 only has table hashes to go by.
  const quick = manifest.formatVersion === 2;
  try {
    const problems = await checkIntegrity(databaseFile, masterKey, options.signal, quick);
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
    if (manifest.formatVersion === 2) {
      const last = raw.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
      const count = Number((raw.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n);
      const head = last ? { lastId: last.id, hash: last.hash, count } : null;
      if (JSON.stringify(head) !== JSON.stringify(manifest.auditHead)) throw new AppFailure('backup.tampered');
      return;
    }
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
    options.onOrigin?.(opened.origin);
    await check(opened, options);
    return opened;
  } catch (error) {
    opened.masterKey.fill(0);
    throw error;
  }
}

export function summarise(manifest: Manifest, origin: BackupOrigin): ManifestSummary {
  return {
    origin,
    backupId: manifest.backupId,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows })),
  };
}
