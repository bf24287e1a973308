// The keyring file and its key slots: who appears on the lock screen, and the
// slot changes a transaction makes, written only once it has committed.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { LockScreenUser } from '../../shared/ipc/auth';
import { AppFailure } from '../base/app-error';
import { readKeyring, writeKeyring, type Keyring } from '../keyring/keyring-file';
import { findPasswordSlot } from '../keyring/slots';

/** Keyring changes waiting for the transaction that made them to commit (per async call). */
const deferredKeyringChanges = new AsyncLocalStorage<Array<() => void>>();

export class KeySlots {
  private current: Keyring | null;

  constructor(private readonly file: string) {
    this.current = readKeyring(file);
  }

  get keyring(): Keyring | null {
    return this.current;
  }

  /** Reads the file again (after a restore replaced it). */
  reload(): void {
    this.current = readKeyring(this.file);
  }

  require(): Keyring {
    if (!this.current) throw new AppFailure('installation.missing');
    return this.current;
  }

  /** Writing the file is the commit point of a change. */
  save(keyring: Keyring): void {
    writeKeyring(this.file, keyring);
    this.current = keyring;
  }

  lockScreenUsers(): LockScreenUser[] {
    return (this.current?.slots ?? [])
      .filter((s) => s.kind === 'password')
      .map((s) => ({ username: s.username, displayName: s.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
  }

  /** The user id a lock-screen username belongs to. */
  userIdFor(username: string): number | null {
    return this.current ? (findPasswordSlot(this.current, username)?.userId ?? null) : null;
  }

  knownUserIds(): Set<number> {
    return new Set((this.current?.slots ?? []).flatMap((s) => (s.kind === 'password' ? [s.userId] : [])));
  }

  /**
   * The back-off counter's key: the user name when it has a key slot, else one
   * shared counter, so a password typed into the name field is never written to disk.
   */
  failureKey(username: string): string {
    return this.current && findPasswordSlot(this.current, username) ? username : '';
  }

  /** Applies a keyring change now, or when the surrounding transaction commits. */
  change(apply: () => void): void {
    const deferred = deferredKeyringChanges.getStore();
    if (deferred) deferred.push(apply);
    else apply();
  }

  /**
   * Runs `work` (a database transaction) so that the keyring changes it makes
   * are written only after it committed: a rolled-back user change leaves the
   * keyring as it was, and the keyring never holds a slot the database denies.
   */
  async afterCommit<T>(work: () => Promise<T>): Promise<T> {
    const changes: Array<() => void> = [];
    const result = await deferredKeyringChanges.run(changes, work);
    for (const change of changes) change();
    return result;
  }
}
