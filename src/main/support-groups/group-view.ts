// Assembles the group page: sessions, the children with their gate and
// attendance, capacity and attendance rates.
import type { Group, Participant } from '../../shared/ipc/support-groups';
import { ageAt } from '../../shared/support-groups/age-rule';
import { attendanceRate } from '../../shared/support-groups/attendance-rate';
import { capacity, holdsPlace } from '../../shared/support-groups/capacity';
import type { ReadDb } from '../db/handles';
import { gateItems, isPaused, loadGates, subjectOf } from './gate';
import {
  getSessionRows,
  groupAttendanceRows,
  groupEnrolmentRows,
  parseLeaders,
  placedCounts,
  requireGroupRow,
  subgroupsOf,
} from './group-repository';
import { requireProgrammeRow } from './programme-service';

/** Enrolments shown on a group page: those placed, and those who left it. */
const shownStatuses = ['offered', 'admitted', 'participating', 'completed', 'cancelled'] as const;

export async function getGroup(db: ReadDb, id: number): Promise<Group> {
  const row = await requireGroupRow(db, id);
  const programme = await requireProgrammeRow(db, row.programme_id);
  const [sessions, subgroups, placed, enrolments, attendance] = await Promise.all([
    getSessionRows(db, id),
    subgroupsOf(db, id),
    placedCounts(db, [id]),
    groupEnrolmentRows(db, id, shownStatuses),
    groupAttendanceRows(db, id),
  ]);
  // Everyone on the page is in this group: its start is their first session.
  const gates = await loadGates(
    db,
    enrolments.map((e) => subjectOf(e, row.start_date)),
  );
  const byEnrolment = new Map<number, Record<string, boolean>>();
  for (const a of attendance) {
    const record = byEnrolment.get(a.enrolment_id) ?? {};
    record[String(a.session_id)] = a.present === 1;
    byEnrolment.set(a.enrolment_id, record);
  }
  enrolments.sort(
    (a, b) =>
      Number(a.status === 'cancelled') - Number(b.status === 'cancelled') ||
      a.name_folded.localeCompare(b.name_folded, 'sv'),
  );
  let groupPresent = 0;
  let groupRecorded = 0;
  const participants: Participant[] = enrolments.map((e) => {
    const loaded = gates.get(e.id)!;
    const marks = byEnrolment.get(e.id) ?? {};
    const values = Object.values(marks);
    const present = values.filter(Boolean).length;
    if (holdsPlace(e.status)) {
      groupPresent += present;
      groupRecorded += values.length;
    }
    return {
      enrolmentId: e.id,
      childId: e.child_id,
      childName: e.name,
      age: ageAt({ birthDate: e.birth_date, birthYear: e.birth_year }, row.start_date),
      status: e.status,
      paused: isPaused(loaded.gate),
      consentRequired: loaded.gate.consent.required,
      gate: { ready: loaded.gate.ready, missing: gateItems(loaded) },
      attendance: marks,
      rate: attendanceRate(present, values.length),
    };
  });
  const ownAgeBand = row.age_min !== null && row.age_max !== null;
  return {
    id: row.id,
    programmeId: programme.id,
    programmeName: programme.name,
    format: programme.format,
    name: row.name,
    leaders: parseLeaders(row.leaders_json),
    location: row.location,
    startDate: row.start_date,
    startTime: row.start_time,
    status: row.status,
    parentGroupId: row.parent_group_id,
    subgroups,
    ageMin: row.age_min ?? programme.age_min,
    ageMax: row.age_max ?? programme.age_max,
    ownAgeBand,
    capacity: capacity(placed.get(id) ?? 0, programme.group_size_min, programme.group_size_max),
    sessions: sessions.map((s) => ({
      id: s.id,
      date: s.date,
      startTime: s.start_time,
      minutes: s.minutes,
      kind: s.kind,
      cancelled: s.cancelled === 1,
    })),
    participants,
    groupRate: attendanceRate(groupPresent, groupRecorded),
    version: row.version,
  };
}
