// One installation on this machine: its keyring, its encrypted database and
// the signed-in session. Owns the master key while unlocked, and nothing else
// in the app ever sees it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import type { InstallationStatus, Session } from '../../shared/ipc/installation';
import type { LockScreenUser } from '../../shared/ipc/auth';
import { appendAudit, type NewAuditEntry } from '../audit/audit-repository';
import { flushLockedAudit, queueLockedAudit } from './locked-audit-queue';
import { finishInterruptedRestore } from '../backup/restore-journal';
import { removeStaleWorkDirs } from '../backup/work-dir';
import { assertNotThrottled, recordFailedAttempt } from './auth-state';
import { migrateToLatest } from '../db/migrate';
import { openDatabase, type OpenedDatabase } from '../db/open-database';
import type { Db, DbOrTrx } from '../db/schema/database';
import { AppFailure } from '../base/app-error';
import { deriveKey, newScryptParams, type KdfCost } from '../keyring/kdf';
import { readKeyring, writeKeyring, type Keyring } from '../keyring/keyring-file';
import { formatRecoveryKey, generateRecoveryKey, normaliseRecoveryKey } from '../keyring/recovery-key';
import {
  findPasswordSlot,
  makePasswordSlot,
  makeRecoverySlot,
  openPasswordSlot,
  openRecoverySlot,
  withPasswordSlot,
  withoutPasswordSlot,
} from '../keyring/slots';
import { readSettings } from '../settings/settings-repository';
import type { Clock } from '../base/clock';
import { dataPaths, type DataPaths } from '../base/data-paths';

export interface InstallationOptions {
  dataDir: string;
  clock: Clock;
  kdfCost: KdfCost;
}

export const defaultIdleLockMinutes = 10;

/** Keyring changes waiting for the transaction that made them to commit (per async call). */
const deferredKeyringChanges = new AsyncLocalStorage<Array<() => void>>();

