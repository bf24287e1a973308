// The SQL of erasure: reading what each enrolment becomes, writing the
// anonymous records, deleting the enrolments and orphaned children, logging
// the run, and rewriting the database file so deleted bytes are gone.
import { sql, type Insertable } from 'kysely';
import type {
  EnrolmentStatus,
  Gender,
  GroupStatus,
  PlacementBasis,
} from '../../shared/support-groups/vocabulary';
import type { Db, } from '../db/schema/database';
import type { ErasureRunTable } from '../db/schema/erasure-run-table';
import type { ParticipationRecordTable } from '../db/schema/participation-record-table';
import type { ReadDb, WriteDb } from '../db/handles';

const chunkSize = 400;
/** Splits ids so every `IN (…)` stays well under SQLite's variable limit. */
const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / chunkSize) }, (_, i) =>
    items.slice(i * chunkSize, (i + 1) * chunkSize),
  );
/**
 * The ids as one JSON parameter, for `IN (${idList(ids)})`: one bound value
 * however many ids, so no list can reach SQLite's variable limit.
 */
export const idList = (ids: readonly number[]) => sql`SELECT value FROM json_each(${JSON.stringify(ids)})`;

export async function groupStatuses(
  db: ReadDb,
  groupIds: readonly number[],
): Promise<{ id: number; status: GroupStatus }[]> {
  return db
    .selectFrom('support_group')
    .select(['id', 'status'])
    .where('id', 'in', [...groupIds])
    .execute();
}

/** What an erased enrolment leaves behind, read before it is deleted. */
interface SourceRow {
  id: number;
  child_id: number;
  agreement_id: number;
  programme_id: number;
  group_id: number;
  start_date: string;
  status: EnrolmentStatus;
  referred_on: string;
  updated_at: string;
  fee_applies: 0 | 1;
  fee_amount_ore: number;
  birth_date: string | null;
  birth_year: number | null;
  gender: Gender;
  district: string;
  protected_identity: 0 | 1;
  placement_basis: PlacementBasis;
  attended: number;
  recorded: number;
}

export async function sourceRows(db: ReadDb, enrolmentIds: readonly number[]): Promise<SourceRow[]> {
  const sources: SourceRow[] = [];
  for (const part of chunks(enrolmentIds)) {
    const { rows } = await sql<SourceRow>`
      SELECT e.id, e.child_id, p.agreement_id, e.programme_id, e.group_id, g.start_date, e.status, e.referred_on, e.updated_at,
             e.fee_applies, e.fee_amount_ore, c.birth_date, c.birth_year, c.gender, c.district, c.protected_identity, c.placement_basis,
             (SELECT count(*) FROM attendance a WHERE a.enrolment_id = e.id AND a.present = 1) AS attended,
             (SELECT count(*) FROM attendance a WHERE a.enrolment_id = e.id) AS recorded
      FROM enrolment e
      JOIN child c ON c.id = e.child_id
      JOIN support_group g ON g.id = e.group_id
      JOIN programme p ON p.id = e.programme_id
      WHERE e.id IN (${idList(part)})`.execute(db);
    sources.push(...rows);
  }
  return sources;
}

/** Gives every child an anonymous person (once) and returns child id → person id. */
export async function personsFor(db: WriteDb, childIds: readonly number[]): Promise<Map<number, number>> {
  const persons = new Map<number, number>();
  for (const part of chunks(childIds)) {
    await sql`INSERT INTO anonymous_person (child_id)
      SELECT c.id FROM child c WHERE c.id IN (${idList(part)})
        AND NOT EXISTS (SELECT 1 FROM anonymous_person ap WHERE ap.child_id = c.id)`.execute(db);
    const rows = await db
      .selectFrom('anonymous_person')
      .select(['id', 'child_id'])
      .where('child_id', 'in', part)
      .execute();
    for (const r of rows) persons.set(r.child_id!, r.id);
  }
  return persons;
}

