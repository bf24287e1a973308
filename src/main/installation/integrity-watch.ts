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
  private running: { done: Promise<string[]> } | null = null;
  /** Set at lock: a check still running finishes on its own and its result is dropped. */
  private released = false;

  constructor(
    private readonly file: string,
    private readonly session: UnlockedSession,
    private readonly clock: Clock,
  ) {}

  /** Starts a check unless one runs; `masterKey` stays the caller's. Resolves to the problems found. */
  start(masterKey: Buffer): Promise<string[]> {
    if (this.running) return this.running.done;
    this.released = false;
    const done = quickCheck(this.file, masterKey)
      .then(async (problems) => {
        if (problems.length > 0 && !this.released) await this.record(problems);
        return problems;
      })
      .finally(() => {
        this.running = null;
      });
    this.running = { done };
    // Nobody may be waiting: a worker that failed to run is not a finding, and the next unlock tries again.
    done.catch(() => undefined);
    return done;
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
    this.released = true;
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
