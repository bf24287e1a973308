// Assembles one enrolment: the child's consent situation per guardian, the
// full consent history, the gate, the notice, the child's own view, the
// visit before the group, the fee and attendance.
import type { Selectable } from 'kysely';
import type { Enrolment } from '../../shared/ipc/support-groups';
import { ageAt, checkAge } from '../../shared/support-groups/age-rule';
import { attendanceRate } from '../../shared/support-groups/attendance-rate';
import { allowedTransitions } from '../../shared/support-groups/enrolment-lifecycle';
import type { ReadDb } from '../db/handles';
import type { EnrolmentTable } from '../db/schema/enrolment-table';
import { AppFailure } from '../base/app-error';
import { gateItems, isPaused, loadGates, subjectOf } from './gate';
import { getGroupRow } from './group-repository';
import { requireProgrammeRow } from './programme-service';

export type EnrolmentRow = Selectable<EnrolmentTable>;

export async function getEnrolmentRow(db: ReadDb, id: number): Promise<EnrolmentRow | undefined> {
  return db.selectFrom('enrolment').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function requireEnrolmentRow(db: ReadDb, id: number, field?: string): Promise<EnrolmentRow> {
  const row = await getEnrolmentRow(db, id);
  if (!row)
    throw field
      ? new AppFailure('validation', { fields: { [field]: 'field.invalid' } })
      : new AppFailure('notFound');
  return row;
}

export async function getEnrolment(db: ReadDb, id: number, todayDate: string): Promise<Enrolment> {
  const row = await requireEnrolmentRow(db, id);
  const child = await db
    .selectFrom('child')
    .select(['id', 'name', 'placement_basis', 'birth_date', 'birth_year'])
    .where('id', '=', row.child_id)
    .executeTakeFirstOrThrow();
  const programme = await requireProgrammeRow(db, row.programme_id);
  const group = row.group_id === null ? undefined : await getGroupRow(db, row.group_id);
  const loaded = (await loadGates(db, [subjectOf({ ...row, placement_basis: child.placement_basis })])).get(
    row.id,
  )!;
  const consents = await db
    .selectFrom('consent as c')
    .innerJoin('guardian as g', 'g.id', 'c.guardian_id')
    .leftJoin('user as u', 'u.id', 'c.recorded_by_user_id')
    .select([
      'c.id',
      'c.guardian_id',
      'g.name as guardian_name',
      'c.scope',
      'c.decision',
      'c.decided_on',
      'c.method',
      'c.document_reference',
      'u.display_name as recorded_by',
      'c.recorded_at',
    ])
    .where('c.enrolment_id', '=', id)
    .orderBy('c.decided_on', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  const marks = await db.selectFrom('attendance').select('present').where('enrolment_id', '=', id).execute();

  const ageDay = group?.start_date ?? todayDate;
  const age = ageAt({ birthDate: child.birth_date, birthYear: child.birth_year }, ageDay);
  const range = { min: group?.age_min ?? programme.age_min, max: group?.age_max ?? programme.age_max };
  const ageCheck = checkAge(age, range);
  const stateOf = (guardianId: number, scope: 'participation' | 'dataSharing') =>
    loaded.gate.consent.required
      ? (loaded.gate.consent.guardians.find((g) => g.guardianId === guardianId && g.scope === scope)?.state ??
        'missing')
      : ('notRequired' as const);

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
    consentOverall: loaded.gate.consent.overall,
    guardianConsents: loaded.guardians.map((g) => ({
      guardianId: g.id,
      guardianName: g.name,
      hasCustody: g.hasCustody,
      // A guardian without custody is not asked; shown as not required.
      participation: g.hasCustody ? stateOf(g.id, 'participation') : 'notRequired',
      dataSharing: g.hasCustody ? stateOf(g.id, 'dataSharing') : 'notRequired',
    })),
    consents: consents.map((c) => ({
      id: c.id,
      guardianId: c.guardian_id,
      guardianName: c.guardian_name,
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
