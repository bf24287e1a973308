// Backups: encrypted age files with a database snapshot, verify and restore.
// Long work runs as a job: a `backup:start…` channel returns a job id at once,
// `backup:job` reports its progress (poll it, e.g. twice a second) and
// `backup:cancel` stops it. Job channels are public because a restore ends in
// the locked state (and a restore into a fresh install starts from it).
// Folders and files are chosen with `files:chooseFolder` / `files:chooseFile`.
import { z } from 'zod';
import { errorCodes } from '../error-codes';
import { channel } from './channel';
import { empty } from './common';

export const minPassphraseLength = 12;

/** An age X25519 recipient (public key), as printed by `backup keygen` or `age-keygen`. */
export const ageRecipient = z
  .string()
  .trim()
  .regex(/^age1[02-9ac-hj-np-z]{58}$/, { error: 'backup.recipientFormat' });

/** An age X25519 identity (secret key); pasted or read from a file, never stored by the app. */
export const ageIdentity = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/, { error: 'backup.identityFormat' });

/** What opens a backup: the passphrase it was made with, or the secret backup key. */
export const backupSecret = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), passphrase: z.string().min(1, { error: 'field.required' }).max(1024) }).strict(),
  z.object({ kind: z.literal('identity'), identity: ageIdentity }).strict(),
]);
export type BackupSecret = z.infer<typeof backupSecret>;

/** How a new backup is encrypted: a passphrase (manual backups) or the configured backup key. */
export const backupEncryption = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('passphrase'),
      passphrase: z.string().min(minPassphraseLength, { error: 'passphrase.tooShort' }).max(1024, { error: 'field.tooLong' }),
    })
    .strict(),
  z.object({ kind: z.literal('recipient') }).strict(),
]);
export type BackupEncryption = z.infer<typeof backupEncryption>;

const filePath = z.string().trim().min(1, { error: 'field.required' }).max(4096, { error: 'field.tooLong' });
const keepCount = z.number().int().min(0, { error: 'backup.keepRange' }).max(100, { error: 'backup.keepRange' });

export const backupSettings = z.object({
  /** Folder for scheduled backups and safety copies; null = the data folder's `backups`. */
  folder: z.string().max(4096).nullable(),
  scheduleEnabled: z.boolean(),
  keepDaily: keepCount,
  keepWeekly: keepCount,
});
export type BackupSettings = z.infer<typeof backupSettings>;

export const backupKinds = ['manual', 'scheduled', 'safety'] as const;
export type BackupKind = (typeof backupKinds)[number];

const appError = z.object({ code: z.enum(errorCodes), message: z.string() });

export const backupStatus = z.object({
  settings: backupSettings,
  /** The folder actually used (the default resolved). */
  folder: z.string(),
  /** The public backup key (age1…), or null when none is set. */
  recipient: z.string().nullable(),
  /** This installation's id and key fingerprint, to print and keep: a fresh restore is checked against them. */
  installationId: z.string(),
  keyFingerprint: z.string(),
  lastSuccess: z.object({ at: z.string(), kind: z.enum(backupKinds), fileName: z.string() }).nullable(),
  lastFailure: z.object({ at: z.string(), kind: z.enum(backupKinds), error: appError }).nullable(),
  /** When the scheduler will try next (it runs only while someone is signed in). */
  nextScheduledAt: z.string().nullable(),
  activeJobId: z.string().nullable(),
});
export type BackupStatus = z.infer<typeof backupStatus>;

export const backupFile = z.object({
  path: z.string(),
  fileName: z.string(),
  kind: z.enum([...backupKinds, 'other']),
  /** From the file name (UTC) when the app wrote it, else the file's modification time. */
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  /** The latest check of this exact file (same size and time), if any. */
  verified: z.object({ at: z.string(), ok: z.boolean() }).nullable(),
});
export type BackupFile = z.infer<typeof backupFile>;

export const backupJobKinds = ['create', 'verify', 'restore', 'freshRestore'] as const;
export const backupJobPhases = [
  'queued',
  /** Deriving the key from a passphrase (scrypt, about a second). */
  'preparing',
  /** Pinning a consistent state of the live database (a read transaction) and counting its rows. */
  'snapshot',
  /** Not used since format 2 (earlier versions hashed each table here). */
  'hashing',
  /** Encrypting and writing the backup file (bytes). */
  'writing',
  /** Reading and decrypting the backup file (bytes). */
  'reading',
  /** quick_check of the decrypted copy (format 1: integrity_check and table hashes). */
  'checking',
  /** Restore over existing data: backing up the current state first. */
  'safetyBackup',
  /** Restore: swapping in the new database and keyring. */
  'swapping',
  'finished',
] as const;
export type BackupJobPhase = (typeof backupJobPhases)[number];

/**
 * Where a backup comes from. `verified`: sealed with this installation's key;
 * `mismatch`: sealed with another key (another installation's backup, or a
 * forgery made with the public backup key); `none`: made by an earlier version
 * (format 1), which carries no proof of origin; `notChecked`: no installation
 * key to check with (a fresh restore, or a check without signing in). The
 * fingerprint is derived from the backup's own database key, for comparison
 * with a printed record.
 */
