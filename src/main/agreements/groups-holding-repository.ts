// The support groups under an agreement's programmes that are not finished
// or cancelled, with their last planned session: what holds a notice's end
// open (a party that gives notice finishes the groups already started).
import type { IsoDate } from '../../shared/dates';
import type { ReadDb } from '../db/handles';

export interface HoldingGroupRow {
  groupId: number;
  name: string;
  startDate: IsoDate;
  lastSessionDate: IsoDate | null;
}

export async function groupsHoldingOpen(
  db: ReadDb,
  agreementId: number,
  organisationId: number | null,
): Promise<HoldingGroupRow[]> {
  void organisationId;
  const rows = await db
    .selectFrom('support_group as g')
    .innerJoin('programme as p', 'p.id', 'g.programme_id')
    .leftJoin('group_session as s', (join) => join.onRef('s.group_id', '=', 'g.id').on('s.cancelled', '=', 0))
    .select(['g.id', 'g.name', 'g.start_date'])
    .select((eb) => eb.fn.max('s.date').as('last_session'))
    .where('p.agreement_id', '=', agreementId)
    .where('g.status', 'not in', ['finished', 'cancelled'])
    .groupBy('g.id')
    .orderBy('g.start_date')
    .execute();
  return rows.map((r) => ({
    groupId: r.id,
    name: r.name,
    startDate: r.start_date,
    lastSessionDate: r.last_session ?? null,
  }));
}
