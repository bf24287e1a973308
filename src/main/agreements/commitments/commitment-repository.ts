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

/** The agreement a tick-off belongs to, or undefined when there is no such tick-off. */
export async function tickOffAgreement(db: ReadDb, id: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('agreement_commitment_tick_off')
    .select('agreement_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.agreement_id;
}

/** Deletes one tick-off; run inside the erasure routine so its note's bytes go too. */
export async function deleteTickOff(db: WriteDb, id: number): Promise<void> {
  await db.deleteFrom('agreement_commitment_tick_off').where('id', '=', id).execute();
}

export interface CountRow {
  agreement_id: number;
  organisation_id: number | null;
  measure: CountedMeasure;
  /** The first day of the half year (term) inside the window. */
  day: string;
  n: number;
}

/** One agreement's days to count: its follow-up year up to the day asked about. */
export interface CountWindow {
  agreementId: number;
  from: string;
  to: string;
}

const children = (measure: 'childrenEnrolled' | 'childrenCompleted') =>
  measure === 'childrenCompleted' ? sql`('completed')` : sql`('admitted', 'participating', 'completed')`;

/** One measure's facts (agreement, running party, measure, day, window start) from the scoped groups. */
function factsOf(measure: CountedMeasure) {
  switch (measure) {
    case 'groupsStarted':
      return sql`SELECT agreement_id, organisation_id, ${measure}, start_date, from_day
        FROM scoped WHERE parent_group_id IS NULL AND start_date BETWEEN from_day AND to_day`;
    case 'childrenEnrolled':
    case 'childrenCompleted':
      // Through the (group_id, status) index only; a cancelled enrolment counts once the child attended.
      return sql`SELECT s.agreement_id, s.organisation_id, ${measure}, s.start_date, s.from_day
        FROM scoped s CROSS JOIN enrolment e INDEXED BY enrolment_group ON e.group_id = s.id AND e.status IN ${children(measure)}
        WHERE s.start_date BETWEEN s.from_day AND s.to_day
        UNION ALL
        SELECT s.agreement_id, s.organisation_id, ${measure}, s.start_date, s.from_day
        FROM scoped s CROSS JOIN enrolment e INDEXED BY enrolment_group ON e.group_id = s.id AND e.status = 'cancelled'
        JOIN enrolment_attendance t ON t.enrolment_id = e.id AND t.attended > 0
        WHERE ${measure} = 'childrenEnrolled' AND s.start_date BETWEEN s.from_day AND s.to_day
        UNION ALL
        SELECT s.agreement_id, s.organisation_id, ${measure}, s.start_date, s.from_day
        FROM scoped s CROSS JOIN participation_record r ON r.group_id = s.id
        WHERE s.start_date BETWEEN s.from_day AND s.to_day
          AND (r.status IN ${children(measure)} OR (${measure} = 'childrenEnrolled' AND r.status = 'cancelled' AND r.sessions_attended > 0))`;
    case 'sessionsHeld':
      return sql`SELECT s.agreement_id, s.organisation_id, ${measure}, gs.date, s.from_day
        FROM scoped s CROSS JOIN group_session gs ON gs.group_id = s.id
        WHERE gs.cancelled = 0 AND gs.date BETWEEN s.from_day AND s.to_day`;
  }
}

/**
 * What the support-group records count of `measures` per agreement, running
 * party and half year (a term), each agreement within its own window. A
 * half's counts are dated its first day inside the window, so a year or
 * term period cut short by the agreement's start still holds them.
 */
export async function countRows(
  db: ReadDb,
  windows: readonly CountWindow[],
  measures: ReadonlySet<CountedMeasure>,
): Promise<CountRow[]> {
  if (windows.length === 0 || measures.size === 0) return [];
  const json = JSON.stringify(windows.map((w) => [w.agreementId, w.from, w.to]));
  // The windows first, then each agreement's programmes and groups (materialised; CROSS JOIN keeps that order).
  const rows = await sql<CountRow>`
    WITH w AS MATERIALIZED (
      SELECT value ->> 0 AS agreement_id, value ->> 1 AS from_day, value ->> 2 AS to_day FROM json_each(${json})
    ),
    scoped AS MATERIALIZED (
      SELECT g.id, g.parent_group_id, g.start_date, p.agreement_id, p.organisation_id, w.from_day, w.to_day
      FROM w CROSS JOIN programme p ON p.agreement_id = w.agreement_id
      CROSS JOIN support_group g ON g.programme_id = p.id
        -- A group held sessions in the window only if it started at most a year before it.
        AND g.start_date BETWEEN date(w.from_day, '-1 year') AND w.to_day
      WHERE g.status != 'cancelled'
    ),
    facts (agreement_id, organisation_id, measure, day, from_day) AS (
      ${sql.join([...measures].map(factsOf), sql` UNION ALL `)}
    )
    SELECT agreement_id, organisation_id, measure,
           max(from_day, substr(day, 1, 5) || CASE WHEN substr(day, 6, 2) <= '06' THEN '01-01' ELSE '07-01' END) AS day,
           count(*) AS n
    FROM facts GROUP BY 1, 2, 3, 4`.execute(db);
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

/**
 * The structured commitments (not text-only) of the agreements with one of
 * `statuses` that have started by `today` and not ended before `since`, and
 * only those that can need attention by `soon`: every recurring one; a
 * one-off one due by then; an ongoing one when its year (or the agreement)
 * ends by then.
 */
export async function followedCommitmentRows(
  db: ReadDb,
  statuses: readonly string[],
  window: { today: string; since: string; soon: string },
) {
  if (statuses.length === 0) return [];
  const end = sql`min(coalesce(a.ended_on, a.end_date), a.end_date)`;
  const yearEndsSoon = window.soon > `${window.today.slice(0, 4)}-12-31` ? 1 : 0;
  return db
    .selectFrom('agreement as a')
    .innerJoin('agreement_commitment as c', 'c.agreement_id', 'a.id')
    .select(followColumns)
    .where('a.status', 'in', statuses as never)
    .where('a.start_date', '<=', window.today)
    .where(sql<boolean>`${end} >= ${window.since}`)
    .where(
      sql<boolean>`(c.kind = 'recurring'
        OR (c.kind = 'oneOff' AND c.due_date <= ${window.soon})
        OR (c.kind = 'ongoing' AND (${yearEndsSoon} = 1 OR ${end} <= ${window.soon})))`,
    )
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
