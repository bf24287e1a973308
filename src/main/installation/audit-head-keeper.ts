// Keeps the stored chain head (audit/audit-head.ts) in the keyring file while
// unlocked: every few seconds when the chain has grown, and always when the
// session ends (lock, quit, restore). It reads only committed entries, so the
// head may lag the database after a kill, but never leads it.
import { deriveHeadKey, signHead } from '../audit/audit-head';
import { readCommittedChainHead } from '../audit/audit-repository';
import type { RawDatabase } from '../db/open-database';
import type { KeySlots } from './key-slots';

/** How often the head follows the chain while unlocked. */
export const headIntervalMs = 3000;

export class AuditHeadKeeper {
  private raw: RawDatabase | null = null;
  private key: Buffer | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lockedSeq = 0;

  constructor(private readonly slots: KeySlots) {}

  /** Starts following `raw`'s chain with a head key derived from `masterKey` (which stays the caller's). */
  start(raw: RawDatabase, masterKey: Buffer, lockedSeq: number): void {
    this.stop();
    const keyring = this.slots.require();
    this.raw = raw;
    this.key = deriveHeadKey(masterKey, keyring.installationId);
    this.lockedSeq = lockedSeq;
    this.timer = setInterval(() => this.flushQuietly(), headIntervalMs);
    this.timer.unref();
    this.flush();
  }

  /** Writes the head now if the chain moved; skipped while a transaction is open (it would see uncommitted rows). */
  flush(): void {
    const keyring = this.slots.keyring;
    if (!this.raw || !this.key || !keyring) return;
    const head = readCommittedChainHead(this.raw);
    if (!head) return;
    const stored = keyring.auditHead;
    if (stored && stored.lastId === head.lastId && stored.hash === head.hash && stored.lockedSeq === this.lockedSeq) return;
    this.slots.save({ ...keyring, auditHead: signHead(this.key, keyring.installationId, head, this.lockedSeq) });
  }

  /** Final write, then forgets the handle and zeroes the head key. Call before the handle closes. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.flushQuietly();
    this.key?.fill(0);
    this.key = null;
    this.raw = null;
  }

  private flushQuietly(): void {
    try {
      this.flush();
    } catch {
      // A failed write leaves the previous head: it lags, and the next tick or the lock tries again.
    }
  }
}
