// What the gallring view shows: groups that are over and still hold
// children's data, with what is due soon and what is overdue, and the latest
// erasures (counts only); and the dashboard card's counts alone, counted in SQL.
import { addDays, swedishDay } from '../../shared/dates';
import { soonDays } from '../../shared/erasure/retention';
import { defaultOverviewLimit, type ErasureOverview, type ErasureSummary } from '../../shared/ipc/erasure';
import type { Clock } from '../base/clock';
import type { ReadDb } from '../db/handles';
import { readReportSettings } from '../reports/report-settings';
import { recentErasureRuns } from './erase-repository';
import { groupsAwaitingErasure } from './erasure-groups';
import { retentionCountRow } from './handback-repository';

/**
 * The gallring view: the `limit` most urgent groups awaiting erasure, how many
 * there are in all, and the due and overdue counts over all of them.
 */
export async function erasureOverview(
  ctx: { db: ReadDb; clock: Clock },
  input: { limit: number } = { limit: defaultOverviewLimit },
): Promise<ErasureOverview> {
  const summary = await erasureSummary(ctx);
  const groups = await groupsAwaitingErasure(ctx.db, {
    today: swedishDay(ctx.clock.now()),
    retentionDays: summary.retentionDays,
    limit: input.limit,
  });
  const recent = await recentErasureRuns(ctx.db, 10);
  return {
    retentionDays: summary.retentionDays,
    groups,
    total: summary.awaiting,
    due: summary.due,
    overdue: summary.overdue,
    recent: recent.map((r) => ({
      erasedAt: r.erased_at,
      groups: r.groups,
      enrolments: r.enrolments,
      childrenDeleted: r.children_deleted,
      childrenKept: r.children_kept,
    })),
  };
}

/** The first instant of a Swedish day, as an ISO time (midnight in Stockholm is 22:00 or 23:00 UTC the day before). */
export function swedishDayStart(day: string): string {
  const before = addDays(day, -1);
  for (const hour of ['22', '23']) {
    const instant = new Date(`${before}T${hour}:00:00.000Z`);
    if (swedishDay(instant) === day && swedishDay(new Date(instant.getTime() - 1)) !== day) return instant.toISOString();
  }
  throw new Error(`no start found for ${day}`);
}

/**
 * The Översikt card: how many groups awaiting erasure are overdue and how many
 * are due within two weeks, by the same rule as the overview (retention.ts),
 * counted in SQL. A group's erasure is due on the day it is over plus the
 * retention days: overdue when that is before today, due when it is at most
 * `soonDays` ahead; so over before today − retention is overdue, and over by
 * today + soonDays − retention is due.
 */
export async function erasureSummary(ctx: { db: ReadDb; clock: Clock }): Promise<ErasureSummary> {
  const { retentionDays } = await readReportSettings(ctx.db);
  const today = swedishDay(ctx.clock.now());
  const overdueBefore = addDays(today, -retentionDays);
  const dueBy = addDays(today, soonDays - retentionDays);
  const counts = await retentionCountRow(ctx.db, {
    overdueBefore,
    dueBy,
    overdueBeforeInstant: swedishDayStart(overdueBefore),
    dueAfterInstant: swedishDayStart(addDays(dueBy, 1)),
  });
  return { retentionDays, ...counts };
}
