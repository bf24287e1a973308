// Appending to and reading the audit log. Entries never hold names, identity
// numbers or free text: only ids, the channel and the outcome.
import { auditHash, genesisHash } from './audit-hash';
import type { ReadDb, WriteDb } from '../db/handles';
import type { RawDatabase } from '../db/open-database';

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
export async function appendAudit(db: WriteDb, entry: NewAuditEntry): Promise<void> {
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

function filteredAudit(db: ReadDb, filter: AuditQuery) {
  let query = db.selectFrom('audit_log').leftJoin('user', 'user.id', 'audit_log.user_id');
  if (filter.userId !== null) query = query.where('audit_log.user_id', '=', filter.userId);
  if (filter.entityType !== null) query = query.where('audit_log.entity_type', '=', filter.entityType);
  if (filter.fromIso !== null) query = query.where('audit_log.at', '>=', filter.fromIso);
  if (filter.toIso !== null) query = query.where('audit_log.at', '<', filter.toIso);
  return query;
}

/** One page of the filtered log, newest first, with the filtered total. */
export async function auditPage(db: ReadDb, filter: AuditQuery, page: { limit: number; offset: number }) {
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
export async function allAuditRows(db: ReadDb) {
  return db.selectFrom('audit_log').selectAll().orderBy('id').execute();
}

/** The chain's newest entry and length; the genesis (lastId 0) for an empty log. */
export interface ChainHead {
  lastId: number;
  hash: string;
  count: number;
  /** When the newest entry was written; null for an empty log. */
  at: string | null;
}

const emptyHead: ChainHead = { lastId: 0, hash: genesisHash, count: 0, at: null };

export async function readChainHead(db: ReadDb): Promise<ChainHead> {
  const last = await db.selectFrom('audit_log').select(['id', 'hash', 'at']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!last) return emptyHead;
  const { n } = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { lastId: last.id, hash: last.hash, count: Number(n), at: last.at };
}

/**
 * The same, synchronously on the raw handle, and only between transactions:
 * on this one connection a read inside a transaction would see rows that are
 * not committed yet, and a head must never lead the database. Null when a
 * transaction is open (or the handle closed).
 */
export function readCommittedChainHead(raw: RawDatabase): ChainHead | null {
  if (!raw.open || raw.inTransaction) return null;
  const last = raw.prepare('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string; at: string }
    | undefined;
  if (!last) return emptyHead;
  const { n } = raw.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
  return { lastId: last.id, hash: last.hash, count: n, at: last.at };
}

/** One entry's place in the chain, and how many entries there are up to it. */
export async function chainEntry(db: ReadDb, id: number): Promise<{ hash: string; at: string; countUpTo: number } | null> {
  const row = await db.selectFrom('audit_log').select(['hash', 'at']).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const { n } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '<=', id)
    .executeTakeFirstOrThrow();
  return { hash: row.hash, at: row.at, countUpTo: Number(n) };
}

/** Entries of the given channels after `afterId`, oldest first (the integrity alerts). */
export async function entriesOfChannels(db: ReadDb, channels: readonly string[], afterId: number) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'channel', 'entity_id', 'outcome'])
    .where('channel', 'in', channels)
    .where('id', '>', afterId)
    .orderBy('id')
    .execute();
}

/** The newest successful entry of a channel, if any. */
export async function lastEntryOfChannel(db: ReadDb, channel: string) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'entity_id'])
    .where('channel', '=', channel)
    .where('outcome', '=', 'ok')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