export class Installation {
  readonly paths: DataPaths;
  readonly clock: Clock;
  private readonly kdfCost: KdfCost;
  private keyring: Keyring | null;
  private opened: OpenedDatabase | null = null;
  private masterKey: Buffer | null = null;
  private currentSession: Session | null = null;
  private idleLockMinutes = defaultIdleLockMinutes;
  /** Set while a restore swaps the files: sign-in waits. */
  private restoring = false;
  /**
   * Setup, sign-in, recovery, lock and restore run one at a time: concurrent
   * guesses cannot slip past the back-off, and two setups cannot race.
   */
  private serial: Promise<unknown> = Promise.resolve();

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.serial.then(work, work);
    this.serial = run.catch(() => undefined);
    return run;
  }

  constructor(options: InstallationOptions) {
    this.paths = dataPaths(options.dataDir);
    this.clock = options.clock;
    this.kdfCost = options.kdfCost;
    mkdirSync(this.paths.dataDir, { recursive: true, mode: 0o700 });
    // A restore killed half-way is finished (or dropped) before anything reads the files.
    finishInterruptedRestore(this.paths);
    removeStaleWorkDirs(this.paths.dataDir);
    this.keyring = readKeyring(this.paths.keyring);
  }

  get state(): InstallationStatus['state'] {
    if (!this.keyring) return 'uninitialised';
    return this.currentSession ? 'unlocked' : 'locked';
  }

  get session(): Session | null {
    return this.currentSession;
  }

  /** The database handle; only while unlocked. */
  get db(): Db {
    if (!this.opened || !this.currentSession) throw new AppFailure('locked');
    return this.opened.db;
  }

  get installationId(): string | null {
    return this.keyring?.installationId ?? null;
  }

  status(): InstallationStatus {
    return {
      state: this.state,
      organisationName: this.keyring?.organisationName ?? null,
      session: this.currentSession,
      idleLockMinutes: this.idleLockMinutes,
    };
  }

  lockScreenUsers(): LockScreenUser[] {
    return (this.keyring?.slots ?? [])
      .filter((s) => s.kind === 'password')
      .map((s) => ({ username: s.username, displayName: s.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
  }

  setup(input: {
    organisationName: string;
    admin: { username: string; displayName: string; password: string };
  }): Promise<{ recoveryKey: string; session: Session }> {
    return this.exclusive(() => this.setupNow(input));
  }

  private async setupNow(input: {
    organisationName: string;
    admin: { username: string; displayName: string; password: string };
  }): Promise<{ recoveryKey: string; session: Session }> {
    this.throwIfRestoring();
    if (this.keyring) throw new AppFailure('installation.exists');
    // A database without a keyring: a setup that crashed half-way, or a keyring
    // that went missing. Set it aside rather than delete it: with the keyring
    // back from a file backup it could still be opened.
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
    for (const suffix of ['', '-wal', '-shm']) {
      const file = `${this.paths.database}${suffix}`;
      if (existsSync(file)) renameSync(file, `${this.paths.database}.orphaned-${stamp}${suffix}`);
    }

    const masterKey = randomBytes(32);
    const installationId = randomUUID();
    const now = this.clock.now().toISOString();
    const opened = openDatabase(this.paths.database, masterKey);
    try {
      await migrateToLatest(opened.db);
      const user = await opened.db
        .insertInto('user')
        .values({
          username: input.admin.username,
          display_name: input.admin.displayName,
          role: 'admin',
          disabled: 0,
          must_change_password: 0,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await opened.db
        .insertInto('setting')
        .values([
          { key: 'organisationName', value: JSON.stringify(input.organisationName) },
          { key: 'idleLockMinutes', value: JSON.stringify(defaultIdleLockMinutes) },
        ])
        .execute();

      const recoveryKey = generateRecoveryKey();
      const keyring: Keyring = {
        format: 'iop-desk-keyring',
        version: 1,
        installationId,
        organisationName: input.organisationName,
        createdAt: now,
        slots: [
          await makePasswordSlot(
            installationId,
            masterKey,
            { userId: user.id, username: input.admin.username, displayName: input.admin.displayName },
            input.admin.password,
            this.kdfCost,
          ),
          await makeRecoverySlot(installationId, masterKey, recoveryKey, this.kdfCost),
        ],
      };
      // Writing the keyring is the commit point of the installation.
      writeKeyring(this.paths.keyring, keyring);
      this.keyring = keyring;
      this.opened = opened;
      this.masterKey = masterKey;
      this.currentSession = {
        userId: user.id,
        username: input.admin.username,
        displayName: input.admin.displayName,
        role: 'admin',
        mustChangePassword: false,
      };
      this.idleLockMinutes = defaultIdleLockMinutes;
      return { recoveryKey: formatRecoveryKey(recoveryKey), session: this.currentSession };
    } catch (error) {
      if (!this.opened) await opened.close();
      throw error;
    }
  }

  unlock(username: string, password: string): Promise<Session> {
    return this.exclusive(() => this.unlockNow(username, password));
  }

  private async unlockNow(username: string, password: string): Promise<Session> {
    this.throwIfRestoring();
    const keyring = this.requireKeyring();
    this.throwIfThrottled(username);
    const slot = findPasswordSlot(keyring, username);
    let masterKey: Buffer | null = null;
    if (slot) {
      masterKey = await openPasswordSlot(keyring, slot, password);
    } else {
      // Same work for an unknown user, so timing does not reveal who exists.
      await deriveKey(password, newScryptParams(this.kdfCost));
    }
    if (!masterKey) {
      this.recordFailure(username);
      throw new AppFailure('auth.wrongCredentials');
    }
    return this.openAs(masterKey, username);
  }

  recover(username: string, recoveryKeyInput: string, newPassword: string): Promise<Session> {
    return this.exclusive(() => this.recoverNow(username, recoveryKeyInput, newPassword));
  }

  private async recoverNow(
    username: string,
    recoveryKeyInput: string,
    newPassword: string,
  ): Promise<Session> {
    this.throwIfRestoring();
    const keyring = this.requireKeyring();
    this.throwIfThrottled(username);
    const normalised = normaliseRecoveryKey(recoveryKeyInput);
    const masterKey = normalised ? await openRecoverySlot(keyring, normalised) : null;
    if (!masterKey) {
      this.recordFailure(username);
      throw new AppFailure('auth.wrongRecoveryKey');
    }
    const session = await this.openAs(masterKey, username, { adminOnly: true });
    await this.setPassword(this.db, session.userId, newPassword, { mustChange: false });
    return this.currentSession ?? session;
  }

  async changePassword(db: DbOrTrx, currentPassword: string, newPassword: string): Promise<Session> {
    const session = this.requireSession();
    const keyring = this.requireKeyring();
    // Someone at an unattended, unlocked session must not get free guesses.
    this.throwIfThrottled(session.username);
    const slot = findPasswordSlot(keyring, session.username);
    const opened = slot ? await openPasswordSlot(keyring, slot, currentPassword) : null;
    if (!opened) {
      this.recordFailure(session.username);
      throw new AppFailure('validation', { fields: { currentPassword: 'auth.wrongCredentials' } });
    }
    opened.fill(0);
    if (currentPassword === newPassword)
      throw new AppFailure('auth.samePassword', { fields: { newPassword: 'auth.samePassword' } });
    await this.setPassword(db, session.userId, newPassword, { mustChange: false });
    // The session itself is updated when the transaction commits.
    return { ...this.requireSession(), mustChangePassword: false };
  }

  /**
   * Gives a user a (new) password slot; with `mustChange` the user must pick
   * their own password at next sign-in. Rewraps only that user's slot.
   */
  async setPassword(
    db: DbOrTrx,
    userId: number,
    password: string,
    options: { mustChange: boolean },
  ): Promise<void> {
    const liveKey = this.requireMasterKey();
    // Our own copy: a lock during the slow key derivation zeroes the live key.
    const masterKey = Buffer.from(liveKey);
    try {
      await this.writePasswordSlot(db, userId, password, options, masterKey);
      if (this.masterKey !== liveKey) throw new AppFailure('locked');
    } finally {
      masterKey.fill(0);
    }
  }

  private async writePasswordSlot(
    db: DbOrTrx,
    userId: number,
    password: string,
    options: { mustChange: boolean },
    masterKey: Buffer,
  ): Promise<void> {
    const keyring = this.requireKeyring();
    const user = await db
      .selectFrom('user')
      .select(['id', 'username', 'display_name'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) throw new AppFailure('notFound');
    const slot = await makePasswordSlot(
      keyring.installationId,
      masterKey,
      { userId: user.id, username: user.username, displayName: user.display_name },
      password,
      this.kdfCost,
    );
    // Locked while the key was derived: write nothing (the transaction is gone too).
    if (!this.masterKey) throw new AppFailure('locked');
    await db
      .updateTable('user')
      .set({ must_change_password: options.mustChange ? 1 : 0, updated_at: this.clock.now().toISOString() })
      .where('id', '=', userId)
      .execute();
    this.changeKeyring(() => {
      this.saveKeyring(withPasswordSlot(this.requireKeyring(), slot));
      if (this.currentSession?.userId === userId) {
        this.currentSession = { ...this.currentSession, mustChangePassword: options.mustChange };
      }
    });
  }

  /** Removes a user's slot: a disabled user can no longer unwrap the master key. */
  removePasswordSlot(userId: number): void {
    this.changeKeyring(() => this.saveKeyring(withoutPasswordSlot(this.requireKeyring(), userId)));
  }

  /**
   * Runs `work` (a database transaction) so that the keyring changes it makes
   * are written only after it committed: a rolled-back user change leaves the
   * keyring as it was, and the keyring never holds a slot the database denies.
   */
  async withKeyringAfterCommit<T>(work: () => Promise<T>): Promise<T> {
    const changes: Array<() => void> = [];
    const result = await deferredKeyringChanges.run(changes, work);
    for (const change of changes) change();
    return result;
  }

  private changeKeyring(change: () => void): void {
    const deferred = deferredKeyringChanges.getStore();
    if (deferred) deferred.push(change);
    else change();
  }

  /** Updates cached settings shown while locked (idle time). */
  setIdleLockMinutes(minutes: number): void {
    this.idleLockMinutes = minutes;
  }

  /** Writes an audit entry: into the database while unlocked, else queued until the next unlock. */
  async audit(entry: NewAuditEntry): Promise<void> {
    if (this.opened && this.currentSession) {
      await this.opened.db.transaction().execute((trx) => appendAudit(trx, entry));
      return;
    }
    if (!this.keyring) return;
    queueLockedAudit(this.paths.authState, entry);
  }

  /** For a backup: a copy of the master key (the caller zeroes it) and the keyring as it is now; only while unlocked. */
  backupSource(): { dataDir: string; databaseFile: string; masterKey: Buffer; keyring: Keyring } {
    this.requireSession();
    return {
      dataDir: this.paths.dataDir,
      databaseFile: this.paths.database,
      masterKey: Buffer.from(this.requireMasterKey()),
      keyring: structuredClone(this.requireKeyring()),
    };
  }

  /**
   * A restore: locks (closing the database), keeps sign-in out while `swap`
   * replaces the files, then reads the new keyring. Ends locked.
   */
  async replaceData(swap: () => void | Promise<void>): Promise<void> {
    if (this.restoring) throw new AppFailure('backup.restoreInProgress');
    this.restoring = true;
    try {
      await this.exclusive(async () => {
        await this.lockNow();
        await swap();
      });
    } finally {
      this.keyring = readKeyring(this.paths.keyring);
      this.restoring = false;
    }
  }

  lock(): Promise<void> {
    return this.exclusive(() => this.lockNow());
  }

  /** A lock by the OS (lock screen, suspend) or idle time: recorded like the user's own lock. */
  async autoLock(): Promise<void> {
    const session = this.currentSession;
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

  /**
   * Forgets the session and closes the database even when a call is still in
   * a transaction (closing rolls it back; the call then fails as `locked`).
   * The key is wiped only after the handle that uses it is closed.
   */
  private async lockNow(): Promise<void> {
    this.currentSession = null;
    const opened = this.opened;
    const masterKey = this.masterKey;
    this.opened = null;
    this.masterKey = null;
    try {
      if (opened) {
        try {
          opened.raw.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // Busy with an open transaction: the WAL is checkpointed at the next open.
        }
        await opened.close();
      }
    } finally {
      masterKey?.fill(0);
    }
  }

  async close(): Promise<void> {
    await this.lock();
  }

  /** The user id a lock-screen username belongs to, for audit entries of failed attempts. */
  userIdFor(username: string): number | null {
    return this.keyring ? (findPasswordSlot(this.keyring, username)?.userId ?? null) : null;
  }

  private async openAs(
    masterKey: Buffer,
    username: string,
    options: { adminOnly?: boolean } = {},
  ): Promise<Session> {
    let opened: OpenedDatabase | null = null;
    try {
      opened = openDatabase(this.paths.database, masterKey, { mustExist: true });
      await migrateToLatest(opened.db);
      const user = await opened.db
        .selectFrom('user')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      if (!user || (options.adminOnly && user.role !== 'admin')) {
        this.recordFailure(username);
        throw new AppFailure(options.adminOnly ? 'auth.wrongRecoveryKey' : 'auth.wrongCredentials');
      }
      if (user.disabled) throw new AppFailure('auth.userDisabled');
      await this.flushPendingAudit(opened.db, username);
      const settings = await readSettings(opened.db);
      this.idleLockMinutes = settings.idleLockMinutes;
      const previous = { opened: this.opened, masterKey: this.masterKey };
      this.opened = opened;
      this.masterKey = masterKey;
      this.currentSession = {
        userId: user.id,
        username: user.username,
        displayName: user.display_name,
        role: user.role,
        mustChangePassword: user.must_change_password === 1,
      };
      // Signing in over an open session must not leave the old handle (and its key) open after a lock.
      if (previous.opened && previous.opened !== opened) await previous.opened.close().catch(() => undefined);
      if (previous.masterKey && previous.masterKey !== masterKey) previous.masterKey.fill(0);
      return this.currentSession;
    } catch (error) {
      if (opened && this.opened !== opened) await opened.close();
      masterKey.fill(0);
      throw error;
    }
  }

  private async flushPendingAudit(db: Db, username: string): Promise<void> {
    const knownUserIds = new Set(
      (this.keyring?.slots ?? []).flatMap((s) => (s.kind === 'password' ? [s.userId] : [])),
    );
    await flushLockedAudit(db, this.paths.authState, {
      now: this.clock.now(),
      knownUserIds,
      signedIn: username,
    });
  }

  private throwIfRestoring(): void {
    if (this.restoring) throw new AppFailure('backup.restoreInProgress');
  }

  /**
   * The back-off counter's key: the user name when it has a key slot, else one
   * shared counter, so a password typed into the name field is never written to disk.
   */
  private failureKey(username: string): string {
    return this.keyring && findPasswordSlot(this.keyring, username) ? username : '';
  }

  private throwIfThrottled(username: string): void {
    assertNotThrottled(this.paths.authState, this.failureKey(username), this.clock.now());
  }

  private recordFailure(username: string): void {
    recordFailedAttempt(this.paths.authState, this.failureKey(username), this.clock.now());
  }

  private saveKeyring(keyring: Keyring): void {
    writeKeyring(this.paths.keyring, keyring);
    this.keyring = keyring;
  }

  private requireKeyring(): Keyring {
    if (!this.keyring) throw new AppFailure('installation.missing');
    return this.keyring;
  }

  private requireSession(): Session {
    if (!this.currentSession) throw new AppFailure('locked');
    return this.currentSession;
  }

  private requireMasterKey(): Buffer {
    if (!this.masterKey) throw new AppFailure('locked');
    return this.masterKey;
  }
}

export function installationExists(dataDir: string): boolean {
  return existsSync(dataPaths(dataDir).keyring);
}
