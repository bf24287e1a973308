// Backup configuration and outcomes, kept as rows of the `setting` table under
// `backup.*` keys (JSON values). The public backup key is stored; its secret
// half never is.
import type { BackupKind, BackupSettings } from '../../shared/ipc/backup';
import type { AppError } from '../../shared/envelope';
import type { ReadDb, WriteDb } from '../db/handles';
import { readSettingValue, writeSettingValue } from '../settings/settings-repository';

export const defaultBackupSettings: BackupSettings = { folder: null, scheduleEnabled: true, keepDaily: 7, keepWeekly: 4 };

export interface BackupOutcomes {
  lastSuccess: { at: string; kind: BackupKind; fileName: string } | null;
  lastFailure: { at: string; kind: BackupKind; error: Pick<AppError, 'code' | 'message'> } | null;
}

export interface VerificationRecord {
  at: string;
  ok: boolean;
  /** The file as it was checked; a changed file is no longer "verified". */
  sizeBytes: number;
  mtimeMs: number;
}

const keys = {
  settings: 'backup.settings',
  recipient: 'backup.recipient',
  lastSuccess: 'backup.lastSuccess',
  lastFailure: 'backup.lastFailure',
  verifications: 'backup.verifications',
} as const;

async function read<T>(db: ReadDb, key: string): Promise<T | null> {
  const value = await readSettingValue(db, key);
  if (value === undefined) return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}

const write = (db: WriteDb, key: string, value: unknown) => writeSettingValue(db, key, JSON.stringify(value));

export async function readBackupSettings(db: ReadDb): Promise<BackupSettings> {
  return { ...defaultBackupSettings, ...(await read<Partial<BackupSettings>>(db, keys.settings)) };
}

export const writeBackupSettings = (db: WriteDb, settings: BackupSettings) => write(db, keys.settings, settings);

export async function readRecipient(db: ReadDb): Promise<string | null> {
  const value = await read<unknown>(db, keys.recipient);
  return typeof value === 'string' ? value : null;
}

export const writeRecipient = (db: WriteDb, recipient: string) => write(db, keys.recipient, recipient);

export async function readOutcomes(db: ReadDb): Promise<BackupOutcomes> {
  return { lastSuccess: await read(db, keys.lastSuccess), lastFailure: await read(db, keys.lastFailure) };
}

export async function recordOutcome(
  db: WriteDb,
  outcome: { ok: true; value: NonNullable<BackupOutcomes['lastSuccess']> } | { ok: false; value: NonNullable<BackupOutcomes['lastFailure']> },
): Promise<void> {
  await write(db, outcome.ok ? keys.lastSuccess : keys.lastFailure, outcome.value);
}

export async function readVerifications(db: ReadDb): Promise<Record<string, VerificationRecord>> {
  return (await read<Record<string, VerificationRecord>>(db, keys.verifications)) ?? {};
}

/** Remembers the latest check of a file; keeps only files that still exist (`existing`). */
export async function recordVerification(db: WriteDb, fileName: string, record: VerificationRecord, existing: Set<string>): Promise<void> {
  const all = await readVerifications(db);
  const kept = Object.fromEntries(Object.entries(all).filter(([name]) => existing.has(name)));
  await write(db, keys.verifications, { ...kept, [fileName]: record });
}
