// Groups, sessions, feedback and targets of the agreements in a report:
// nothing here is about a particular child.
import type { FeedbackCategory } from '../../shared/support-groups/vocabulary';
import type { GroupFact, TargetFact } from '../../shared/reports/facts';
import type { DbOrTrx } from '../db/schema/database';
import { countSessionsHeld, feedbackFactRows, groupFactRows, targetRows } from './report-facts-repository';

type Period = { from: string; to: string };

/** Top-level groups starting in the period (an age subgroup of a weekend is part of its weekend). */
export async function groupFacts(
  db: DbOrTrx,
  agreementIds: readonly number[],
  period: Period,
): Promise<GroupFact[]> {
  const rows = await groupFactRows(db, agreementIds, period);
  return rows.map((r) => ({ agreementId: r.agreement_id, format: r.format, status: r.status }));
}

/** Sessions held in the period: not cancelled, in a group that was not cancelled, on or before today. */
export async function sessionsHeld(
  db: DbOrTrx,
  agreementIds: readonly number[],
  period: Period,
  today: string,
): Promise<number> {
  const to = period.to < today ? period.to : today;
  return countSessionsHeld(db, agreementIds, period, to);
}

export async function feedbackFacts(
  db: DbOrTrx,
  agreementIds: readonly number[],
  period: Period,
): Promise<{ category: FeedbackCategory; closed: boolean }[]> {
  const rows = await feedbackFactRows(db, agreementIds, period);
  return rows.map((r) => ({ category: r.category, closed: r.closed === 1 }));
}

/** The yearly targets of each agreement: the sums over its programmes (null when none sets one). */
export async function targetFacts(db: DbOrTrx, agreementIds: readonly number[]): Promise<TargetFact[]> {
  const rows = await targetRows(db, agreementIds);
  const byId = new Map(rows.map((r) => [r.agreement_id, r]));
  return agreementIds.map((id) => ({
    agreementId: id,
    groupsPerYear: byId.get(id)?.groups ?? null,
    childrenPerYear: byId.get(id)?.children ?? null,
  }));
}
