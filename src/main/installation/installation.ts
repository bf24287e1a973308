// One installation on this machine: its keyring, its encrypted database and
// the signed-in session. Owns the master key while unlocked, and nothing else
// in the app ever sees it. This class is the facade the router, the backup
// runtime and the CLI use; the flows live beside it, one concept per file.
import { existsSync, mkdirSync } from 'node:fs';
import type { LockScreenUser } from '../../shared/ipc/auth';
import type { InstallationStatus, Session } from '../../shared/ipc/installation';
import { AppFailure } from '../base/app-error';
import type { Clock } from '../base/clock';
import { dataPaths, type DataPaths } from '../base/data-paths';
import { appendAudit, type NewAuditEntry } from '../audit/audit-repository';
import { finishInterruptedRestore, restorePaths } from '../backup/restore-journal';
import { removeStaleWorkDirs } from '../backup/work-dir';
import type { WriteDb } from '../db/handles';
import type { Db } from '../db/schema/database';
import type { KdfCost } from '../keyring/kdf';
import type { Keyring } from '../keyring/keyring-file';
import { secretCopy } from '../keyring/secret-buffer';
import { setUp, type SetupInput } from './first-run-setup';
import { FolderLock } from './folder-lock';
import { KeySlots } from './key-slots';
import { queueLockedAudit } from './locked-audit-queue';
import type { InstallationParts } from './parts';
import { changePassword, removePasswordSlot, setPassword } from './passwords';
import { RestoreGate } from './restore-gate';
import { UnlockedSession } from './session';
import { recover, unlock } from './sign-in';

export interface InstallationOptions {
  dataDir: string;
  clock: Clock;
  kdfCost: KdfCost;
  /**
   * How this process uses the data folder: `app` (the window; the default) and
   * `change` (a command that changes data) hold it alone; `read` (a command
   * that only reads) runs beside the app.
   */
  folderUse?: FolderUse;
}

export type FolderUse = 'app' | 'change' | 'read';

export class Installation {
  readonly paths: DataPaths;
  readonly clock: Clock;
  private readonly parts: InstallationParts;
  private readonly folderLock: FolderLock;

  constructor(options: InstallationOptions) {
    this.paths = dataPaths(options.dataDir);
    this.clock = options.clock;
    mkdirSync(this.paths.dataDir, { recursive: true, mode: 0o700 });
    const use = options.folderUse ?? 'app';
    this.folderLock =
      use === 'read'
        ? FolderLock.shared(this.paths.dataDir)
        : FolderLock.exclusive(this.paths.dataDir, use === 'app' ? 'app' : 'cli');
    try {
      if (this.folderLock.shared) {
        // Another process may be restoring: read nothing half-swapped.
        if (existsSync(restorePaths(this.paths).journal)) throw new AppFailure('backup.restoreInProgress');
      } else {
        // A restore killed half-way is finished (or dropped) before anything reads the files.
        finishInterruptedRestore(this.paths);
      }
      removeStaleWorkDirs(this.paths.dataDir);
    } catch (error) {
      this.folderLock.release();
      throw error;
    }
    this.parts = {
      paths: this.paths,
      clock: options.clock,
      kdfCost: options.kdfCost,
      slots: new KeySlots(this.paths.keyring),
      session: new UnlockedSession(!this.folderLock.shared),
      gate: new RestoreGate(),
      besideOthers: this.folderLock.shared,
    };
  }

  get state(): InstallationStatus['state'] {
    if (!this.parts.slots.keyring) return 'uninitialised';
    return this.parts.session.session ? 'unlocked' : 'locked';
  }

  get session(): Session | null {
    return this.parts.session.session;
  }

  /** The database handle; only while unlocked. */
  get db(): Db {
    return this.parts.session.db;
  }

  get installationId(): string | null {
    return this.parts.slots.keyring?.installationId ?? null;
  }

  status(): InstallationStatus {
    return {
      state: this.state,
      organisationName: this.parts.slots.keyring?.organisationName ?? null,
      session: this.session,
      idleLockMinutes: this.parts.session.idleLockMinutes,
    };
  }

