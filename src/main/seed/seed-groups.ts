// Synthetic programmes, groups with their sessions, enrolments in every
// status, consents in every state, notices, attendance, fees and visits,
// spread over several years of history. Everything is planned in memory
// per group and handed to a writer in batches.
import type { Insertable } from 'kysely';
import { addDays, weekday } from '../../shared/dates';
import type { AttendanceTable } from '../db/schema/attendance-table';
import type { ConsentTable } from '../db/schema/consent-table';
import type { EnrolmentTable } from '../db/schema/enrolment-table';
import type { GroupSessionTable } from '../db/schema/group-session-table';
import type { SupportGroupTable } from '../db/schema/support-group-table';
import { ageAt } from '../../shared/support-groups/age-rule';
import { adultOn, evaluateGate, type ConsentFacts } from '../../shared/support-groups/consent-rules';
import { generateSchedule } from '../../shared/support-groups/session-schedule';
import { activeStatuses } from '../../shared/support-groups/enrolment-lifecycle';
import { kronor } from '../../shared/agreements/money';
import {
  defaultOtherMunicipalityFeeKr,
  type EnrolmentStatus,
  type GroupStatus,
} from '../../shared/support-groups/vocabulary';
import { adultFirstNames, lastNames } from './people';
import type { SeedChild } from './seed-children';
import { weighted } from './seed-children';
import type { ProgrammePlan } from './seed-programmes';
import type { ChildPool } from './seed-child-pool';
import type { SeedRandom } from './seed-random';
import { unrecordedFacts } from '../support-groups/enrolment-repository';

const cancelReasons = [
  'Familjen flyttade till annan kommun.',
  'Barnet ville inte fortsätta.',
  'Placeringen upphörde.',
  'Schemakrock med skolan.',
  'Vårdnadshavare nekade samtycke.',
];
const locations = [
  'Föreningens lokal',
  'Fritidsgården',
  'Kyrkans församlingshem',
  'Lägergården vid sjön',
  'Mötesplatsen',
];

export interface GroupBatch {
  groups: Insertable<SupportGroupTable>[];
  sessions: Insertable<GroupSessionTable>[];
  enrolments: Insertable<EnrolmentTable>[];
  consents: Insertable<ConsentTable>[];
  attendance: Insertable<AttendanceTable>[];
  /** agreementId → year → children from other municipalities who took a place. */
  extraIncome: Map<number, Map<number, Set<number>>>;
}

export interface Ids {
  group: number;
  session: number;
  enrolment: number;
  consent: number;
}

export interface SeedGroupOptions {
  random: SeedRandom;
  today: string;
  now: string;
  userId: number;
  /** `childId:programmeId` of open enrolments planned so far. */
  active: Set<string>;
  /** Share of taking-part children whose guardian has withdrawn consent (paused). */
  withdrawalRate: number;
  /** Paused enrolments still wanted whatever the dice say (the small set must show one). */
  pausedWanted: number;
}

export const emptyBatch = (): Omit<GroupBatch, 'extraIncome'> => ({
  groups: [],
  sessions: [],
  enrolments: [],
  consents: [],
  attendance: [],
});

function groupStatus(random: SeedRandom, start: string, end: string, today: string): GroupStatus {
  if (end < today) return random.next() < 0.05 ? 'cancelled' : 'finished';
  if (start <= today) return 'running';
  return random.next() < 0.6 ? 'open' : 'planned';
}

function enrolmentStatus(random: SeedRandom, group: GroupStatus): EnrolmentStatus {
  switch (group) {
    case 'finished':
      return random.next() < 0.88 ? 'completed' : 'cancelled';
    case 'running':
      return weighted(random, [
        ['participating', 85],
        ['admitted', 5],
        ['cancelled', 10],
      ] as const);
    case 'cancelled':
      return 'cancelled';
    default:
      return random.next() < 0.4 ? 'offered' : 'admitted';
  }
}

