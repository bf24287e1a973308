// The support groups under an agreement (or one organisation's part of it)
// that are not over yet: they hold a notice's end open, and while they run
// the agreement cannot be ended.
import type { IsoDate } from '../../shared/dates';
import type { ReadDb } from '../db/handles';

export interface HoldingGroup {
  groupId: number;
  name: string;
  startDate: IsoDate;
  /** The last planned session that is not cancelled; the start date when none is. */
  lastSessionDate: IsoDate;
}

/**
 * Groups of the agreement's programmes (only those the organisation runs when
 * one is given) that are neither finished nor cancelled. `startedBy` keeps
 * only groups started on or before that date (e.g. the day notice was given);
 * without it every unfinished group counts. Ordered by their last session.
 */
export async function groupsHoldingOpen(
  db: ReadDb,
  agreementId: number,
  organisationId: number | null,
  startedBy?: IsoDate,
): Promise<HoldingGroup[]> {
  let q = db
    .selectFrom('support_group as g')
    .innerJoin('programme as p', 'p.id', 'g.programme_id')
    .leftJoin('group_session as s', (join) => join.onRef('s.group_id', '=', 'g.id').on('s.cancelled', '=', 0))
    .select(['g.id', 'g.name', 'g.start_date', (eb) => eb.fn.max('s.date').as('last_session')])
    .where('p.agreement_id', '=', agreementId)
    .where('g.status', 'not in', ['finished', 'cancelled']);
  if (organisationId !== null) q = q.where('p.organisation_id', '=', organisationId);
  if (startedBy !== undefined) q = q.where('g.start_date', '<=', startedBy);
  const rows = await q.groupBy('g.id').execute();
  return rows
    .map((r) => ({
      groupId: r.id,
      name: r.name,
      startDate: r.start_date,
      lastSessionDate: r.last_session ?? r.start_date,
    }))
    .sort((a, b) => a.lastSessionDate.localeCompare(b.lastSessionDate) || a.groupId - b.groupId);
}