export const backupOrigin = z.object({
  proof: z.enum(['verified', 'mismatch', 'none', 'notChecked']),
  installationId: z.string(),
  keyFingerprint: z.string(),
});
export type BackupOrigin = z.infer<typeof backupOrigin>;

export const backupInspection = z.object({
  createdAt: z.string(),
  appVersion: z.string(),
  organisationName: z.string(),
  origin: backupOrigin,
});
export type BackupInspection = z.infer<typeof backupInspection>;

export const manifestSummary = z.object({
  backupId: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.string(),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int() })),
  origin: backupOrigin,
});
export type ManifestSummary = z.infer<typeof manifestSummary>;

export const backupJobResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create'), path: z.string(), fileName: z.string(), sizeBytes: z.number().int(), backupId: z.string() }),
  z.object({ kind: z.literal('verify'), manifest: manifestSummary }),
  z.object({
    kind: z.literal('restore'),
    manifest: manifestSummary,
    /** The automatic backup of what was replaced (restore over existing data), opened with the same secret. */
    safetyBackupPath: z.string().nullable(),
  }),
]);
export type BackupJobResult = z.infer<typeof backupJobResult>;

export const backupJob = z.object({
  id: z.string(),
  kind: z.enum(backupJobKinds),
  phase: z.enum(backupJobPhases),
  /** Progress within the phase; total 0 = unknown (show an indeterminate bar). */
  done: z.number(),
  total: z.number(),
  state: z.enum(['running', 'succeeded', 'failed', 'cancelled']),
  error: appError.nullable(),
  result: backupJobResult.nullable(),
  /** Verify and restore: where the opened backup comes from, as soon as that is known (also when the job then fails). */
  origin: backupOrigin.nullable(),
});
export type BackupJob = z.infer<typeof backupJob>;

const admin = { kind: 'session', roles: ['admin'] } as const;
const jobId = z.object({ id: z.uuid() }).strict();
const started = z.object({ jobId: z.string() });

export const backupContract = {
  'backup:status': channel({ db: 'read', input: empty, output: backupStatus, access: admin }),
  'backup:updateSettings': channel({ input: backupSettings.strict(), output: backupStatus, access: admin }),
  /** Creates a backup key pair, stores the public half and returns the secret half once. */
  'backup:generateKey': channel({
    input: empty,
    output: z.object({ identity: z.string(), recipient: z.string() }),
    access: admin,
  }),
  /** Uses an existing public backup key (e.g. one shared by several laptops). */
  'backup:setRecipient': channel({ input: z.object({ recipient: ageRecipient }).strict(), output: backupStatus, access: admin }),
  /** Six random common Swedish words, for a manual backup's passphrase. */
  'backup:suggestPassphrase': channel({
    db: 'read',
    input: empty,
    output: z.object({ passphrase: z.string() }),
    access: admin,
  }),
  'backup:list': channel({ db: 'read', input: empty, output: z.array(backupFile), access: admin }),
  /** folder null = the configured backup folder. */
  'backup:startCreate': channel({
    input: z.object({ folder: filePath.nullable().default(null), encryption: backupEncryption }).strict(),
    output: started,
    access: admin,
  }),
  'backup:startVerify': channel({
    input: z.object({ file: filePath, secret: backupSecret }).strict(),
    output: started,
    access: admin,
  }),
  /**
   * Restore over existing data: safety backup, swap, then the app is locked.
   * A backup this installation did not seal (another installation's, a forgery,
   * or one from an earlier version) is refused unless an administrator, having
   * seen its origin, sets `acceptUnverifiedOrigin`.
   */
  'backup:startRestore': channel({
    input: z.object({ file: filePath, secret: backupSecret, acceptUnverifiedOrigin: z.boolean().default(false) }).strict(),
    output: started,
    access: admin,
  }),
  /**
   * First-run screen, before a fresh restore: reads only the start of the file
   * and tells where it comes from, so the administrator can compare the key
   * fingerprint with a printed record. Only while nothing is installed.
   */
  'backup:inspect': channel({
    input: z.object({ file: filePath, secret: backupSecret }).strict(),
    output: backupInspection,
    access: { kind: 'public' },
  }),
  /**
   * Restore on the first-run screen; only while nothing is installed. With
   * `keyFingerprint` (what `backup:inspect` showed and the administrator
   * compared) a backup whose key has another fingerprint is refused.
   */
  'backup:startFreshRestore': channel({
    input: z.object({ file: filePath, secret: backupSecret, keyFingerprint: z.string().max(64).nullable().default(null) }).strict(),
    output: started,
    access: { kind: 'public' },
  }),
  'backup:job': channel({ db: 'read', input: jobId, output: backupJob, access: { kind: 'public' } }),
  'backup:cancel': channel({ input: jobId, output: backupJob, access: { kind: 'public' } }),
};