/**
 * Plans one group of `programme` starting near `wantedStart`, with its
 * sessions, children, consents and attendance; appends to `out`.
 */
export function planGroup(
  out: GroupBatch,
  ids: Ids,
  programme: ProgrammePlan,
  wantedStart: string,
  pool: ChildPool,
  options: SeedGroupOptions,
): void {
  const { random, today, now } = options;
  const p = programme.row;
  // Weekends start on a Saturday; weekly groups on a weekday afternoon.
  let start = wantedStart;
  if (programme.spec.format === 'weekend') start = addDays(start, (6 - weekday(start) + 7) % 7);
  else if (weekday(start) === 0 || weekday(start) === 6) start = addDays(start, 2);
  const startTime =
    programme.spec.format === 'weekend' ? '10:00' : random.pick(['15:30', '16:00', '17:00', '17:30']);
  const schedule = generateSchedule(programme.spec, start, startTime);
  if (!schedule.ok) return;
  const last = schedule.sessions.at(-1)!.date;
  // Groups are planned only inside their agreement's period, as the service requires.
  if (start < programme.period.start || last > programme.period.end) return;
  const status = groupStatus(random, start, last, today);
  const groupId = ids.group++;
  const season = Number(start.slice(5, 7)) <= 6 ? 'Vår' : 'Höst';
  out.groups.push({
    id: groupId,
    programme_id: p.id,
    parent_group_id: null,
    name: `${season} ${start.slice(0, 4)} – ${p.name.split(',')[0]} ${groupId}`,
    leaders_json: JSON.stringify([
      `${random.pick(adultFirstNames)} ${random.pick(lastNames)}`,
      `${random.pick(adultFirstNames)} ${random.pick(lastNames)}`,
    ]),
    location: random.pick(locations),
    start_date: start,
    start_time: startTime,
    status,
    age_min: null,
    age_max: null,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  const sessionIds: { id: number; date: string; held: boolean }[] = [];
  for (const s of schedule.sessions) {
    const cancelled = status !== 'cancelled' && random.next() < 0.02;
    const id = ids.session++;
    out.sessions.push({
      id,
      group_id: groupId,
      date: s.date,
      start_time: s.startTime,
      minutes: s.minutes,
      kind: s.kind,
      cancelled: cancelled ? 1 : 0,
    });
    sessionIds.push({ id, date: s.date, held: !cancelled && s.date < today && status !== 'cancelled' });
  }

  const size = 5 + random.int(4) - (random.next() < 0.1 ? 2 : 0);
  const chosen = new Set<number>();
  for (let k = 0; k < size * 2 && chosen.size < size; k++) {
    const child = pool.pick(random, start, p.age_min!, p.age_max!);
    if (!child || chosen.has(child.id)) continue;
    // One open enrolment per child and programme, as the service enforces.
    const key = `${child.id}:${p.id}`;
    if (status !== 'finished' && status !== 'cancelled' && options.active.has(key)) continue;
    const age = ageAt({ birthDate: child.birthDate, birthYear: child.birthYear }, start);
    if (age === null || age < p.age_min! || age > p.age_max!) continue;
    chosen.add(child.id);
    const enrolled = planEnrolment(out, ids, child, programme, groupId, start, status, sessionIds, options);
    if (activeStatuses.includes(enrolled)) options.active.add(key);
  }
}

function planEnrolment(
  out: GroupBatch,
  ids: Ids,
  child: SeedChild,
  programme: ProgrammePlan,
  groupId: number,
  start: string,
  group: GroupStatus,
  sessions: readonly { id: number; date: string; held: boolean }[],
  options: SeedGroupOptions,
): EnrolmentStatus {
  const { random, today, now, userId } = options;
  const status = enrolmentStatus(random, group);
  const enrolmentId = ids.enrolment++;
  const referredOn = addDays(start, -(20 + random.int(90)));
  const consentOn = addDays(start, -(7 + random.int(20)));
  const decidedOn = consentOn < today ? consentOn : addDays(today, -1);

  // Consents: complete for most, gaps for children still waiting to start,
  // a refusal behind some cancellations, a withdrawal pausing a few.
  const consents: ConsentFacts[] = [];
  const consentRows: Insertable<ConsentTable>[] = [];
  const add = (
    guardianId: number | null,
    scope: 'participation' | 'dataSharing',
    decision: 'given' | 'refused' | 'withdrawn',
    on: string,
    /** False for the person's own consents, which draw no random numbers. */
    drawn = true,
  ) => {
    const id = ids.consent++;
    consents.push({ guardianId, scope, decision, decidedOn: on, sequence: id });
    consentRows.push({
      id,
      enrolment_id: enrolmentId,
      guardian_id: guardianId,
      capacity: guardianId === null ? 'self' : 'custodian',
      scope,
      decision,
      decided_on: on,
      method: !drawn || random.next() < 0.8 ? 'written' : 'oral',
      document_reference:
        drawn && random.next() < 0.8 ? `Dnr SOC-${on.slice(0, 4)}/${1000 + (id % 9000)}` : '',
      recorded_by_user_id: userId,
      recorded_at: now,
    });
  };
  // 18 or older at the group's start: the person consents for themselves (a
  // guardian's consent may stay in the history). Their own consents draw no
  // random numbers, so the rest of the data set stays as it was.
  const age = { birthDate: child.birthDate, birthYear: child.birthYear, ageBand: null };
  const adult = adultOn(age, start);
  let withdrawnOn: string | null = null;
  if (child.placementBasis !== 'LVU' && status !== 'offered') {
    const partial = status === 'admitted' && start > today && random.next() < 0.3;
    const refused = status === 'cancelled' && random.next() < 0.2;
    child.custodialGuardianIds.forEach((guardianId, index) => {
      const last = index === child.custodialGuardianIds.length - 1 && index > 0;
      if (partial && last) return;
      for (const scope of ['participation', 'dataSharing'] as const)
        add(guardianId, scope, refused && last ? 'refused' : 'given', decidedOn);
    });
    if (adult) {
      add(null, 'participation', refused ? 'refused' : 'given', decidedOn, false);
      if (!partial) add(null, 'dataSharing', refused ? 'refused' : 'given', decidedOn, false);
    }
    if (
      status === 'participating' &&
      (random.next() < options.withdrawalRate || options.pausedWanted > 0) &&
      child.custodialGuardianIds.length > 0
    ) {
      options.pausedWanted = Math.max(0, options.pausedWanted - 1);
      withdrawnOn = addDays(today, -random.int(10));
      if (withdrawnOn < start) withdrawnOn = start;
      add(adult ? null : child.custodialGuardianIds[0]!, 'participation', 'withdrawn', withdrawnOn);
    }
  } else if (
    child.placementBasis !== 'LVU' &&
    random.next() < 0.5 &&
    child.custodialGuardianIds[0] !== undefined
  ) {
    for (const scope of ['participation', 'dataSharing'] as const)
      add(adult ? null : child.custodialGuardianIds[0], scope, 'given', decidedOn);
  }
  out.consents.push(...consentRows);

  const informed =
    status === 'participating' ||
    status === 'completed' ||
    (status === 'admitted' && random.next() < 0.7) ||
    (status === 'offered' && random.next() < 0.2);
  const notice = informed
    ? {
        informedOn: addDays(start, -(3 + random.int(14))),
        informedBy: 'Koordinatorn',
        informedWhom: 'Barnets handläggare',
      }
    : null;
  if (notice && notice.informedOn > today) notice.informedOn = today;
  const gate = evaluateGate({
    placementBasis: child.placementBasis,
    age,
    firstSessionOn: start,
    guardians: child.custodialGuardianIds.map((id) => ({ id, hasCustody: true, representative: null })),
    consents,
    notice,
  });
  const placed = status !== 'cancelled' && status !== 'offered';
  const preVisit = placed && random.next() < 0.8;
  const feeApplies = child.otherMunicipality && status !== 'cancelled';
  out.enrolments.push({
    id: enrolmentId,
    child_id: child.id,
    programme_id: programme.row.id,
    group_id: groupId,
    status,
    referred_on: referredOn,
    cancel_reason:
      status === 'cancelled'
        ? group === 'cancelled'
          ? 'Gruppen ställdes in.'
          : random.pick(cancelReasons)
        : '',
    age_override_reason: '',
    notice_informed_on: notice?.informedOn ?? null,
    notice_informed_by: notice?.informedBy ?? '',
    notice_informed_whom: notice?.informedWhom ?? '',
    child_view_on: placed && random.next() < 0.6 ? decidedOn : null,
    child_view_summary: placed ? 'Barnet vill gärna vara med och träffa andra i samma situation.' : '',
    child_view_by: placed ? 'Gruppledaren' : '',
    pre_visit_kind: preVisit ? (random.next() < 0.7 ? 'homeVisit' : 'visitToOrganisation') : null,
    pre_visit_on: preVisit ? addDays(start, -(5 + random.int(20))) : null,
    pre_visit_by: preVisit ? 'Gruppledaren' : '',
    fee_applies: feeApplies ? 1 : 0,
    fee_amount_ore: feeApplies ? kronor(defaultOtherMunicipalityFeeKr) : 0,
    fee_invoiced_on:
      feeApplies && (status === 'completed' || status === 'participating') ? addDays(start, 14) : null,
    fee_paid_on: feeApplies && status === 'completed' && random.next() < 0.85 ? addDays(start, 45) : null,
    gate_ready: gate.ready ? 1 : 0,
    consent_paused: gate.consent.overall === 'withdrawn' ? 1 : 0,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  if (feeApplies && (status === 'admitted' || status === 'participating' || status === 'completed')) {
    const byYear = out.extraIncome.get(programme.row.agreement_id) ?? new Map<number, Set<number>>();
    const year = Number(start.slice(0, 4));
    const set = byYear.get(year) ?? new Set<number>();
    set.add(child.id);
    byYear.set(year, set);
    out.extraIncome.set(programme.row.agreement_id, byYear);
  }

  if (
    status === 'participating' ||
    status === 'completed' ||
    (status === 'cancelled' && group !== 'cancelled')
  ) {
    // A cancelled child came to the first sessions before leaving.
    const leftAfter = status === 'cancelled' ? random.int(4) : sessions.length;
    sessions.forEach((s, index) => {
      if (!s.held || index >= leftAfter || (withdrawnOn !== null && s.date >= withdrawnOn)) return;
      out.attendance.push({
        session_id: s.id,
        enrolment_id: enrolmentId,
        present: random.next() < 0.86 ? 1 : 0,
        recorded_by_user_id: userId,
        recorded_at: now,
      });
    });
  }
  return status;
}

/** Children on a waiting list (or who only expressed interest), without a group yet. */
export function planWaiting(
  out: GroupBatch,
  ids: Ids,
  programme: ProgrammePlan,
  pool: ChildPool,
  count: number,
  options: SeedGroupOptions,
): void {
  const { random, today, now } = options;
  for (let i = 0; i < count; i++) {
    const child = pool.pick(random, today, programme.row.age_min!, programme.row.age_max!);
    if (!child) continue;
    const key = `${child.id}:${programme.row.id}`;
    if (options.active.has(key)) continue;
    options.active.add(key);
    out.enrolments.push({
      id: ids.enrolment++,
      child_id: child.id,
      programme_id: programme.row.id,
      group_id: null,
      status: random.next() < 0.3 ? 'interest' : 'waitlisted',
      referred_on: addDays(today, -random.int(120)),
      ...unrecordedFacts,
      age_override_reason: '',
      fee_applies: child.otherMunicipality ? 1 : 0,
      fee_amount_ore: child.otherMunicipality ? kronor(defaultOtherMunicipalityFeeKr) : 0,
      version: 1,
      created_at: now,
      updated_at: now,
    });
  }
}
