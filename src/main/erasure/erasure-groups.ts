// Groups that are over and still hold enrolments: when they are due for
// erasure, which districts their children belong to, and whether each
// enrolment has been handed back (in a package made after its last change).
import { swedishDay } from '../../shared/dates';
import { erasureDueOn, overOn, retentionState } from '../../shared/erasure/retention';
import type { ErasureGroup } from '../../shared/ipc/erasure';
import { enrolmentOfGroupRows, overGroupKeyRows, overGroupRows } from './handback-repository';
import type { GroupStatus } from '../../shared/support-groups/vocabulary';
import type { ReadDb } from '../db/handles';

/** The district a child's data goes back to: the district, else the home municipality. */
export const responsibleDistrict = (district: string, homeMunicipality: string) =>
  district.trim() !== ''
    ? district.trim()
    : homeMunicipality.trim() !== ''
      ? homeMunicipality.trim()
      : 'Okänd stadsdel';

export interface EnrolmentOfGroup {
  id: number;
  groupId: number;
  childId: number;
  district: string;
  handedBackAt: string | null;
}

/** Enrolments of the groups (null: of every group that is over), with their responsible district and latest valid hand-back. */
export async function enrolmentsOfGroups(
  db: ReadDb,
  groupIds: readonly number[] | null,
): Promise<EnrolmentOfGroup[]> {
  if (groupIds?.length === 0) return [];
  const rows = await enrolmentOfGroupRows(db, groupIds);
  return rows.map((r) => ({
    id: r.id,
    groupId: r.group_id,
    childId: r.child_id,
    district: responsibleDistrict(r.district, r.home_municipality),
    handedBackAt: r.handed_back_at,
  }));
}

const overOf = (g: { status: GroupStatus; last_session: string | null; start_date: string; updated_at: string }) =>
  overOn({
    status: g.status,
    lastSessionDate: g.last_session,
    startDate: g.start_date,
    lastChangedOn: swedishDay(new Date(g.updated_at)),
  })!;

/**
 * Groups that are over and still hold enrolments, due first: the given ones,
 * or the first `limit` of all (at ×10 there are some 62,000, and the view
 * shows the most urgent). The order is found from a narrow row per group; only
 * the groups shown are read in full.
 */
export async function groupsAwaitingErasure(
  db: ReadDb,
  options: { today: string; retentionDays: number; groupIds?: readonly number[]; limit?: number },
): Promise<ErasureGroup[]> {
  if (options.groupIds?.length === 0) return [];
  let chosen = options.groupIds ?? null;
  if (chosen === null && options.limit !== undefined) {
    const keys = await overGroupKeyRows(db);
    if (keys.length > options.limit) {
      chosen = keys
        .map((g) => ({ id: g.id, dueOn: erasureDueOn(overOf(g), options.retentionDays) }))
        .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id - b.id))
        .slice(0, options.limit)
        .map((g) => g.id);
    }
  }
  const groups = await overGroupRows(db, chosen);
  const byGroup = new Map<number, EnrolmentOfGroup[]>();
  for (const e of await enrolmentsOfGroups(db, chosen)) {
    const list = byGroup.get(e.groupId);
    if (list) list.push(e);
    else byGroup.set(e.groupId, [e]);
  }
  const result = groups.map((g): ErasureGroup => {
    const over = overOf(g);
    const dueOn = erasureDueOn(over, options.retentionDays);
    const mine = byGroup.get(g.id) ?? [];
    const districts = [...new Set(mine.map((e) => e.district))].sort((a, b) => a.localeCompare(b, 'sv'));
    return {
      groupId: g.id,
      groupName: g.name,
      programmeName: g.programme_name,
      agreementLabel: `${g.registration_number} ${g.title}`.trim(),
      status: g.status,
      overOn: over,
      dueOn,
      state: retentionState(dueOn, options.today),
      enrolments: mine.length,
      children: new Set(mine.map((e) => e.childId)).size,
      districts: districts.map((district) => {
        const of = mine.filter((e) => e.district === district);
        const all = of.every((e) => e.handedBackAt !== null);
        const latest = of.reduce<string | null>(
          (m, e) => (e.handedBackAt !== null && (m === null || e.handedBackAt > m) ? e.handedBackAt : m),
          null,
        );
        return { district, enrolments: of.length, handedBackAt: all ? latest : null };
      }),
      handedBack: mine.every((e) => e.handedBackAt !== null),
    };
  });
  return result.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.groupId - b.groupId));
}