  lockScreenUsers(): LockScreenUser[] {
    return this.parts.slots.lockScreenUsers();
  }

  /** The user id a lock-screen username belongs to, for audit entries of failed attempts. */
  userIdFor(username: string): number | null {
    return this.parts.slots.userIdFor(username);
  }

  setup(input: SetupInput): Promise<{ recoveryKey: string; session: Session }> {
    return this.parts.gate.exclusive(() => setUp(this.parts, input));
  }

  unlock(username: string, password: string): Promise<Session> {
    return this.parts.gate.exclusive(() => unlock(this.parts, username, password));
  }

  recover(username: string, recoveryKey: string, newPassword: string): Promise<Session> {
    return this.parts.gate.exclusive(() => recover(this.parts, username, recoveryKey, newPassword));
  }

  changePassword(db: WriteDb, currentPassword: string, newPassword: string): Promise<Session> {
    return changePassword(this.parts, db, currentPassword, newPassword);
  }

  /**
   * Gives a user a (new) password slot; with `mustChange` the user must pick
   * their own password at next sign-in. Rewraps only that user's slot.
   */
  setPassword(db: WriteDb, userId: number, password: string, options: { mustChange: boolean }): Promise<void> {
    return setPassword(this.parts, db, userId, password, options);
  }

  /** Removes a user's slot: a disabled user can no longer unwrap the master key. */
  removePasswordSlot(userId: number): void {
    removePasswordSlot(this.parts, userId);
  }

  /** Runs a transaction so that the keyring changes it makes are written only after it committed. */
  withKeyringAfterCommit<T>(work: () => Promise<T>): Promise<T> {
    return this.parts.slots.afterCommit(work);
  }

  /** Updates cached settings shown while locked (idle time). */
  setIdleLockMinutes(minutes: number): void {
    this.parts.session.idleLockMinutes = minutes;
  }

  /** Writes an audit entry: into the database while unlocked, else queued until the next unlock. */
  async audit(entry: NewAuditEntry): Promise<void> {
    const db = this.parts.session.openDb;
    if (db) {
      await db.transaction().execute((trx) => appendAudit(trx, entry));
      return;
    }
    if (!this.parts.slots.keyring) return;
    queueLockedAudit(this.paths.authState, entry);
  }

  /** Queues an entry for the next unlock (the database could not take it). */
  queueAudit(entry: NewAuditEntry): void {
    queueLockedAudit(this.paths.authState, entry);
  }

  /** For a backup: a copy of the master key (the caller zeroes it) and the keyring as it is now; only while unlocked. */
  backupSource(): { dataDir: string; databaseFile: string; masterKey: Buffer; keyring: Keyring } {
    this.parts.session.requireSession();
    return {
      dataDir: this.paths.dataDir,
      databaseFile: this.paths.database,
      masterKey: secretCopy(this.parts.session.requireMasterKey()),
      keyring: structuredClone(this.parts.slots.require()),
    };
  }

  /**
   * A restore: locks (closing the database), keeps sign-in out while `swap`
   * replaces the files, then reads the new keyring. Ends locked.
   */
  replaceData(swap: () => void | Promise<void>): Promise<void> {
    return this.parts.gate.replace(
      () => this.parts.session.end(),
      swap,
      () => this.parts.slots.reload(),
    );
  }

  lock(): Promise<void> {
    return this.parts.gate.exclusive(() => this.parts.session.end());
  }

  /** A lock by the OS (lock screen, suspend) or idle time: recorded like the user's own lock. */
  async autoLock(): Promise<void> {
    const session = this.session;
    await this.lock();
    if (!session) return;
    // Locked now, so the entry waits for the next unlock like any other made while locked.
    await this.audit({
      at: this.clock.now().toISOString(),
      userId: session.userId,
      role: session.role,
      channel: 'auth:lock',
      entityType: 'user',
      entityId: String(session.userId),
      outcome: 'ok',
    });
  }

  /** Locks and lets go of the data folder. */
  async close(): Promise<void> {
    try {
      await this.lock();
    } finally {
      this.folderLock.release();
    }
  }
}

export function installationExists(dataDir: string): boolean {
  return existsSync(dataPaths(dataDir).keyring);
}
