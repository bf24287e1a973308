// Audit entries made while the app is locked (failed sign-ins, locks): the log
// lives in the encrypted database, so they wait in the auth-state file until
// the next unlock. That file is plain, so nothing can authenticate it: at the
// flush only entries that could be genuine join the chain, and refused or
// dropped ones leave a mark in the chain itself.
import { isChannel } from '../../shared/ipc/contract';
import { maxPending, readAuthState, writeAuthState } from './auth-state';
import type { Db } from '../db/schema/database';
import { appendAudit, type NewAuditEntry } from '../audit/audit-repository';

export function queueLockedAudit(file: string, entry: NewAuditEntry): void {
  const state = readAuthState(file);
  if (state.pending.length >= maxPending) state.droppedPending = (state.droppedPending ?? 0) + 1;
  else
    state.pending.push({
      at: entry.at,
      userId: entry.userId,
      channel: entry.channel,
      outcome: entry.outcome,
    });
  writeAuthState(file, state);
}

/** Moves the queue into the chain and clears the signed-in user's failure count. */
export async function flushLockedAudit(
  db: Db,
  file: string,
  options: { now: Date; knownUserIds: ReadonlySet<number>; signedIn: string },
): Promise<void> {
  const state = readAuthState(file);
  const now = options.now.getTime();
  const plausible = state.pending.filter(
    (p) =>
      isChannel(p.channel) &&
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(p.at) &&
      new Date(p.at).getTime() <= now + 60_000 &&
      (p.userId === null || options.knownUserIds.has(p.userId)),
  );
  const refused = state.pending.length - plausible.length + (state.droppedPending ?? 0);
  await db.transaction().execute(async (trx) => {
    for (const p of plausible) {
      await appendAudit(trx, {
        ...p,
        role: null,
        entityType: 'user',
        entityId: p.userId === null ? null : String(p.userId),
      });
    }
    if (refused > 0) {
      await appendAudit(trx, {
        at: options.now.toISOString(),
        userId: null,
        role: null,
        channel: 'audit:lockedQueue',
        entityType: 'auditLog',
        entityId: `accepted=${plausible.length};refused=${refused}`,
        outcome: 'failed',
      });
    }
  });
  delete state.failures[options.signedIn];
  writeAuthState(file, { failures: state.failures, pending: [] });
}
