// Restoring a backup, into a fresh data folder or over existing data. The
// backup is unpacked and fully checked beside the live files first; over
// existing data a safety backup of the current state follows; only then are
// the files swapped (restore-journal.ts), and the app ends locked. Users sign
// in with the passwords they had when the backup was made.
import { identityToRecipient } from 'age-encryption';
import type { BackupOrigin, BackupSecret } from '../../shared/ipc/backup';
import { appendAudit } from '../audit/audit-repository';
import { AppFailure } from '../base/app-error';
import type { Clock } from '../base/clock';
import { openDatabase } from '../db/open-database';
import { writeKeyring } from '../keyring/keyring-file';
import type { AgeTarget } from './age/age-file';
import { createBackup } from './backup-create';
import type { BackupHost } from './backup-host';
import { openBackup } from './backup-open';
import type { Manifest } from './manifest';
import type { ProgressReporter } from './progress';
import { commitRestore, discardStaging, prepareStaging, restorePaths, type RestoreStep } from './restore-journal';

export interface RestoreOptions {
  clock: Clock;
  signal?: AbortSignal;
  progress?: ProgressReporter;
  /** Over existing data: where the safety backup goes and which extra recipient may open it. */
  safetyFolder?: string;
  safetyRecipient?: string | null;
  scryptLogN?: number;
  /**
   * Over existing data a backup this installation did not seal is refused
   * (`backup.originUnverified`, or `backup.noOriginProof` for format 1) unless
   * an administrator has seen its origin and accepted it.
   */
  acceptUnverifiedOrigin?: boolean;
  /** Fresh restore: the key fingerprint the administrator compared (from inspect); another one is refused. */
  expectedKeyFingerprint?: string | null;
  /** Told where the backup comes from as soon as that is known. */
  onOrigin?: (origin: BackupOrigin) => void;
  /** Tests: called after each step of the swap (to kill the process there). */
  onStep?: (step: RestoreStep | 'staged' | 'safetyBackupWritten') => void;
}

export interface RestoreResult {
  manifest: Manifest;
  origin: BackupOrigin;
  safetyBackupPath: string | null;
}

function requireAcceptedOrigin(origin: BackupOrigin, over: boolean, options: RestoreOptions): void {
  if (over && origin.proof !== 'verified' && !options.acceptUnverifiedOrigin) {
    throw new AppFailure(origin.proof === 'none' ? 'backup.noOriginProof' : 'backup.originUnverified');
  }
  const expected = options.expectedKeyFingerprint;
  if (!over && expected && expected.toUpperCase() !== origin.keyFingerprint) throw new AppFailure('backup.originUnverified');
}

/** The safety backup opens with the same secret the restore was given (and the configured backup key). */
async function safetyTarget(secret: BackupSecret, extraRecipient: string | null | undefined, scryptLogN?: number): Promise<AgeTarget> {
  if (secret.kind === 'passphrase') return { kind: 'passphrase', passphrase: secret.passphrase, scryptLogN };
  const own = await identityToRecipient(secret.identity);
  return { kind: 'recipients', recipients: extraRecipient && extraRecipient !== own ? [own, extraRecipient] : [own] };
}

export async function restoreBackup(installation: BackupHost, file: string, secret: BackupSecret, options: RestoreOptions): Promise<RestoreResult> {
  const paths = installation.paths;
  const over = installation.state !== 'uninitialised';
  const staging = prepareStaging(paths);
  let masterKey: Buffer | null = null;
  // Over existing data (unlocked): the running installation's key checks the seal.
  const installationKey = over ? installation.backupSource().masterKey : null;
  try {
    const opened = await openBackup(file, secret, staging, { ...options, installationKey });
    installationKey?.fill(0);
    masterKey = opened.masterKey;
    requireAcceptedOrigin(opened.origin, over, options);
    writeKeyring(restorePaths(paths).stagedKeyring, opened.keyring);
    options.onStep?.('staged');

    let safetyBackupPath: string | null = null;
    if (over) {
      const source = installation.backupSource();
      try {
        const safety = await createBackup(source, {
          kind: 'safety',
          folder: options.safetyFolder ?? paths.backups,
          target: await safetyTarget(secret, options.safetyRecipient, options.scryptLogN),
          clock: options.clock,
          signal: options.signal,
          progress: (phase, done, total) => options.progress?.('safetyBackup', phase === 'writing' ? done : 0, phase === 'writing' ? total : 0),
        });
        safetyBackupPath = safety.path;
      } finally {
        source.masterKey.fill(0);
      }
      options.onStep?.('safetyBackupWritten');
    }

    // The last moment a cancel is honoured: the swap itself always runs to the end.
    options.signal?.throwIfAborted();
    options.progress?.('swapping', 0, 0);
    await installation.replaceData(() => commitRestore(paths, opened.manifest.backupId, options.onStep));
    await auditRestore(paths.database, masterKey, opened.manifest.backupId, over, options.clock);
    return { manifest: opened.manifest, origin: opened.origin, safetyBackupPath };
  } catch (error) {
    discardStaging(paths);
    throw error;
  } finally {
    installationKey?.fill(0);
    masterKey?.fill(0);
  }
}

/** The restore is recorded in the restored database's own audit log (the old one is in the safety backup). */
async function auditRestore(database: string, masterKey: Buffer, backupId: string, over: boolean, clock: Clock): Promise<void> {
  const opened = openDatabase(database, masterKey);
  try {
    await opened.db.transaction().execute((trx) =>
      appendAudit(trx, {
        at: clock.now().toISOString(),
        userId: null,
        role: over ? 'admin' : null,
        channel: over ? 'backup:startRestore' : 'backup:startFreshRestore',
        entityType: 'backup',
        entityId: backupId,
        outcome: 'ok',
      }),
    );
    opened.raw.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await opened.close();
  }
}
