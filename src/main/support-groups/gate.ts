// Loads what the consent rules need for a set of enrolments (guardians,
// consents, the notice, the placement basis, what is known of the person's age
// and the day of the group's first session), evaluates the gate, and keeps the cached result on the enrolment rows (gate_ready,
// consent_paused) that lists and the dashboard filter on.
import type { GateItemView } from '../../shared/ipc/support-groups';
import {
  evaluateGate,
  type AgeFacts,
  type ConsentFacts,
  type GateResult,
  type GuardianFacts,
} from '../../shared/support-groups/consent-rules';
import { personTermOn, type PersonTerm } from '../../shared/support-groups/person-term';
import type { EstimatedAgeBand, PlacementBasis } from '../../shared/support-groups/vocabulary';
import { enrolmentIdsOfChild } from './enrolment-repository';
import { consentRows, gateSubjectRows, guardianRows, setGateFlags } from './gate-repository';
import { flag, type ReadDb, type WriteDb } from '../db/handles';

export interface GuardianInfo extends GuardianFacts {
  name: string;
}

export interface GateSubject {
  enrolmentId: number;
  childId: number;
  placementBasis: PlacementBasis;
  age: AgeFacts;
  /** The group's start (its first session), or today while no group is chosen. */
  firstSessionOn: string;
  notice: { informedOn: string; informedBy: string; informedWhom: string } | null;
}

export interface LoadedGate {
  gate: GateResult;
  guardians: GuardianInfo[];
  /** How texts speak of the person on the first session's day: "barnet" or "deltagaren". */
  person: PersonTerm;
}

const chunk = <T>(items: readonly T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

export async function guardiansOf(
  db: ReadDb,
  childIds: readonly number[],
): Promise<Map<number, GuardianInfo[]>> {
  const byChild = new Map<number, GuardianInfo[]>();
  for (const ids of chunk([...new Set(childIds)])) {
    if (ids.length === 0) continue;
    const rows = await guardianRows(db, ids);
    for (const r of rows) {
      const list = byChild.get(r.child_id) ?? [];
      list.push({
        id: r.id,
        name: r.name,
        hasCustody: r.has_custody === 1,
        representative: r.representative,
      });
      byChild.set(r.child_id, list);
    }
  }
  return byChild;
}

export async function consentsOf(
  db: ReadDb,
  enrolmentIds: readonly number[],
): Promise<Map<number, ConsentFacts[]>> {
  const byEnrolment = new Map<number, ConsentFacts[]>();
  for (const ids of chunk([...new Set(enrolmentIds)])) {
    if (ids.length === 0) continue;
    const rows = await consentRows(db, ids);
    for (const r of rows) {
      const list = byEnrolment.get(r.enrolment_id) ?? [];
      list.push({
        guardianId: r.guardian_id,
        scope: r.scope,
        decision: r.decision,
        decidedOn: r.decided_on,
        sequence: r.id,
      });
      byEnrolment.set(r.enrolment_id, list);
    }
  }
  return byEnrolment;
}

export async function loadGates(
  db: ReadDb,
  subjects: readonly GateSubject[],
): Promise<Map<number, LoadedGate>> {
  const guardians = await guardiansOf(
    db,
    subjects.map((s) => s.childId),
  );
  const consents = await consentsOf(
    db,
    subjects.map((s) => s.enrolmentId),
  );
  const result = new Map<number, LoadedGate>();
  for (const s of subjects) {
    const childGuardians = guardians.get(s.childId) ?? [];
    const gate = evaluateGate({
      placementBasis: s.placementBasis,
      age: s.age,
      firstSessionOn: s.firstSessionOn,
      guardians: childGuardians,
      consents: consents.get(s.enrolmentId) ?? [],
      notice: s.notice,
    });
    result.set(s.enrolmentId, {
      gate,
      guardians: childGuardians,
      person: personTermOn(s.age, s.firstSessionOn),
    });
  }
  return result;
}

export function gateItems(loaded: LoadedGate): GateItemView[] {
  const nameOf = (id: number | null) => loaded.guardians.find((g) => g.id === id)?.name ?? null;
  return loaded.gate.missing.map((item) =>
    'guardianId' in item
      ? {
          kind: item.kind,
          guardianId: item.guardianId,
          guardianName: nameOf(item.guardianId),
          scope: item.scope,
        }
      : { kind: item.kind, guardianId: null, guardianName: null, scope: null },
  );
}

export const isPaused = (gate: GateResult): boolean => gate.consent.overall === 'withdrawn';

/** Subjects for enrolment ids, read from the rows; `today` stands in for a group not yet chosen. */
export async function gateSubjects(
  db: ReadDb,
  enrolmentIds: readonly number[],
  today: string,
): Promise<GateSubject[]> {
  const subjects: GateSubject[] = [];
  for (const ids of chunk([...new Set(enrolmentIds)])) {
    if (ids.length === 0) continue;
    const rows = await gateSubjectRows(db, ids);
    for (const r of rows) subjects.push(subjectOf(r, r.start_date ?? today));
  }
  return subjects;
}

/** @param firstSessionOn the group's start date, or today while no group is chosen. */
export function subjectOf(
  r: {
    id: number;
    child_id: number;
    placement_basis: PlacementBasis;
    birth_date: string | null;
    birth_year: number | null;
    age_band: EstimatedAgeBand | null;
    age_band_on: string | null;
    notice_informed_on: string | null;
    notice_informed_by: string;
    notice_informed_whom: string;
  },
  firstSessionOn: string,
): GateSubject {
  return {
    enrolmentId: r.id,
    childId: r.child_id,
    placementBasis: r.placement_basis,
    age: {
      birthDate: r.birth_date,
      birthYear: r.birth_year,
      ageBand:
        r.age_band === null || r.age_band_on === null ? null : { band: r.age_band, enteredOn: r.age_band_on },
    },
    firstSessionOn,
    notice:
      r.notice_informed_on === null
        ? null
        : {
            informedOn: r.notice_informed_on,
            informedBy: r.notice_informed_by,
            informedWhom: r.notice_informed_whom,
          },
  };
}

/** Re-evaluates the gate of these enrolments and stores the cached flags. */
export async function refreshGateCache(
  db: WriteDb,
  enrolmentIds: readonly number[],
  today: string,
): Promise<Map<number, LoadedGate>> {
  const loaded = await loadGates(db, await gateSubjects(db, enrolmentIds, today));
  for (const [enrolmentId, { gate }] of loaded) {
    await setGateFlags(db, enrolmentId, {
      gate_ready: flag(gate.ready),
      consent_paused: flag(isPaused(gate)),
    });
  }
  return loaded;
}

/** After a child's guardians, age or placement basis changed: refresh all their enrolments. */
export async function refreshGatesOfChild(db: WriteDb, childId: number, today: string): Promise<void> {
  await refreshGateCache(db, await enrolmentIdsOfChild(db, childId), today);
}
