// Lists over enrolments: the waiting list with a suggested group, the
// enrolments of a district (paged), and the coordinator's dashboard items.
import type { EnrolmentListItem, WaitingListEntry } from '../../shared/ipc/support-groups';
import { ageAt } from '../../shared/support-groups/age-rule';
import { activeStatuses } from '../../shared/support-groups/enrolment-lifecycle';
import { suggestGroup, type CandidateGroup } from '../../shared/support-groups/waiting-list';
import { sql } from 'kysely';
import type { ReadDb } from '../db/handles';
import { placedCounts } from './group-repository';
import { districtPageSize } from '../../shared/ipc/support-groups';

export const waitingListLimit = 200;

// Literal conditions, not bound parameters: only then can SQLite use the
// partial indexes made for them (migration 0003).
const waiting = sql<boolean>`e.status IN ('interest', 'waitlisted')`;
const upcoming = sql<boolean>`status IN ('planned', 'open')`;
const active = sql<boolean>`e.status IN (${sql.raw(activeStatuses.map((s) => `'${s}'`).join(', '))})`;

export async function waitingList(
  db: ReadDb,
  programmeId: number | null,
  todayDate: string,
): Promise<WaitingListEntry[]> {
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
  const rows = await q.orderBy('e.referred_on').orderBy('e.id').limit(waitingListLimit).execute();
  if (rows.length === 0) return [];

  const programmeIds = [...new Set(rows.map((r) => r.programme_id))];
  const groups = await db
    .selectFrom('support_group')
    .select(['id', 'programme_id', 'name', 'status', 'start_date', 'age_min', 'age_max'])
    .where('programme_id', 'in', programmeIds)
    .where(upcoming)
    .where('start_date', '>=', todayDate)
    .execute();
  const placed = await placedCounts(
    db,
    groups.map((g) => g.id),
  );
  const programmeOf = new Map(rows.map((r) => [r.programme_id, r]));
  const candidates = new Map<number, (CandidateGroup & { name: string })[]>();
  for (const g of groups) {
    const p = programmeOf.get(g.programme_id)!;
    const list = candidates.get(g.programme_id) ?? [];
    list.push({
      id: g.id,
      name: g.name,
      status: g.status,
      startDate: g.start_date,
      placed: placed.get(g.id) ?? 0,
      max: p.group_size_max,
      ageRange: { min: g.age_min ?? p.age_min, max: g.age_max ?? p.age_max },
    });
    candidates.set(g.programme_id, list);
  }
  return rows.map((r) => {
    const birth = { birthDate: r.birth_date, birthYear: r.birth_year };
    const suggestion = suggestGroup(
      candidates.get(r.programme_id) ?? [],
      (start) => ageAt(birth, start),
      todayDate,
    ) as (CandidateGroup & { name: string }) | null;
    return {
      enrolmentId: r.id,
      childId: r.child_id,
      childName: r.name,
      age: ageAt(birth, todayDate),
      programmeId: r.programme_id,
      programmeName: r.programme_name,
      status: r.status,
      referredOn: r.referred_on,
      suggestedGroup: suggestion
        ? {
            id: suggestion.id,
            name: suggestion.name,
            startDate: suggestion.startDate,
            free: suggestion.max - suggestion.placed,
          }
        : null,
    };
  });
}

function listQuery(db: ReadDb) {
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

type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>['execute']>>[number];

const toItem = (r: ListRow): EnrolmentListItem => ({
  id: r.id,
  childId: r.child_id,
  childName: r.name,
  district: r.district,
  programmeName: r.programme_name,
  groupName: r.group_name,
  status: r.status,
  referredOn: r.referred_on,
  paused: r.consent_paused === 1,
  gateReady: r.gate_ready === 1,
});

export async function enrolmentsByDistrict(
  db: ReadDb,
  input: { district: string; activeOnly: boolean; after: { childId: number; enrolmentId: number } | null },
): Promise<{ items: EnrolmentListItem[]; next: { childId: number; enrolmentId: number } | null }> {
  let q = listQuery(db).where('c.district', '=', input.district);
  if (input.activeOnly) q = q.where(active);
  if (input.after) {
    const { childId, enrolmentId } = input.after;
    // Walks the (district, id) index in child order from where the last page ended.
    q = q
      .where('c.id', '>=', childId)
      .where((eb) => eb.or([eb('c.id', '>', childId), eb('e.id', '>', enrolmentId)]));
  }
  const rows = await q
    .orderBy('c.id')
    .orderBy('e.id')
    .limit(districtPageSize + 1)
    .execute();
  const page = rows.slice(0, districtPageSize);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    next: rows.length > districtPageSize && last ? { childId: last.child_id, enrolmentId: last.id } : null,
  };
}

export const attentionLimit = 200;

/** Paused enrolments, and children about to start (or started) who are not cleared by the gate. */
export async function attention(
  db: ReadDb,
  soonDate: string,
): Promise<{ paused: EnrolmentListItem[]; notReady: EnrolmentListItem[] }> {
  const paused = await listQuery(db)
    .where(sql<boolean>`e.consent_paused = 1`)
    .where(active)
    .orderBy('e.updated_at', 'desc')
    .limit(attentionLimit)
    .execute();
  // Two steps: the groups about to start lead to their enrolments (a plan
  // SQLite only picks when the query is this small), then the details.
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
    .limit(attentionLimit)
    .execute();
  const order = new Map(waitingIds.map((r, i) => [r.id, i]));
  const notReady =
    waitingIds.length === 0
      ? []
      : (
          await listQuery(db)
            .where('e.id', 'in', [...order.keys()])
            .execute()
        ).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { paused: paused.map(toItem), notReady: notReady.map(toItem) };
}
