// Groups that are over and still hold enrolments: when they are due for
// erasure, which districts their children belong to, and whether each
// enrolment has been handed back (in a package made after its last change).
import { sql } from 'kysely';
import { swedishDay } from '../../shared/dates';
import { erasureDueOn, overOn, retentionState } from '../../shared/erasure/retention';
import type { ErasureGroup } from '../../shared/ipc/erasure';
import type { GroupStatus } from '../../shared/support-groups/vocabulary';
import type { DbOrTrx } from '../db/schema/database';

/** The district a child's data goes back to: the district, else the home municipality. */
export const responsibleDistrict = (district: string, homeMunicipality: string) =>
  district.trim() !== ''
    ? district.trim()
    : homeMunicipality.trim() !== ''
      ? homeMunicipality.trim()
      : 'Okänd stadsdel';

interface GroupRow {
  id: number;
  name: string;
  status: GroupStatus;
  start_date: string;
  updated_at: string;
  programme_name: string;
  registration_number: string;
  title: string;
  last_session: string | null;
}

export interface EnrolmentOfGroup {
  id: number;
  groupId: number;
  childId: number;
  district: string;
  handedBackAt: string | null;
}

const idList = (ids: readonly number[]) => sql.join(ids.map((i) => sql`${i}`));

/** Enrolments of the groups, with their responsible district and latest valid hand-back. */
export async function enrolmentsOfGroups(
  db: DbOrTrx,
  groupIds: readonly number[],
): Promise<EnrolmentOfGroup[]> {
  if (groupIds.length === 0) return [];
  const rows = await sql<{
    id: number;
    group_id: number;
    child_id: number;
    district: string;
    home_municipality: string;
    handed_back_at: string | null;
  }>`
    SELECT e.id, e.group_id, e.child_id, c.district, c.home_municipality,
      (SELECT max(hp.created_at) FROM handback_enrolment he JOIN handback_package hp ON hp.id = he.package_id
        WHERE he.enrolment_id = e.id AND hp.created_at >= e.updated_at) AS handed_back_at
    FROM enrolment e JOIN child c ON c.id = e.child_id
    WHERE e.group_id IN (${idList(groupIds)})
    ORDER BY e.group_id, e.id`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    groupId: r.group_id,
    childId: r.child_id,
    district: responsibleDistrict(r.district, r.home_municipality),
    handedBackAt: r.handed_back_at,
  }));
}

async function groupRows(db: DbOrTrx, groupIds: readonly number[] | null): Promise<GroupRow[]> {
  const only = groupIds === null ? sql`1` : sql`g.id IN (${idList(groupIds)})`;
  const rows = await sql<GroupRow>`
    SELECT g.id, g.name, g.status, g.start_date, g.updated_at, p.name AS programme_name, a.registration_number, a.title,
      (SELECT max(s.date) FROM group_session s WHERE s.group_id = g.id AND s.cancelled = 0) AS last_session
    FROM support_group g
    JOIN programme p ON p.id = g.programme_id
    JOIN agreement a ON a.id = p.agreement_id
    WHERE g.status IN ('finished', 'cancelled') AND ${only}
      AND EXISTS (SELECT 1 FROM enrolment e WHERE e.group_id = g.id)
    ORDER BY g.start_date, g.id`.execute(db);
  return rows.rows;
}

/** Groups that are over and still hold enrolments (optionally only the given ones), due first. */
export async function groupsAwaitingErasure(
  db: DbOrTrx,
  options: { today: string; retentionDays: number; groupIds?: readonly number[] },
): Promise<ErasureGroup[]> {
  if (options.groupIds?.length === 0) return [];
  const groups = await groupRows(db, options.groupIds ?? null);
  const enrolments = await enrolmentsOfGroups(
    db,
    groups.map((g) => g.id),
  );
  const result = groups.map((g): ErasureGroup => {
    const over = overOn({
      status: g.status,
      lastSessionDate: g.last_session,
      startDate: g.start_date,
      lastChangedOn: swedishDay(new Date(g.updated_at)),
    })!;
    const dueOn = erasureDueOn(over, options.retentionDays);
    const mine = enrolments.filter((e) => e.groupId === g.id);
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
