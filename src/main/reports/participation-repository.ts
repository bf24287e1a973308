// The SQL behind the participations a report counts: live enrolments and the
// anonymised records of erased ones, and the candidates for "waiting on a day".
import { sql, type RawBuilder } from 'kysely';
import type { Participation } from '../../shared/reports/facts';
import type { EnrolmentStatus, Gender, PlacementBasis } from '../../shared/support-groups/vocabulary';
import type { ReadDb } from '../db/handles';

/**
 * `column IN (ids)`, or false when there are none. The ids travel as one JSON
 * parameter, so a report over every agreement never meets SQLite's variable limit.
 */
export const inAgreements = (column: RawBuilder<unknown>, ids: readonly number[]) =>
  ids.length === 0 ? sql`0` : sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

interface LiveRow {
  person: number;
  agreement_id: number;
  group_id: number;
  start_date: string;
  status: EnrolmentStatus;
  birth_date: string | null;
  birth_year: number | null;
  gender: Gender;
  district: string;
  protected_identity: 0 | 1;
  placement_basis: PlacementBasis;
  fee_applies: 0 | 1;
  fee_amount_ore: number;
  attended: number;
  recorded: number;
}

interface RecordRow {
  person_id: number;
  agreement_id: number;
  group_id: number;
  start_date: string;
  status: EnrolmentStatus;
  age_band: Participation['ageBand'];
  gender: Gender;
  district: string;
  protected_identity: 0 | 1;
  placement_basis: PlacementBasis;
  other_municipality: 0 | 1;
  fee_ore: number;
  sessions_attended: number;
  sessions_recorded: number;
}

/** Live enrolments and erased records in groups of the agreements starting in the period. */
export async function participationRows(
  db: ReadDb,
  agreementIds: readonly number[],
  period: { from: string; to: string },
  takingPart: readonly EnrolmentStatus[],
): Promise<{ live: LiveRow[]; records: RecordRow[] }> {
  const statuses = sql.join(takingPart.map((s) => sql`${s}`));
  // The groups in scope first (materialised; CROSS JOIN keeps that order, so the
  // planner never starts from every enrolment with a status), then their
  // enrolments, their attendance totals (kept by triggers, migration 0008) and
  // the children's describing columns, each through a covering index
  // (migration 0004) instead of the wide rows.
  const live = await sql<LiveRow>`
    WITH scoped AS MATERIALIZED (
      SELECT g.id, g.start_date, p.agreement_id FROM programme p
      JOIN support_group g ON g.programme_id = p.id
      WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)}
        AND g.start_date BETWEEN ${period.from} AND ${period.to}
    ),
    enr AS MATERIALIZED (
      SELECT e.id, e.child_id, e.group_id, e.status, e.fee_applies, e.fee_amount_ore, s.start_date, s.agreement_id
      FROM scoped s CROSS JOIN enrolment e INDEXED BY enrolment_report ON e.group_id = s.id
      WHERE e.status IN (${statuses}, 'cancelled')
    )
    SELECT coalesce(ap.id, -c.id) AS person, enr.agreement_id, enr.group_id, enr.start_date, enr.status,
           c.birth_date, c.birth_year, c.gender, c.district, c.protected_identity, c.placement_basis,
           enr.fee_applies, enr.fee_amount_ore,
           coalesce(t.attended, 0) AS attended, coalesce(t.recorded, 0) AS recorded
    FROM enr
    CROSS JOIN child c INDEXED BY child_report ON c.id = enr.child_id
    LEFT JOIN anonymous_person ap ON ap.child_id = c.id
    LEFT JOIN enrolment_attendance t ON t.enrolment_id = enr.id`.execute(db);
  const records = await sql<RecordRow>`
    WITH scoped AS MATERIALIZED (
      SELECT g.id, g.start_date FROM programme p JOIN support_group g ON g.programme_id = p.id
      WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)}
        AND g.start_date BETWEEN ${period.from} AND ${period.to}
    )
    SELECT r.person_id, r.agreement_id, r.group_id, s.start_date, r.status, r.age_band, r.gender, r.district,
           r.protected_identity, r.placement_basis, r.other_municipality, r.fee_ore, r.sessions_attended, r.sessions_recorded
    FROM scoped s
    CROSS JOIN participation_record r ON r.group_id = s.id
    WHERE +r.status IN (${statuses}, 'cancelled')`.execute(db);
  return { live: live.rows, records: records.rows };
}

interface WaitingCandidate {
  person: number;
  status: EnrolmentStatus;
  start_date: string | null;
  ended_on: string | null;
}

/** Live enrolments (with their last change) and erased records that may have been waiting on `day`. */
export async function waitingCandidates(
  db: ReadDb,
  agreementIds: readonly number[],
  day: string,
): Promise<{ live: (WaitingCandidate & { updated_at: string })[]; records: WaitingCandidate[] }> {
  // Only three kinds of enrolment can have been waiting on `day`, each found through an index:
  // still on the list now; placed in a group that starts after `day`; cancelled without a group.
  const live = await sql<WaitingCandidate & { updated_at: string }>`
    WITH scoped AS MATERIALIZED (
      SELECT p.id FROM programme p WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)}
    )
    SELECT coalesce(ap.id, -e.child_id) AS person, e.status, NULL AS start_date, NULL AS ended_on, e.updated_at
    FROM scoped s CROSS JOIN enrolment e ON e.programme_id = s.id AND e.status IN ('interest', 'waitlisted') AND e.referred_on <= ${day}
    LEFT JOIN anonymous_person ap ON ap.child_id = e.child_id
    UNION ALL
    SELECT coalesce(ap.id, -e.child_id), e.status, g.start_date, NULL, e.updated_at
    FROM scoped s CROSS JOIN support_group g ON g.programme_id = s.id AND g.start_date > ${day}
    CROSS JOIN enrolment e INDEXED BY enrolment_report ON e.group_id = g.id
    LEFT JOIN anonymous_person ap ON ap.child_id = e.child_id
    WHERE e.referred_on <= ${day} AND e.status NOT IN ('interest', 'waitlisted')
    UNION ALL
    SELECT coalesce(ap.id, -e.child_id), e.status, NULL, NULL, e.updated_at
    FROM scoped s CROSS JOIN enrolment e INDEXED BY enrolment_ungrouped
      ON e.programme_id = s.id AND e.status = 'cancelled' AND e.referred_on <= ${day} AND e.group_id IS NULL
    LEFT JOIN anonymous_person ap ON ap.child_id = e.child_id`.execute(db);
  const records = await sql<WaitingCandidate>`
    SELECT r.person_id AS person, r.status, g.start_date, r.ended_on
    FROM participation_record r JOIN support_group g ON g.id = r.group_id
    WHERE r.referred_on <= ${day} AND ${inAgreements(sql.ref('r.agreement_id'), agreementIds)}
      AND (g.start_date > ${day} OR r.status IN ('interest', 'waitlisted'))`.execute(db);
  return { live: live.rows, records: records.rows };
}
