// Assembles one enrolment: who must consent and in what capacity, the consent
// situation per consenter, the full consent history (a guardian's consent
// given before the person turned 18 stays in it), the gate, the notice, the child's own view, the
// visit before the group, the fee and attendance.
import type { Enrolment } from '../../shared/ipc/support-groups';
import { ageAt, checkAge } from '../../shared/support-groups/age-rule';
import { attendanceRate } from '../../shared/support-groups/attendance-rate';
import { capacityOf } from '../../shared/support-groups/consent-rules';
import { allowedTransitions } from '../../shared/support-groups/enrolment-lifecycle';
import { AppFailure } from '../base/app-error';
import {
  attendanceMarks,
  consentHistory,
  enrolmentChild,
  getEnrolmentRow,
  type EnrolmentRow,
} from './enrolment-repository';
import { gateItems, isPaused, loadGates, subjectOf, type LoadedGate } from './gate';
import { getGroupRow } from './group-repository';
import { requireProgrammeRow } from './programme-service';
import type { ReadDb } from '../db/handles';

export async function requireEnrolmentRow(db: ReadDb, id: number, field?: string): Promise<EnrolmentRow> {
  const row = await getEnrolmentRow(db, id);
  if (!row)
    throw field
      ? new AppFailure('validation', { fields: { [field]: 'field.invalid' } })
      : new AppFailure('notFound');
  return row;
}

/**
 * The enrolment as its page shows it. `gate` is the gate a writer has just
 * evaluated (refreshGateCache) for this enrolment, so it is not computed twice.
 */
export async function getEnrolment(
  db: ReadDb,
  id: number,
  todayDate: string,
  gate?: LoadedGate,
): Promise<Enrolment> {
  const row = await requireEnrolmentRow(db, id);
  const child = await enrolmentChild(db, row.child_id);
  const programme = await requireProgrammeRow(db, row.programme_id);
  const group = row.group_id === null ? undefined : await getGroupRow(db, row.group_id);
  const ageDay = group?.start_date ?? todayDate;
  const loaded =
    gate ??
    (await loadGates(db, [subjectOf({ ...row, ...child, id: row.id, child_id: row.child_id }, ageDay)])).get(
      row.id,
    )!;
  const consents = await consentHistory(db, id);
  const marks = await attendanceMarks(db, id);

  const age = ageAt({ birthDate: child.birth_date, birthYear: child.birth_year }, ageDay);
  const range = { min: group?.age_min ?? programme.age_min, max: group?.age_max ?? programme.age_max };
  const ageCheck = checkAge(age, range);
  const status = loaded.gate.consent;
  // Somebody not asked (a parent when the god man consents, a guardian of an adult) shows "not required".
  const stateOf = (guardianId: number | null, scope: 'participation' | 'dataSharing') =>
    status.consenters.find((c) => c.guardianId === guardianId && c.scope === scope)?.state ??
    ('notRequired' as const);

  return {
    id: row.id,
    childId: child.id,
    childName: child.name,
    placementBasis: child.placement_basis,
    programmeId: programme.id,
    programmeName: programme.name,
    groupId: group?.id ?? null,
    groupName: group?.name ?? null,
    groupStartDate: group?.start_date ?? null,
    status: row.status,
    allowedTransitions: [...allowedTransitions(row.status)],
    cancelReason: row.cancel_reason,
    referredOn: row.referred_on,
    age,
    ageWithinRange: ageCheck.kind === 'unknown' ? null : ageCheck.kind === 'within',
    ageOverrideReason: row.age_override_reason,
    consentRequired: loaded.gate.consent.required,
    consentOverall: status.overall,
    consentBasis: status.basis,
    personTerm: loaded.person,
    selfConsent:
      status.basis === 'self'
        ? { participation: stateOf(null, 'participation'), dataSharing: stateOf(null, 'dataSharing') }
        : null,
    guardianConsents: loaded.guardians.map((g) => ({
      guardianId: g.id,
      guardianName: g.name,
      hasCustody: g.hasCustody,
      capacity: capacityOf(g),
      participation: stateOf(g.id, 'participation'),
      dataSharing: stateOf(g.id, 'dataSharing'),
    })),
    consents: consents.map((c) => ({
      id: c.id,
      guardianId: c.guardian_id,
      guardianName: c.guardian_name,
      capacity: c.capacity,
      scope: c.scope,
      decision: c.decision,
      decidedOn: c.decided_on,
      method: c.method,
      documentReference: c.document_reference,
      recordedBy: c.recorded_by,
      recordedAt: c.recorded_at,
    })),
    notice:
      row.notice_informed_on === null
        ? null
        : {
            informedOn: row.notice_informed_on,
            informedBy: row.notice_informed_by,
            informedWhom: row.notice_informed_whom,
          },
    childView:
      row.child_view_on === null
        ? null
        : { recordedOn: row.child_view_on, summary: row.child_view_summary, recordedBy: row.child_view_by },
    preVisit:
      row.pre_visit_kind === null || row.pre_visit_on === null
        ? null
        : { kind: row.pre_visit_kind, visitedOn: row.pre_visit_on, visitedBy: row.pre_visit_by },
    fee: {
      applies: row.fee_applies === 1,
      amount: row.fee_amount_ore,
      invoicedOn: row.fee_invoiced_on,
      paidOn: row.fee_paid_on,
    },
    gate: { ready: loaded.gate.ready, missing: gateItems(loaded) },
    paused: isPaused(loaded.gate),
    rate: attendanceRate(marks.filter((m) => m.present === 1).length, marks.length),
    version: row.version,
  };
}
