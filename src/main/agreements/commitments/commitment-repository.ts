// The SQL of commitments' follow-up: tick-offs by hand, and what the
// support-group records count per day for the agreements' groups (groups
// started, children enrolled and completed by their group's start date,
// sessions held by their date). Counts only: nothing here names a child.
import { sql, type Insertable, type RawBuilder } from 'kysely';
import type { CountedMeasure } from '../../../shared/agreements/commitments/commitment';
import type { AgreementCommitmentTickOffTable } from '../../db/schema/agreement-commitment-table';
import type { ReadDb, WriteDb } from '../../db/handles';

const inList = (column: RawBuilder<unknown>, ids: readonly number[]) =>
  ids.length === 0 ? sql`0` : sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

export async function tickOffRows(db: ReadDb, agreementId: number) {
  return db
    .selectFrom('agreement_commitment_tick_off as t')
    .leftJoin('user as u', 'u.id', 't.recorded_by_user_id')
    .selectAll('t')
    .select('u.display_name as recorded_by_name')
    .where('t.agreement_id', '=', agreementId)
    .orderBy('t.done_on', 'desc')
    .orderBy('t.id', 'desc')
    .execute();
}

/** Tick-off dates per agreement and commitment, for many agreements at once, within [from, to]. */
export async function tickOffDates(db: ReadDb, agreementIds: readonly number[], from: string, to: string) {
  const rows = await sql<{ agreement_id: number; commitment_key: string; done_on: string }>`
    SELECT agreement_id, commitment_key, done_on FROM agreement_commitment_tick_off
    WHERE ${inList(sql.ref('agreement_id'), agreementIds)} AND done_on BETWEEN ${from} AND ${to}`.execute(db);
  return rows.rows;
}

export async function insertTickOff(db: WriteDb, values: Insertable<AgreementCommitmentTickOffTable>): Promise<void> {
  await db.insertInto('agreement_commitment_tick_off').values(values).execute();
}

export interface CountRow {
  agreement_id: number;
  organisation_id: number | null;
  measure: CountedMeasure;
  day: string;
  n: number;
}

/** What the support-group records count per agreement, running party and day within [from, to]. */
export async function countRows(
  db: ReadDb,
  agreementIds: readonly number[],
  from: string,
  to: string,
): Promise<CountRow[]> {
  if (agreementIds.length === 0) return [];
  const rows = await sql<CountRow>`
    WITH scoped AS MATERIALIZED (
      SELECT g.id, g.parent_group_id, g.status, g.start_date, p.agreement_id, p.organisation_id
      FROM programme p CROSS JOIN support_group g ON g.programme_id = p.id
      WHERE ${inList(sql.ref('p.agreement_id'), agreementIds)} AND g.status != 'cancelled'
    )
    SELECT agreement_id, organisation_id, 'groupsStarted' AS measure, start_date AS day, count(*) AS n
    FROM scoped WHERE parent_group_id IS NULL AND start_date BETWEEN ${from} AND ${to}
    GROUP BY 1, 2, 4
    UNION ALL
    SELECT s.agreement_id, s.organisation_id,
           CASE WHEN e.status = 'completed' THEN 'childrenCompleted' ELSE 'childrenEnrolled' END,
           s.start_date, count(*)
    FROM scoped s CROSS JOIN enrolment e ON e.group_id = s.id
    LEFT JOIN enrolment_attendance t ON t.enrolment_id = e.id
    WHERE s.start_date BETWEEN ${from} AND ${to}
      AND (e.status IN ('admitted', 'participating', 'completed') OR (e.status = 'cancelled' AND coalesce(t.attended, 0) > 0))
    GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT s.agreement_id, s.organisation_id,
           CASE WHEN r.status = 'completed' THEN 'childrenCompleted' ELSE 'childrenEnrolled' END,
           s.start_date, count(*)
    FROM scoped s CROSS JOIN participation_record r ON r.group_id = s.id
    WHERE s.start_date BETWEEN ${from} AND ${to}
      AND (r.status IN ('admitted', 'participating', 'completed') OR (r.status = 'cancelled' AND r.sessions_attended > 0))
    GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT s.agreement_id, s.organisation_id, 'sessionsHeld', gs.date, count(*)
    FROM scoped s CROSS JOIN group_session gs ON gs.group_id = s.id
    WHERE gs.cancelled = 0 AND gs.date BETWEEN ${from} AND ${to}
    GROUP BY 1, 2, 4`.execute(db);
  return rows.rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** What following a commitment up needs (no texts: Översikt reads those only for what it shows). */
const followColumns = [
  'a.id as agreement_id',
  'a.start_date',
  'a.end_date',
  'a.ended_on',
  'c.organisation_id',
  'c.position',
  'c.commitment_key',
  'c.appendix_position',
  'c.kind',
  'c.target_count',
  'c.target_per',
  'c.target_comparison',
  'c.tolerance_percent',
  'c.measure',
  'c.due_date',
] as const;

/** The structured commitments (not text-only) of the agreements with one of `statuses`. */
export async function followedCommitmentRows(db: ReadDb, statuses: readonly string[]) {
  if (statuses.length === 0) return [];
  return db
    .selectFrom('agreement as a')
    .innerJoin('agreement_commitment as c', 'c.agreement_id', 'a.id')
    .select(followColumns)
    .where('a.status', 'in', statuses as never)
    .where('c.kind', '!=', 'unknown')
    .execute();
}

/** Every commitment of the agreements `ids`, with its text and its agreement's registration number and title. */
export async function commitmentRowsOf(db: ReadDb, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('agreement as a')
    .innerJoin('agreement_commitment as c', 'c.agreement_id', 'a.id')
    .select([...followColumns, 'c.text', 'a.registration_number', 'a.title'])
    .where(sql<boolean>`${inList(sql.ref('a.id'), ids)}`)
    .orderBy('a.id')
    .orderBy('c.position')
    .execute();
}
/** The non-profit parties (the ones running groups) of the agreements. */
export async function runningPartyRows(db: ReadDb, agreementIds: readonly number[]) {
  const rows = await sql<{ agreement_id: number; organisation_id: number }>`
    SELECT agreement_id, organisation_id FROM agreement_party
    WHERE role = 'nonprofit' AND ${inList(sql.ref('agreement_id'), agreementIds)}`.execute(db);
  return rows.rows;
}
