// Groups, sessions, feedback and targets of the agreements in a report:
// nothing here is about a particular child.
import { sql } from 'kysely';
import type { FeedbackCategory, GroupStatus, ProgrammeFormat } from '../../shared/support-groups/vocabulary';
import type { GroupFact, TargetFact } from '../../shared/reports/facts';
import type { ReadDb } from '../db/handles';
import { inAgreements } from './participations';

type Period = { from: string; to: string };

/** Top-level groups starting in the period (an age subgroup of a weekend is part of its weekend). */
export async function groupFacts(
  db: ReadDb,
  agreementIds: readonly number[],
  period: Period,
): Promise<GroupFact[]> {
  // From the agreements' programmes to their groups by (programme, start date); CROSS JOIN keeps that order.
  const rows = await sql<{ agreement_id: number; format: ProgrammeFormat; status: GroupStatus }>`
    SELECT p.agreement_id, p.format, g.status FROM programme p
    CROSS JOIN support_group g ON g.programme_id = p.id AND g.start_date BETWEEN ${period.from} AND ${period.to}
    WHERE ${inAgreements(sql.ref('p.agreement_id'), agreementIds)} AND g.parent_group_id IS NULL`.execute(db);
  return rows.rows.map((r) => ({ agreementId: r.agreement_id, format: r.format, status: r.status }));
}

/** Sessions held in the period: not cancelled, in a group that was not cancelled, on or before today. */
export async function sessionsHeld(
  db: ReadDb,
  agreementIds: readonly number[],
  period: Period,
  today: string,
): Promise<number> {
  const to = period.to < today ? period.to : today;
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

export async function feedbackFacts(
  db: ReadDb,
  agreementIds: readonly number[],
  period: Period,
): Promise<{ category: FeedbackCategory; closed: boolean }[]> {
  const rows = await sql<{ category: FeedbackCategory; closed: 0 | 1 }>`
    SELECT category, closed FROM feedback
    WHERE received_on BETWEEN ${period.from} AND ${period.to} AND ${inAgreements(sql.ref('agreement_id'), agreementIds)}`.execute(
    db,
  );
  return rows.rows.map((r) => ({ category: r.category, closed: r.closed === 1 }));
}

/** The yearly targets of each agreement: the sums over its programmes (null when none sets one). */
export async function targetFacts(db: ReadDb, agreementIds: readonly number[]): Promise<TargetFact[]> {
  const rows = await sql<{ agreement_id: number; groups: number | null; children: number | null }>`
    SELECT agreement_id, sum(target_groups_per_year) AS groups, sum(target_children_per_year) AS children
    FROM programme WHERE ${inAgreements(sql.ref('agreement_id'), agreementIds)} GROUP BY agreement_id`.execute(
    db,
  );
  const byId = new Map(rows.rows.map((r) => [r.agreement_id, r]));
  return agreementIds.map((id) => ({
    agreementId: id,
    groupsPerYear: byId.get(id)?.groups ?? null,
    childrenPerYear: byId.get(id)?.children ?? null,
  }));
}
