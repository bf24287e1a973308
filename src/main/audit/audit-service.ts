// Reading, verifying and exporting the audit log (admin only, enforced by the router).
import type { AuditEntry, AuditHeadPrint, AuditVerification } from '../../shared/ipc/audit';
import { auditHeadText } from '../../shared/audit/head-text';
import { AppFailure } from '../base/app-error';
import type { ReadDb } from '../db/handles';
import { csvText } from '../reports/export/csv';
import { anchorLine, compareWithHead, parseAnchor } from './audit-head';
import { auditHash, genesisHash } from './audit-hash';
import { allAuditRows, auditPage, readChainHead, type AuditQuery } from './audit-repository';

export interface AuditFilterInput {
  userId: number | null;
  entityType: string | null;
  from: string | null;
  to: string | null;
}

/** Turns local calendar dates (YYYY-MM-DD, the user's time zone) into UTC bounds. */
export function toAuditQuery(filter: AuditFilterInput): AuditQuery {
  const startOfLocalDay = (date: string, addDays: number) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d + addDays).toISOString();
  };
  return {
    userId: filter.userId,
    entityType: filter.entityType,
    fromIso: filter.from ? startOfLocalDay(filter.from, 0) : null,
    toIso: filter.to ? startOfLocalDay(filter.to, 1) : null,
  };
}

export async function listAudit(
  db: ReadDb,
  filter: AuditFilterInput,
  page: { limit: number; offset: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const { rows, total } = await auditPage(db, toAuditQuery(filter), page);
  return {
    total,
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.user_id,
      username: r.username,
      role: r.role,
      channel: r.channel,
      entityType: r.entity_type,
      entityId: r.entity_id,
      outcome: r.outcome,
    })),
  };
}

/**
 * Walks the chain in id order and reports the first row that breaks it:
 * "deleted" at the first row after a gap, "inserted" at a row the chain runs
 * past (its neighbours link to each other), otherwise "edited".
 */
export async function verifyAudit(db: ReadDb, anchorText?: string): Promise<AuditVerification> {
  const chain = await verifyChain(db);
  const head = await readChainHead(db);
  if (anchorText === undefined) return { ...chain, head, anchor: null };
  const given = parseAnchor(anchorText);
  if (!given) throw new AppFailure('audit.badAnchor');
  const mismatch = await compareWithHead(db, given);
  const anchor = {
    given,
    problem: mismatch?.kind ?? null,
    fromId: mismatch?.kind === 'missing' ? mismatch.fromId : null,
    toId: mismatch?.kind === 'missing' ? mismatch.toId : null,
  };
  return { ...chain, ok: chain.ok && !mismatch, head, anchor };
}

type ChainVerification = Omit<AuditVerification, 'head' | 'anchor'>;

async function verifyChain(db: ReadDb): Promise<ChainVerification> {
  const rows = await allAuditRows(db);
  const bad = (firstBadId: number, problem: 'edited' | 'inserted' | 'deleted'): ChainVerification => ({
    ok: false,
    checked: rows.length,
    firstBadId,
    problem,
  });
  let prevHash = genesisHash;
  let prevPrevHash: string | null = null;
  let expectedId = 1;
  for (const [i, row] of rows.entries()) {
    if (row.id > expectedId) return bad(row.id, 'deleted');
    const linked = row.prev_hash === prevHash;
    const intact = auditHash(row.prev_hash, row) === row.hash;
    if (!linked || !intact) {
      const previous = rows[i - 1];
      // This row links to the one before the previous: the previous row was put in between.
      if (previous && row.prev_hash === prevPrevHash) return bad(previous.id, 'inserted');
      // The next row links to the previous one: this row was put in between.
      if (rows[i + 1]?.prev_hash === prevHash) return bad(row.id, 'inserted');
      if (!intact) return bad(row.id, 'edited');
      // Intact but unlinked: the previous row was changed, its hash recomputed, after this one was written.
      return bad(previous?.id ?? row.id, 'edited');
    }
    prevPrevHash = prevHash;
    prevHash = row.hash;
    expectedId = row.id + 1;
  }
  return { ok: true, checked: rows.length, firstBadId: null, problem: null };
}

/** The audit log as CSV for Swedish Excel (see csvText). */
export async function exportAuditCsv(
  db: ReadDb,
  filter: AuditFilterInput,
  today: string,
  installation: { installationId: string; organisationName: string; now: string },
): Promise<{ filename: string; csv: string; head: { filename: string; text: string } }> {
  const { entries } = await listAudit(db, filter, { limit: 1_000_000, offset: 0 });
  const header = ['id', 'tid', 'användar-id', 'användarnamn', 'roll', 'funktion', 'typ', 'post-id', 'utfall'];
  const rows = entries.map((e) => [e.id, e.at, e.userId, e.username, e.role, e.channel, e.entityType, e.entityId, e.outcome]);
  // The head rides in a companion file: the CSV stays a plain table for Excel.
  const head = await auditHeadPrint(db, installation);
  return {
    filename: `loggkontroll-${today}.csv`,
    csv: csvText([header, ...rows]),
    head: { filename: `loggkontroll-${today}-logghuvud.txt`, text: auditHeadText(head) },
  };
}

/** The chain head as the admin prints it ("Skriv ut logghuvud"). */
export async function auditHeadPrint(
  db: ReadDb,
  installation: { installationId: string; organisationName: string; now: string },
): Promise<AuditHeadPrint> {
  const head = await readChainHead(db);
  return { ...head, installationId: installation.installationId, organisationName: installation.organisationName, line: anchorLine(head), printedAt: installation.now };
}