export async function insertParticipationRecords(
  db: WriteDb,
  records: readonly Insertable<ParticipationRecordTable>[],
): Promise<void> {
  for (const part of chunks(records)) await db.insertInto('participation_record').values(part).execute();
}

/** Deletes the enrolments; consents and attendance go with them (ON DELETE CASCADE). */
export async function deleteEnrolments(db: WriteDb, enrolmentIds: readonly number[]): Promise<void> {
  for (const part of chunks(enrolmentIds)) await db.deleteFrom('enrolment').where('id', 'in', part).execute();
}

/** Those of the children who still have an enrolment. */
export async function childrenWithEnrolments(db: ReadDb, childIds: readonly number[]): Promise<Set<number>> {
  const left = new Set<number>();
  for (const part of chunks(childIds)) {
    const rows = await db
      .selectFrom('enrolment')
      .select('child_id')
      .distinct()
      .where('child_id', 'in', part)
      .execute();
    for (const r of rows) left.add(r.child_id);
  }
  return left;
}

/** Keeps only the dates of the children's concern reports, then deletes the children. */
export async function deleteChildren(db: WriteDb, childIds: readonly number[]): Promise<void> {
  for (const part of chunks(childIds)) {
    await sql`INSERT INTO anonymous_concern_report (person_id, reported_on)
      SELECT ap.id, cr.reported_on FROM concern_report cr JOIN anonymous_person ap ON ap.child_id = cr.child_id
      WHERE cr.child_id IN (${idList(part)})`.execute(db);
    // Guardians, search words and concern reports go with the child; the anonymous person loses its link (SET NULL).
    await db.deleteFrom('child').where('id', 'in', part).execute();
  }
}

export async function insertErasureRun(db: WriteDb, run: Insertable<ErasureRunTable>): Promise<void> {
  await db.insertInto('erasure_run').values(run).execute();
}

export async function recentErasureRuns(db: ReadDb, limit: number) {
  return db
    .selectFrom('erasure_run')
    .select(['erased_at', 'groups', 'enrolments', 'children_deleted', 'children_kept'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Erased fee-paying children of the agreement counted for `year` who have no
 * live fee-paying enrolment that year (those are counted by support groups).
 */
export async function erasedFeePayingChildren(
  db: ReadDb,
  agreementId: number,
  year: number,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(DISTINCT r.person_id) AS n
    FROM participation_record r
    JOIN support_group g ON g.id = r.group_id
    JOIN anonymous_person ap ON ap.id = r.person_id
    WHERE r.agreement_id = ${agreementId} AND r.other_municipality = 1
      AND r.status IN ('admitted', 'participating', 'completed')
      AND g.start_date BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}
      AND NOT EXISTS (
        SELECT 1 FROM enrolment e JOIN programme p ON p.id = e.programme_id JOIN support_group lg ON lg.id = e.group_id
        WHERE e.child_id = ap.child_id AND p.agreement_id = ${agreementId} AND e.fee_applies = 1
          AND e.status IN ('admitted', 'participating', 'completed')
          AND lg.start_date BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`})`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Makes the deleted bytes gone from the file and its log. With secure_delete
 * on (open-database.ts) SQLite overwrites deleted cells and freed pages with
 * zeros as it deletes, so the committed pages hold no erased byte; only the
 * write-ahead log still holds the pages' earlier versions. Checkpointing with
 * TRUNCATE writes the zeroed pages into the file and empties the log. (A VACUUM
 * of the whole file, 12.7 s at ×10, adds nothing: the byte search in
 * test/unit/reports/erasure.test.ts passes without it and fails without the
 * checkpoint.) The one FTS5 index (agreement_fts) holds no children's data.
 * False if another connection (a backup being taken) kept part of the log
 * alive; the next lock finishes it.
 */
export async function purgeDeletedData(db: Db): Promise<boolean> {
  try {
    const { rows } = await sql<{
      busy: number;
      log: number;
      checkpointed: number;
    }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    const r = rows[0];
    return r !== undefined && r.busy === 0 && r.log === r.checkpointed;
  } catch {
    return false;
  }
}
