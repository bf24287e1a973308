// Shared helpers for the backup tests: seeded apps with a cheap scrypt, jobs
// run to the end, table digests of a data folder, and repacking a backup.
import { createReadStream } from 'node:fs';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import type { BackupJob, BackupSecret } from '../../../src/shared/ipc/backup';
import type { Channel, ChannelInput } from '../../../src/shared/ipc/contract';
import { dataPaths } from '../../../src/main/base/data-paths';
import { applyKey } from '../../../src/main/db/open-database';
import { decryptAge, encryptAge, type AgeTarget } from '../../../src/main/backup/age/age-file';
import type { TableDigest } from '../../../src/main/backup/manifest';
import { writeNewFile } from '../../../src/main/backup/stream-io';
import { digestTables } from '../../../src/main/backup/table-digest';
import { readTar } from '../../../src/main/backup/tar/tar-reader';
import { writeTar, type TarEntry } from '../../../src/main/backup/tar/tar-writer';
import { seed } from '../../../src/main/seed/seed';
import { adminPassword, createTempApp, tempDataDir, type TempApp } from '../temp-app';

export const testScryptLogN = 10;
export const passphrase = 'sommar-skog-lampa-kaffe';
const testBackups = { scryptLogN: testScryptLogN, logError: (e: unknown) => console.error(e) };

/** A temp app with a cheap scrypt for age and the small demo data set. */
export async function seededApp(dataDir = tempDataDir()): Promise<TempApp> {
  const app = createTempApp(dataDir, { backups: testBackups });
  await seed(app, { scale: 'small', password: adminPassword });
  return app;
}

/** Opens a temp app on an existing data folder (after a restore or a kill). */
export function reopen(dataDir: string): TempApp {
  return createTempApp(dataDir, { backups: testBackups });
}

type StartChannel = 'backup:startCreate' | 'backup:startVerify' | 'backup:startRestore' | 'backup:startFreshRestore';

/** Starts a job through the router and waits for its end. */
export async function runJob<C extends StartChannel>(app: TempApp, channel: C, input: ChannelInput<C>): Promise<BackupJob> {
  const { jobId } = (await app.must(channel as Channel, input as never)) as { jobId: string };
  return app.backup.wait(jobId);
}

export async function createPassphraseBackup(app: TempApp): Promise<string> {
  const job = await runJob(app, 'backup:startCreate', { folder: null, encryption: { kind: 'passphrase', passphrase } });
  if (job.result?.kind !== 'create') throw new Error(`backup failed: ${JSON.stringify(job.error)}`);
  return job.result.path;
}

/** Table digests of the database in a data folder, read with the given key. */
export async function digestsOf(dataDir: string, masterKey: Buffer): Promise<TableDigest[]> {
  const raw = new SqliteDatabase(dataPaths(dataDir).database, { readonly: true, fileMustExist: true });
  try {
    applyKey(raw, masterKey);
    return await digestTables(raw);
  } finally {
    raw.close();
  }
}

export const withoutAudit = (digests: TableDigest[]) => digests.filter((d) => d.name !== 'audit_log');

/** The master key of an unlocked app (a copy). */
export const keyOf = (app: TempApp) => app.installation.backupSource().masterKey;

/**
 * Decrypts a backup, lets `edit` change its entries (in memory), and encrypts
 * the result to `target` with the same passphrase: a well-formed age file
 * whose content is not what the app wrote.
 */
export async function repack(
  file: string,
  target: string,
  edit: (entries: { name: string; data: Buffer }[]) => { name: string; data: Buffer }[],
  secret: BackupSecret = { kind: 'passphrase', passphrase },
  ageTarget: AgeTarget = { kind: 'passphrase', passphrase, scryptLogN: testScryptLogN },
): Promise<void> {
  const entries: { name: string; data: Buffer }[] = [];
  for await (const entry of readTar(await decryptAge(createReadStream(file), secret))) {
    const parts: Buffer[] = [];
    for await (const p of entry.body) parts.push(p);
    entries.push({ name: entry.name, data: Buffer.concat(parts) });
  }
  const tar: TarEntry[] = edit(entries).map((e) => ({ name: e.name, size: e.data.length, mtime: new Date(), data: e.data }));
  await writeNewFile(target, encryptAge(writeTar(tar), ageTarget));
}

export { adminPassword };
