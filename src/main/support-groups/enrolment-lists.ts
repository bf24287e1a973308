// Lists over enrolments: the waiting list with a suggested group, the
// enrolments of a district (paged), and the coordinator's dashboard items.
import type { EnrolmentListItem, WaitingListEntry } from '../../shared/ipc/support-groups';
import { ageAt } from '../../shared/support-groups/age-rule';
import { suggestGroup, type CandidateGroup } from '../../shared/support-groups/waiting-list';
import type { DbOrTrx } from '../db/schema/database';
import {
  districtRows,
  notReadyRows,
  pausedRows,
  upcomingGroupRows,
  waitingRows,
  type EnrolmentListRow,
} from './enrolment-list-repository';
import { placedCounts } from './group-repository';
import { districtPageSize } from '../../shared/ipc/support-groups';

export const waitingListLimit = 200;

export async function waitingList(
  db: DbOrTrx,
  programmeId: number | null,
  todayDate: string,
): Promise<WaitingListEntry[]> {
  const rows = await waitingRows(db, programmeId, waitingListLimit);
  if (rows.length === 0) return [];

  const programmeIds = [...new Set(rows.map((r) => r.programme_id))];
  const groups = await upcomingGroupRows(db, programmeIds, todayDate);
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

const toItem = (r: EnrolmentListRow): EnrolmentListItem => ({
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
  db: DbOrTrx,
  input: { district: string; activeOnly: boolean; after: { childId: number; enrolmentId: number } | null },
): Promise<{ items: EnrolmentListItem[]; next: { childId: number; enrolmentId: number } | null }> {
  const rows = await districtRows(db, input, districtPageSize + 1);
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
  db: DbOrTrx,
  soonDate: string,
): Promise<{ paused: EnrolmentListItem[]; notReady: EnrolmentListItem[] }> {
  const paused = await pausedRows(db, attentionLimit);
  const notReady = await notReadyRows(db, soonDate, attentionLimit);
  return { paused: paused.map(toItem), notReady: notReady.map(toItem) };
}
