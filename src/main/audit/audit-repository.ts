// Appending to and reading the audit log. Entries never hold names, identity
// numbers or free text: only ids, the channel and the outcome.
import type { DbOrTrx } from '../db/schema/database';
import { auditHash, genesisHash } from './audit-hash';

export interface NewAuditEntry {
  at: string;
  userId: number | null;
  role: string | null;
  channel: string;
  entityType: string | null;
  entityId: string | null;
  outcome: 'ok' | 'denied' | 'invalid' | 'failed';
}

/** Appends one entry. Call inside the transaction whose work it records. */
export async function appendAudit(db: DbOrTrx, entry: NewAuditEntry): Promise<void> {
  const last = await db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const id = (last?.id ?? 0) + 1;
  const row = {
    id,
    at: entry.at,
    user_id: entry.userId,
    role: entry.role,
    channel: entry.channel,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    outcome: entry.outcome,
  };
  const prevHash = last?.hash ?? genesisHash;
  await db
    .insertInto('audit_log')
    .values({ ...row, prev_hash: prevHash, hash: auditHash(prevHash, row) })
    .execute();
}

export interface AuditQuery {
  userId: number | null;
  entityType: string | null;
  /** Inclusive lower bound, UTC ISO time. */
  fromIso: string | null;
  /** Exclusive upper bound, UTC ISO time. */
  toIso: string | null;
}

function filteredAudit(db: DbOrTrx, filter: AuditQuery) {
  let query = db.selectFrom('audit_log').leftJoin('user', 'user.id', 'audit_log.user_id');
  if (filter.userId !== null) query = query.where('audit_log.user_id', '=', filter.userId);
  if (filter.entityType !== null) query = query.where('audit_log.entity_type', '=', filter.entityType);
  if (filter.fromIso !== null) query = query.where('audit_log.at', '>=', filter.fromIso);
  if (filter.toIso !== null) query = query.where('audit_log.at', '<', filter.toIso);
  return query;
}

/** One page of the filtered log, newest first, with the filtered total. */
export async function auditPage(db: DbOrTrx, filter: AuditQuery, page: { limit: number; offset: number }) {
  const query = filteredAudit(db, filter);
  const [rows, count] = await Promise.all([
    query
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.user_id',
        'user.username',
        'audit_log.role',
        'audit_log.channel',
        'audit_log.entity_type',
        'audit_log.entity_id',
        'audit_log.outcome',
      ])
      .orderBy('audit_log.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The whole chain in id order, for verification. */
export async function allAuditRows(db: DbOrTrx) {
  return db.selectFrom('audit_log').selectAll().orderBy('id').execute();
}
