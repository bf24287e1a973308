// Audit entries made while the app is locked (failed sign-ins, locks): the log
// lives in the encrypted database, so they wait in the auth-state file until
// the next unlock. That file is plain, so nothing can authenticate it: at the
// flush only entries that could be genuine join the chain, and refused or
// dropped ones leave a mark in the chain itself. Each entry is numbered, and
// the stored chain head remembers the last number moved into the chain, so a
// gap or a number going backwards shows; removing the newest (or all) entries
// cannot be seen locally (README-audit.md).
import { isChannel } from '../../shared/ipc/contract';
import { maxPending, readAuthState, writeAuthState, type AuthState } from './auth-state';
import type { Db } from '../db/schema/database';
import { appendAudit, type NewAuditEntry } from '../audit/audit-repository';
import { lockedQueueChannel } from '../audit/integrity-alerts';

export function queueLockedAudit(file: string, entry: NewAuditEntry): void {
  const state = readAuthState(file);
  const seq = state.nextSeq ?? Math.max(0, ...state.pending.map((p) => p.seq ?? 0)) + 1;
  state.nextSeq = seq + 1;
  if (state.pending.length >= maxPending) state.droppedPending = (state.droppedPending ?? 0) + 1;
  else
    state.pending.push({
      at: entry.at,
      userId: entry.userId,
      channel: entry.channel,
      outcome: entry.outcome,
      seq,
    });
  writeAuthState(file, state);
}

type Pending = AuthState['pending'];

/** Gaps (as "from-to" ranges) and entries whose numbers go backwards, after the last number the chain holds. */
function queueNumbering(pending: Pending, headSeq: number | null): { gaps: string[]; backwards: number; lastSeq: number } {
  // Without a head to vouch for the last number, the queue is checked among itself from its first number.
  const lockedSeq = headSeq ?? Math.max(0, (pending.find((p) => p.seq !== undefined)?.seq ?? 1) - 1);
  const gaps: string[] = [];
  let backwards = 0;
  let expected = lockedSeq + 1;
  let lastSeq = lockedSeq;
  for (const { seq } of pending) {
    if (seq === undefined) continue;
    if (seq < expected) backwards++;
    else {
      if (seq > expected) gaps.push(seq - 1 === expected ? String(expected) : `${expected}-${seq - 1}`);
      expected = seq + 1;
    }
    lastSeq = Math.max(lastSeq, seq);
  }
  return { gaps, backwards, lastSeq };
}

/** A flush killed after the chain took the queue but before the file was cleared: the queue ends at the head's number. */
function alreadyInChain(pending: Pending, lockedSeq: number | null): boolean {
  if (pending.length === 0 || !lockedSeq) return false;
  return pending.every((p, i) => p.seq !== undefined && p.seq === lockedSeq - pending.length + 1 + i);
}

/**
 * Moves the queue into the chain and clears the signed-in user's failure
 * count. `lockedSeq` is the last number the stored head says the chain holds;
 * `committed` runs after the chain took the queue and before the file is
 * cleared (it writes the new head), so a kill in between never looks like a gap.
 */
export async function flushLockedAudit(
  db: Db,
  file: string,
  options: { now: Date; knownUserIds: ReadonlySet<number>; signedIn: string; lockedSeq: number | null; committed: (lastSeq: number) => void },
): Promise<void> {
  const state = readAuthState(file);
  const pending = alreadyInChain(state.pending, options.lockedSeq) ? [] : state.pending;
  const now = options.now.getTime();
  const plausible = pending.filter(
    (p) =>
      isChannel(p.channel) &&
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(p.at) &&
      new Date(p.at).getTime() <= now + 60_000 &&
      (p.userId === null || options.knownUserIds.has(p.userId)),
  );
  const refused = pending.length - plausible.length + (state.droppedPending ?? 0);
  const numbering = queueNumbering(pending, options.lockedSeq);
  const suspicious = numbering.gaps.length > 0 || numbering.backwards > 0;
  await db.transaction().execute(async (trx) => {
    for (const { seq: _seq, ...p } of plausible) {
      await appendAudit(trx, {
        ...p,
        role: null,
        entityType: 'user',
        entityId: p.userId === null ? null : String(p.userId),
      });
    }
    if (refused > 0 || suspicious) {
      const parts = [`accepted=${plausible.length}`, `refused=${refused}`];
      // The first gaps only: the entity id stays short, and one gap is already the alarm.
      if (numbering.gaps.length > 0) parts.push(`gaps=${numbering.gaps.slice(0, 5).join(',')}`);
      if (numbering.backwards > 0) parts.push(`backwards=${numbering.backwards}`);
      await appendAudit(trx, {
        at: options.now.toISOString(),
        userId: null,
        role: null,
        channel: lockedQueueChannel,
        entityType: 'auditLog',
        entityId: parts.join(';'),
        outcome: 'failed',
      });
    }
  });
  options.committed(numbering.lastSeq);
  delete state.failures[options.signedIn];
  writeAuthState(file, { failures: state.failures, pending: [], nextSeq: Math.max(state.nextSeq ?? 1, numbering.lastSeq + 1) });
}

/**
 * After a restore the keyring (and its head) is the backup's: renumber what
 * still waits so that it follows the restored head instead of showing the
 * replaced database's entries as a gap.
 */
export function rebaseLockedQueue(file: string, lockedSeq: number): void {
  const state = readAuthState(file);
  let seq = lockedSeq;
  state.pending = state.pending.map((p) => ({ ...p, seq: ++seq }));
  state.nextSeq = seq + 1;
  writeAuthState(file, state);
}
