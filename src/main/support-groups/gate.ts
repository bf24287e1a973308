// Loads what the consent rules need for a set of enrolments, evaluates the
// gate, and keeps the cached result on the enrolment rows (gate_ready,
// consent_paused) that lists and the dashboard filter on.
import type { GateItemView } from '../../shared/ipc/support-groups';
import {
  evaluateGate,
  type ConsentFacts,
  type GateResult,
  type GuardianFacts,
} from '../../shared/support-groups/consent-rules';
import type { PlacementBasis } from '../../shared/support-groups/vocabulary';
import type { DbOrTrx } from '../db/schema/database';
import { enrolmentIdsOfChild } from './enrolment-repository';
import { consentRows, gateSubjectRows, guardianRows, setGateFlags } from './gate-repository';
import { flag } from './service-context';

export interface GuardianInfo extends GuardianFacts {
  name: string;
}

export interface GateSubject {
  enrolmentId: number;
  childId: number;
  placementBasis: PlacementBasis;
  notice: { informedOn: string; informedBy: string; informedWhom: string } | null;
}

export interface LoadedGate {
  gate: GateResult;
  guardians: GuardianInfo[];
}

const chunk = <T>(items: readonly T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

export async function guardiansOf(
  db: DbOrTrx,
  childIds: readonly number[],
): Promise<Map<number, GuardianInfo[]>> {
  const byChild = new Map<number, GuardianInfo[]>();
  for (const ids of chunk([...new Set(childIds)])) {
    if (ids.length === 0) continue;
    const rows = await guardianRows(db, ids);
    for (const r of rows) {
      const list = byChild.get(r.child_id) ?? [];
      list.push({ id: r.id, name: r.name, hasCustody: r.has_custody === 1 });
      byChild.set(r.child_id, list);
    }
  }
  return byChild;
}

export async function consentsOf(
  db: DbOrTrx,
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
  db: DbOrTrx,
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
      guardians: childGuardians,
      consents: consents.get(s.enrolmentId) ?? [],
      notice: s.notice,
    });
    result.set(s.enrolmentId, { gate, guardians: childGuardians });
  }
  return result;
}

export function gateItems(loaded: LoadedGate): GateItemView[] {
  const nameOf = (id: number) => loaded.guardians.find((g) => g.id === id)?.name ?? null;
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

/** Subjects for enrolment ids, read from the rows. */
export async function gateSubjects(db: DbOrTrx, enrolmentIds: readonly number[]): Promise<GateSubject[]> {
  const subjects: GateSubject[] = [];
  for (const ids of chunk([...new Set(enrolmentIds)])) {
    if (ids.length === 0) continue;
    const rows = await gateSubjectRows(db, ids);
    for (const r of rows) subjects.push(subjectOf(r));
  }
  return subjects;
}

export function subjectOf(r: {
  id: number;
  child_id: number;
  placement_basis: PlacementBasis;
  notice_informed_on: string | null;
  notice_informed_by: string;
  notice_informed_whom: string;
}): GateSubject {
  return {
    enrolmentId: r.id,
    childId: r.child_id,
    placementBasis: r.placement_basis,
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
  db: DbOrTrx,
  enrolmentIds: readonly number[],
): Promise<Map<number, LoadedGate>> {
  const loaded = await loadGates(db, await gateSubjects(db, enrolmentIds));
  for (const [enrolmentId, { gate }] of loaded) {
    await setGateFlags(db, enrolmentId, {
      gate_ready: flag(gate.ready),
      consent_paused: flag(isPaused(gate)),
    });
  }
  return loaded;
}

/** After a child's guardians or placement basis changed: refresh all their enrolments. */
export async function refreshGatesOfChild(db: DbOrTrx, childId: number): Promise<void> {
  await refreshGateCache(db, await enrolmentIdsOfChild(db, childId));
}
