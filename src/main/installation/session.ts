// What exists only while unlocked: the open database, the master key and the
// signed-in user. A lock forgets all three; the key is wiped only after the
// handle that uses it is closed.
import type { Session } from '../../shared/ipc/installation';
import { AppFailure } from '../base/app-error';
import type { OpenedDatabase } from '../db/open-database';
import type { Db } from '../db/schema/database';
import { scrubStack } from '../keyring/secret-buffer';

export const defaultIdleLockMinutes = 10;

export class UnlockedSession {
  private opened: OpenedDatabase | null = null;
  private masterKey: Buffer | null = null;
  private current: Session | null = null;
  /** Cached for the lock screen, which cannot read the settings table. */
  idleLockMinutes = defaultIdleLockMinutes;

  /** `checkpointAtEnd` false: a command beside the app leaves the WAL to the app (a TRUNCATE checkpoint would hold up its writes). */
  constructor(private readonly checkpointAtEnd = true) {}

  get session(): Session | null {
    return this.current;
  }

  /** The database handle; only while unlocked. */
  get db(): Db {
    if (!this.opened || !this.current) throw new AppFailure('locked');
    return this.opened.db;
  }

  /** The open database while someone is signed in, else null (for audit entries). */
  get openDb(): Db | null {
    return this.opened && this.current ? this.opened.db : null;
  }

  /** The live master key (not a copy), or null when locked: compare it to see whether a lock came between. */
  get key(): Buffer | null {
    return this.masterKey;
  }

  requireSession(): Session {
    if (!this.current) throw new AppFailure('locked');
    return this.current;
  }

  requireMasterKey(): Buffer {
    if (!this.masterKey) throw new AppFailure('locked');
    return this.masterKey;
  }

  /** Whether `opened` is the handle this session holds. */
  holds(opened: OpenedDatabase): boolean {
    return this.opened === opened;
  }

  /** Signs `session` in on `opened`; a session it replaces leaves no handle (or key) open. */
  async begin(opened: OpenedDatabase, masterKey: Buffer, session: Session): Promise<Session> {
    const previous = { opened: this.opened, masterKey: this.masterKey };
    this.opened = opened;
    this.masterKey = masterKey;
    this.current = session;
    if (previous.opened && previous.opened !== opened) await previous.opened.close().catch(() => undefined);
    if (previous.masterKey && previous.masterKey !== masterKey) previous.masterKey.fill(0);
    return session;
  }

  /** A change to the signed-in user's own session (e.g. the password no longer must change). */
  update(userId: number, change: Partial<Session>): void {
    if (this.current?.userId === userId) this.current = { ...this.current, ...change };
  }

  /**
   * Forgets the session and closes the database even when a call is still in
   * a transaction (closing rolls it back; the call then fails as `locked`).
   */
  async end(): Promise<void> {
    this.current = null;
    const opened = this.opened;
    const masterKey = this.masterKey;
    this.opened = null;
    this.masterKey = null;
    try {
      if (opened) {
        if (this.checkpointAtEnd)
          try {
            opened.raw.pragma('wal_checkpoint(TRUNCATE)');
          } catch {
            // Busy with an open transaction: the WAL is checkpointed at the next open.
          }
        await opened.close();
      }
    } finally {
      masterKey?.fill(0);
      scrubStack();
    }
  }
}
