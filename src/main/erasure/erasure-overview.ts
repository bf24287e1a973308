// What the gallring view and the dashboard show: groups that are over and
// still hold children's data, with what is due soon and what is overdue, and
// the latest erasures (counts only).
import { swedishDay } from '../../shared/dates';
import type { ErasureOverview } from '../../shared/ipc/erasure';
import type { Clock } from '../base/clock';
import type { ReadDb } from '../db/handles';
import { readReportSettings } from '../reports/report-settings';
import { recentErasureRuns } from './erase-repository';
import { groupsAwaitingErasure } from './erasure-groups';

export async function erasureOverview(ctx: { db: ReadDb; clock: Clock }): Promise<ErasureOverview> {
  const { retentionDays } = await readReportSettings(ctx.db);
  const groups = await groupsAwaitingErasure(ctx.db, { today: swedishDay(ctx.clock.now()), retentionDays });
  const recent = await recentErasureRuns(ctx.db, 10);
  return {
    retentionDays,
    groups,
    due: groups.filter((g) => g.state === 'due').length,
    overdue: groups.filter((g) => g.state === 'overdue').length,
    recent: recent.map((r) => ({
      erasedAt: r.erased_at,
      groups: r.groups,
      enrolments: r.enrolments,
      childrenDeleted: r.children_deleted,
      childrenKept: r.children_kept,
    })),
  };
}
