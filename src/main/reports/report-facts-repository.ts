// The SQL of a report's facts about activity (groups, sessions, feedback,
// targets), concern reports and budgets. Nothing here is about a particular child.
import { sql } from 'kysely';
import type { FeedbackCategory, GroupStatus, ProgrammeFormat } from '../../shared/support-groups/vocabulary';
import type { DbOrTrx } from '../db/schema/database';
import { inAgreements } from './participation-repository';

type Period = { from: string; to: string };

/** Top-level groups of the agreements starting in the period. */
export async function groupFactRows(db: DbOrTrx, agreementIds: readonly number[], period: Period) {
  // From the agreements' programmes to their groups by (programme, start date); CROSS JOIN keeps that order.
  const rows = await sql<{ agreement_id: number; format: ProgrammeFormat; status: GroupStatus }>`
    SELECT p.agreement_id, p.format, g.status FROM programme p
    CROSS JOIN support_group g ON g.programme_id = p.id AND g.start_date BETWEEN ${period.from} AND ${period.to}
    WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)} AND g.parent_group_id IS NULL`.execute(db);
  return rows.rows;
}

/** Sessions not cancelled in groups not cancelled, started by `to`, held between `from` and `to`. */
export async function countSessionsHeld(
  db: DbOrTrx,
  agreementIds: readonly number[],
  period: { from: string },
  to: string,
): Promise<number> {
  // Groups that started by the end of the period, then their sessions in it through (group, date).
  const rows = await sql<{ n: number }>`
    SELECT count(*) AS n FROM programme p
    CROSS JOIN support_group g ON g.programme_id = p.id AND g.start_date <= ${to}
    CROSS JOIN group_session s ON s.group_id = g.id AND s.date BETWEEN ${period.from} AND ${to}
    WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)} AND g.status != 'cancelled' AND s.cancelled = 0`.execute(
    db,
  );
  return Number(rows.rows[0]?.n ?? 0);
}

export async function feedbackFactRows(db: DbOrTrx, agreementIds: readonly number[], period: Period) {
  const rows = await sql<{ category: FeedbackCategory; closed: 0 | 1 }>`
    SELECT category, closed FROM feedback
    WHERE received_on BETWEEN ${period.from} AND ${period.to} AND ${inAgreements(sql.ref('agreement_id'), agreementIds)}`.execute(
    db,
  );
  return rows.rows;
}

/** Sums of the programmes' yearly targets per agreement. */
export async function targetRows(db: DbOrTrx, agreementIds: readonly number[]) {
  const rows = await sql<{ agreement_id: number; groups: number | null; children: number | null }>`
    SELECT agreement_id, sum(target_groups_per_year) AS groups, sum(target_children_per_year) AS children
    FROM programme WHERE ${inAgreements(sql.ref('agreement_id'), agreementIds)} GROUP BY agreement_id`.execute(
    db,
  );
  return rows.rows;
}

/** Concern reports in the period of children with an enrolment (live or erased) under the agreements. */
export async function countConcernReports(
  db: DbOrTrx,
  agreementIds: readonly number[],
  period: Period,
): Promise<number> {
  const live = await sql<{ n: number }>`
    SELECT count(*) AS n FROM concern_report cr
    LEFT JOIN anonymous_person ap ON ap.child_id = cr.child_id
    WHERE cr.reported_on BETWEEN ${period.from} AND ${period.to}
      AND (EXISTS (SELECT 1 FROM enrolment e JOIN programme p ON p.id = e.programme_id
                   WHERE e.child_id = cr.child_id AND ${inAgreements(sql.ref('p.agreement_id'), agreementIds)})
        OR EXISTS (SELECT 1 FROM participation_record r
                   WHERE r.person_id = ap.id AND ${inAgreements(sql.ref('r.agreement_id'), agreementIds)}))`.execute(
    db,
  );
  const erased = await sql<{ n: number }>`
    SELECT count(*) AS n FROM anonymous_concern_report acr
    WHERE acr.reported_on BETWEEN ${period.from} AND ${period.to}
      AND EXISTS (SELECT 1 FROM participation_record r
                  WHERE r.person_id = acr.person_id AND ${inAgreements(sql.ref('r.agreement_id'), agreementIds)})`.execute(
    db,
  );
  return Number(live.rows[0]?.n ?? 0) + Number(erased.rows[0]?.n ?? 0);
}

/** Budget lines and actuals of the agreements for the years, in agreement, year and line order. */
export async function budgetFactRows(db: DbOrTrx, agreementIds: readonly number[], years: readonly number[]) {
  const yearList = sql.join(years.map((y) => sql`${y}`));
  const [lines, actuals] = await Promise.all([
    sql<{ agreement_id: number; year: number; label: string; amount: number }>`
      SELECT agreement_id, year, label, amount FROM agreement_budget_line
      WHERE ${inAgreements(sql.ref('agreement_id'), agreementIds)} AND year IN (${yearList})
      ORDER BY agreement_id, year, position`.execute(db),
    sql<{ agreement_id: number; year: number; label: string; amount: number }>`
      SELECT agreement_id, year, label, amount FROM budget_line_actual
      WHERE ${inAgreements(sql.ref('agreement_id'), agreementIds)} AND year IN (${yearList})
      ORDER BY agreement_id, year, label`.execute(db),
  ]);
  return { lines: lines.rows, actuals: actuals.rows };
}
