// The queries behind the enrolment lists: the waiting list, a district's
// enrolments (paged by child, then enrolment) and the dashboard's attention items.
import { sql } from 'kysely';
import { activeStatuses } from '../../shared/support-groups/enrolment-lifecycle';
import type { DbOrTrx } from '../db/schema/database';

// Literal conditions, not bound parameters: only then can SQLite use the
// partial indexes made for them (migration 0003).
const waiting = sql<boolean>`e.status IN ('interest', 'waitlisted')`;
const upcoming = sql<boolean>`status IN ('planned', 'open')`;
const active = sql<boolean>`e.status IN (${sql.raw(activeStatuses.map((s) => `'${s}'`).join(', '))})`;

/** Children waiting, oldest referral first. */
export async function waitingRows(db: DbOrTrx, programmeId: number | null, limit: number) {
  let q = db
    .selectFrom('enrolment as e')
    .innerJoin('child as c', 'c.id', 'e.child_id')
    .innerJoin('programme as p', 'p.id', 'e.programme_id')
    .select([
      'e.id',
      'e.child_id',
      'e.programme_id',
      'e.status',
      'e.referred_on',
      'c.name',
      'c.birth_date',
      'c.birth_year',
      'p.name as programme_name',
      'p.age_min',
      'p.age_max',
      'p.group_size_max',
    ])
    .where(waiting);
  if (programmeId !== null) q = q.where('e.programme_id', '=', programmeId);
  return q.orderBy('e.referred_on').orderBy('e.id').limit(limit).execute();
}

/** Planned or open groups of these programmes starting on or after `fromDate`. */
export async function upcomingGroupRows(db: DbOrTrx, programmeIds: readonly number[], fromDate: string) {
  return db
    .selectFrom('support_group')
    .select(['id', 'programme_id', 'name', 'status', 'start_date', 'age_min', 'age_max'])
    .where('programme_id', 'in', [...programmeIds])
    .where(upcoming)
    .where('start_date', '>=', fromDate)
    .execute();
}

function listQuery(db: DbOrTrx) {
  return db
    .selectFrom('enrolment as e')
    .innerJoin('child as c', 'c.id', 'e.child_id')
    .innerJoin('programme as p', 'p.id', 'e.programme_id')
    .leftJoin('support_group as g', 'g.id', 'e.group_id')
    .select(listColumns);
}

const listColumns = [
  'e.id',
  'e.child_id',
  'c.name',
  'c.district',
  'p.name as programme_name',
  'g.name as group_name',
  'e.status',
  'e.referred_on',
  'e.consent_paused',
  'e.gate_ready',
] as const;

export type EnrolmentListRow = Awaited<ReturnType<ReturnType<typeof listQuery>['execute']>>[number];

/** One page (`limit` rows) of a district's enrolments after `after`, in child order. */
export async function districtRows(
  db: DbOrTrx,
  input: { district: string; activeOnly: boolean; after: { childId: number; enrolmentId: number } | null },
  limit: number,
): Promise<EnrolmentListRow[]> {
  let q = listQuery(db).where('c.district', '=', input.district);
  if (input.activeOnly) q = q.where(active);
  if (input.after) {
    const { childId, enrolmentId } = input.after;
    // Walks the (district, id) index in child order from where the last page ended.
    q = q
      .where('c.id', '>=', childId)
      .where((eb) => eb.or([eb('c.id', '>', childId), eb('e.id', '>', enrolmentId)]));
  }
  return q.orderBy('c.id').orderBy('e.id').limit(limit).execute();
}

/** Active enrolments paused by a withdrawn consent, most recently changed first. */
export async function pausedRows(db: DbOrTrx, limit: number): Promise<EnrolmentListRow[]> {
  return listQuery(db)
    .where(sql<boolean>`e.consent_paused = 1`)
    .where(active)
    .orderBy('e.updated_at', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Offered or admitted enrolments not cleared by the gate in groups starting
 * by `soonDate`, in start order. Two steps: the groups about to start lead to
 * their enrolments (a plan SQLite only picks when the query is this small),
 * then the details.
 */
export async function notReadyRows(
  db: DbOrTrx,
  soonDate: string,
  limit: number,
): Promise<EnrolmentListRow[]> {
  const waitingIds = await db
    .selectFrom('support_group as g')
    .innerJoin('enrolment as e', 'e.group_id', 'g.id')
    .select('e.id')
    .where('e.status', 'in', ['offered', 'admitted'])
    .where('e.gate_ready', '=', 0)
    .where('e.consent_paused', '=', 0)
    .where('g.start_date', '<=', soonDate)
    .where(sql<boolean>`g.status IN ('planned', 'open', 'running')`)
    .orderBy('g.start_date')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  if (waitingIds.length === 0) return [];
  const order = new Map(waitingIds.map((r, i) => [r.id, i]));
  const rows = await listQuery(db)
    .where('e.id', 'in', [...order.keys()])
    .execute();
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}
