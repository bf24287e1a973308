// The database file's own check (PRAGMA quick_check), run in the background
// right after unlock and on request (the scheduled backup): too slow for the
// unlock budget at scale (README-audit.md has the figures). A damaged file
// becomes an alarm entry in the audit chain that admins see until acknowledged.
import { appendAudit } from '../audit/audit-repository';
import { databaseCheckChannel } from '../audit/integrity-alerts';
import { quickCheck } from '../db/check-worker';
import type { Clock } from '../base/clock';
import type { UnlockedSession } from './session';

export class IntegrityWatch {
  /** The newest check; `released` at lock: it finishes on its own and its result is dropped. */
  private running: { done: Promise<string[]>; released: boolean } | null = null;

  constructor(
    private readonly file: string,
    private readonly session: UnlockedSession,
    private readonly clock: Clock,
  ) {}

  /**
   * Starts a check unless one of this session runs; `masterKey` stays the
   * caller's. Resolves to the problems found. A check left running from
   * before a lock (see stop) ends first; this session's own check follows.
   */
  start(masterKey: Buffer): Promise<string[]> {
    if (this.running && !this.running.released) return this.running.done;
    const earlier = this.running?.done;
    const entry = { done: Promise.resolve<string[]>([]), released: false };
    const check = async (): Promise<string[]> => {
      if (!earlier) return quickCheck(this.file, masterKey);
      await earlier.catch(() => undefined);
      // Locked again meanwhile: the next unlock checks.
      if (entry.released) return [];
      return quickCheck(this.file, this.session.requireMasterKey());
    };
    entry.done = check()
      .then(async (problems) => {
        if (problems.length > 0 && !entry.released) await this.record(problems);
        return problems;
      })
      .finally(() => {
        if (this.running === entry) this.running = null;
      });
    this.running = entry;
    // Nobody may be waiting: a worker that failed to run is not a finding, and the next unlock tries again.
    entry.done.catch(() => undefined);
    return entry.done;
  }

  /** Resolves once no check runs (tests wait here). */
  async whenIdle(): Promise<void> {
    await this.running?.done.catch(() => undefined);
  }

  /**
   * At lock. The worker is not terminated: quick_check cannot be interrupted,
   * and a thread killed inside it never closes its connection, so SQLCipher's
   * copy of the key would stay in memory (the key-residue scan found it). The
   * check finishes on its own (seconds at x10), closes its connection, which
   * clears the key, and its result is dropped; the next unlock checks again.
   */
  stop(): void {
    if (this.running) this.running.released = true;
  }

  private async record(problems: string[]): Promise<void> {
    const db = this.session.openDb;
    if (!db) return; // locked meanwhile: the next unlock checks again
    await db.transaction().execute((trx) =>
      appendAudit(trx, {
        at: this.clock.now().toISOString(),
        userId: null,
        role: null,
        channel: databaseCheckChannel,
        entityType: 'auditLog',
        entityId: `quick_check;problems=${problems.length}`,
        outcome: 'failed',
      }),
    );
  }
}
