// The enrolment lifecycle and what is recorded on an enrolment: consent, the
// notice to social services, the child's own view, the visit before the
// group and the fee. Every rule is enforced here, whatever the UI shows.
import type { Enrolment } from '../../shared/ipc/support-groups';
import { ageAllowed, ageAt, checkAge } from '../../shared/support-groups/age-rule';
import { canPlace, holdsPlace } from '../../shared/support-groups/capacity';
import { capacityOf, consentRefusal } from '../../shared/support-groups/consent-rules';
import { canTransition, needsGate, needsGroup } from '../../shared/support-groups/enrolment-lifecycle';
import { personParams } from '../../shared/support-groups/person-term';
import type {
  ConsentDecision,
  ConsentMethod,
  ConsentScope,
  EnrolmentStatus,
  PreVisitKind,
} from '../../shared/support-groups/vocabulary';
import { AppFailure } from '../base/app-error';
import { settleEffectSums } from '../effect-evaluation/group-sums-service';
import { refreshExtraIncome } from './agreement-link';
import { perChildFee } from './agreement-link-repository';
import { gateFieldPath, gateMessageKey } from './attendance-service';
import {
  childBirth,
  findActiveEnrolmentId,
  groupStartDates,
  insertConsent,
  insertEnrolment,
  unrecordedFacts,
  updateEnrolment,
  type EnrolmentRow,
} from './enrolment-repository';
import { gateSubjects, loadGates, refreshGateCache } from './gate';
import { placedCounts, requireGroupRow, type GroupRow } from './group-repository';
import { getEnrolment, requireEnrolmentRow } from './enrolment-view';
import type { ProgrammeRow } from './programme-repository';
import { requireProgrammeRow } from './programme-service';
import { nowIso, today, type ServiceContext } from '../context/service-context';
import { flag, type ReadDb } from '../db/handles';

const invalid = (field: string, key: string) => new AppFailure('validation', { fields: { [field]: key } });

/** Keeps the agreement's extra-income count in step after a fee-paying enrolment changed. */
async function recountExtraIncome(
  ctx: ServiceContext,
  programmeId: number,
  groupIds: readonly (number | null)[],
): Promise<void> {
  const ids = groupIds.filter((id): id is number => id !== null);
  if (ids.length === 0) return;
  const programme = await requireProgrammeRow(ctx.db, programmeId);
  const startDates = await groupStartDates(ctx.db, ids);
  await refreshExtraIncome(
    ctx.db,
    programme.agreement_id,
    startDates.map((d) => Number(d.slice(0, 4))),
    nowIso(ctx),
  );
}

async function requireChild(db: ReadDb, id: number) {
  const child = await childBirth(db, id);
  if (!child) throw invalid('childId', 'field.invalid');
  return child;
}

async function groupOfProgramme(db: ReadDb, groupId: number, programmeId: number): Promise<GroupRow> {
  const group = await requireGroupRow(db, groupId, 'groupId');
  if (group.programme_id !== programmeId) {
    throw new AppFailure('supportGroups.wrongProgramme', {
      fields: { groupId: 'supportGroups.wrongProgramme' },
    });
  }
  return group;
}

async function ensureFreePlace(db: ReadDb, group: GroupRow, programme: ProgrammeRow): Promise<void> {
  const placed = (await placedCounts(db, [group.id])).get(group.id) ?? 0;
  if (!canPlace(placed, programme.group_size_max)) {
    throw new AppFailure('supportGroups.groupFull', { fields: { groupId: 'supportGroups.groupFull' } });
  }
}

function ensureAge(
  child: { birth_date: string | null; birth_year: number | null },
  programme: ProgrammeRow,
  group: GroupRow | null,
  on: string,
  overrideReason: string,
): void {
  const age = ageAt({ birthDate: child.birth_date, birthYear: child.birth_year }, group?.start_date ?? on);
  const range = { min: group?.age_min ?? programme.age_min, max: group?.age_max ?? programme.age_max };
  if (!ageAllowed(checkAge(age, range), overrideReason)) {
    throw new AppFailure('enrolments.ageOutsideRange', {
      fields: { ageOverrideReason: 'enrolments.ageOutsideRange' },
    });
  }
}

export async function createEnrolment(
  ctx: ServiceContext,
  input: {
    childId: number;
    programmeId: number;
    groupId: number | null;
    status: 'interest' | 'waitlisted' | 'offered';
    referredOn: string;
    ageOverrideReason: string;
    otherMunicipality: boolean;
  },
): Promise<Enrolment> {
  const child = await requireChild(ctx.db, input.childId);
  const programme = await requireProgrammeRow(ctx.db, input.programmeId, 'programmeId');
  if ((await findActiveEnrolmentId(ctx.db, input.childId, input.programmeId)) !== undefined)
    throw new AppFailure('enrolments.alreadyActive');
  const group = input.groupId === null ? null : await groupOfProgramme(ctx.db, input.groupId, programme.id);
  if (needsGroup(input.status) && !group)
    throw new AppFailure('enrolments.groupRequired', { fields: { groupId: 'enrolments.groupRequired' } });
  if (group && holdsPlace(input.status)) await ensureFreePlace(ctx.db, group, programme);
  ensureAge(child, programme, group, input.referredOn, input.ageOverrideReason);

  const now = nowIso(ctx);
  const id = await insertEnrolment(ctx.db, {
    child_id: input.childId,
    programme_id: programme.id,
    group_id: group?.id ?? null,
    status: input.status,
    referred_on: input.referredOn,
    ...unrecordedFacts,
    age_override_reason: input.ageOverrideReason,
    fee_applies: flag(input.otherMunicipality),
    fee_amount_ore: input.otherMunicipality ? await perChildFee(ctx.db, programme.agreement_id) : 0,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  const gate = (await refreshGateCache(ctx.db, [id], today(ctx))).get(id);
  if (input.otherMunicipality) await recountExtraIncome(ctx, programme.id, [group?.id ?? null]);
  return getEnrolment(ctx.db, id, today(ctx), gate);
}

export async function transitionEnrolment(
  ctx: ServiceContext,
  input: {
    id: number;
    version: number;
    to: EnrolmentStatus;
    groupId?: number | null | undefined;
    reason: string;
    ageOverrideReason?: string | undefined;
  },
): Promise<Enrolment> {
  const row = await requireEnrolmentRow(ctx.db, input.id);
  if (row.version !== input.version) throw new AppFailure('conflict');
  if (!canTransition(row.status, input.to)) throw new AppFailure('enrolments.transitionNotAllowed');
  if (input.to === 'cancelled' && input.reason.trim() === '') {
    throw new AppFailure('enrolments.reasonRequired', { fields: { reason: 'enrolments.reasonRequired' } });
  }
  const programme = await requireProgrammeRow(ctx.db, row.programme_id);
  const groupId = input.groupId === undefined ? row.group_id : input.groupId;
  const group = groupId === null ? null : await groupOfProgramme(ctx.db, groupId, programme.id);
  if (needsGroup(input.to) && !group)
    throw new AppFailure('enrolments.groupRequired', { fields: { groupId: 'enrolments.groupRequired' } });

  const takesNewPlace = holdsPlace(input.to) && (!holdsPlace(row.status) || group?.id !== row.group_id);
  if (group && takesNewPlace) await ensureFreePlace(ctx.db, group, programme);
  const ageOverrideReason = input.ageOverrideReason ?? row.age_override_reason;
  if (group && (takesNewPlace || group.id !== row.group_id)) {
    ensureAge(await requireChild(ctx.db, row.child_id), programme, group, today(ctx), ageOverrideReason);
  }
  if (needsGate(input.to)) {
    const { gate, person } = (await refreshGateCache(ctx.db, [row.id], today(ctx))).get(row.id)!;
    if (!gate.ready) {
      const fields = Object.fromEntries(
        gate.missing.map((item) => [gateFieldPath(row.id, item), gateMessageKey(item)]),
      );
      throw new AppFailure('enrolments.gateNotMet', { fields, params: personParams(person) });
    }
  }
  await updateEnrolment(ctx.db, row.id, {
    status: input.to,
    group_id: group?.id ?? null,
    cancel_reason: input.to === 'cancelled' ? input.reason.trim() : row.cancel_reason,
    age_override_reason: ageOverrideReason,
    version: row.version + 1,
    updated_at: nowIso(ctx),
  });
  // An enrolment that moves group takes its answer sheets along: both groups' effect sums follow.
  if (row.group_id !== (group?.id ?? null)) await settleEffectSums(ctx.db);
  if (row.fee_applies === 1)
    await recountExtraIncome(ctx, row.programme_id, [row.group_id, group?.id ?? null]);
  return getEnrolment(ctx.db, row.id, today(ctx));
}

const notInFuture = (ctx: ServiceContext, date: string, field: string) => {
  if (date > today(ctx)) throw invalid(field, 'field.futureDate');
};

/** The recorded facts an enrolment row carries: the notice, the child's view, the pre-visit. */
type EnrolmentFacts = Partial<
  Pick<
    EnrolmentRow,
    | 'notice_informed_on'
    | 'notice_informed_by'
    | 'notice_informed_whom'
    | 'child_view_on'
    | 'child_view_summary'
    | 'child_view_by'
    | 'pre_visit_kind'
    | 'pre_visit_on'
    | 'pre_visit_by'
  >
>;

/**
 * What every "record a fact" writer ends with: the facts are stored with a
 * new version, the gate cache is refreshed when the fact is one of the gate's
 * inputs (consent, notice), and the enrolment is read back with that same gate.
 */
async function recordFact(
  ctx: ServiceContext,
  row: EnrolmentRow,
  facts: EnrolmentFacts,
  { affectsGate }: { affectsGate: boolean },
): Promise<Enrolment> {
  await updateEnrolment(ctx.db, row.id, { ...facts, version: row.version + 1, updated_at: nowIso(ctx) });
  const gate = affectsGate ? (await refreshGateCache(ctx.db, [row.id], today(ctx))).get(row.id) : undefined;
  return getEnrolment(ctx.db, row.id, today(ctx), gate);
}

export async function recordConsent(
  ctx: ServiceContext,
  input: {
    enrolmentId: number;
    guardianId: number | null;
    scope: ConsentScope;
    decision: ConsentDecision;
    decidedOn: string;
    method: ConsentMethod;
    documentReference: string;
  },
): Promise<Enrolment> {
  const row = await requireEnrolmentRow(ctx.db, input.enrolmentId);
  const loaded = (await loadGates(ctx.db, await gateSubjects(ctx.db, [row.id], today(ctx)))).get(row.id)!;
  const guardian = loaded.guardians.find((g) => g.id === input.guardianId);
  if (input.guardianId !== null && !guardian) {
    throw new AppFailure('enrolments.guardianNotOfChild', {
      fields: { guardianId: 'enrolments.guardianNotOfChild' },
    });
  }
  // Who may consent follows the age on the day of the group's first session.
  const refusal = consentRefusal(loaded.gate.consent.basis, input.guardianId);
  if (refusal)
    throw new AppFailure(`enrolments.${refusal}`, { fields: { guardianId: `enrolments.${refusal}` } });
  notInFuture(ctx, input.decidedOn, 'decidedOn');
  await insertConsent(ctx.db, {
    enrolment_id: row.id,
    guardian_id: input.guardianId,
    capacity: guardian ? capacityOf(guardian) : 'self',
    scope: input.scope,
    decision: input.decision,
    decided_on: input.decidedOn,
    method: input.method,
    document_reference: input.documentReference,
    recorded_by_user_id: ctx.user.id,
    recorded_at: nowIso(ctx),
  });
  // A withdrawal pauses the enrolment at once: the cache the dashboard reads is refreshed now.
  return recordFact(ctx, row, {}, { affectsGate: true });
}

export async function recordNotice(
  ctx: ServiceContext,
  input: { enrolmentId: number; informedOn: string; informedBy: string; informedWhom: string },
): Promise<Enrolment> {
  const row = await requireEnrolmentRow(ctx.db, input.enrolmentId);
  notInFuture(ctx, input.informedOn, 'informedOn');
  const facts = {
    notice_informed_on: input.informedOn,
    notice_informed_by: input.informedBy,
    notice_informed_whom: input.informedWhom,
  };
  return recordFact(ctx, row, facts, { affectsGate: true });
}

export async function recordChildView(
  ctx: ServiceContext,
  input: { enrolmentId: number; recordedOn: string; summary: string; recordedBy: string },
): Promise<Enrolment> {
  const row = await requireEnrolmentRow(ctx.db, input.enrolmentId);
  notInFuture(ctx, input.recordedOn, 'recordedOn');
  const facts = {
    child_view_on: input.recordedOn,
    child_view_summary: input.summary,
    child_view_by: input.recordedBy,
  };
  return recordFact(ctx, row, facts, { affectsGate: false });
}

export async function recordPreVisit(
  ctx: ServiceContext,
  input: { enrolmentId: number; kind: PreVisitKind; visitedOn: string; visitedBy: string },
): Promise<Enrolment> {
  const row = await requireEnrolmentRow(ctx.db, input.enrolmentId);
  const facts = { pre_visit_kind: input.kind, pre_visit_on: input.visitedOn, pre_visit_by: input.visitedBy };
  return recordFact(ctx, row, facts, { affectsGate: false });
}

export async function setFee(
  ctx: ServiceContext,
  input: {
    enrolmentId: number;
    applies: boolean;
    amount: number;
    invoicedOn: string | null;
    paidOn: string | null;
  },
): Promise<Enrolment> {
  const row = await requireEnrolmentRow(ctx.db, input.enrolmentId);
  if (input.paidOn !== null && input.invoicedOn !== null && input.paidOn < input.invoicedOn) {
    throw invalid('paidOn', 'field.dateOrder');
  }
  await updateEnrolment(ctx.db, row.id, {
    fee_applies: flag(input.applies),
    fee_amount_ore: input.applies ? input.amount : 0,
    fee_invoiced_on: input.applies ? input.invoicedOn : null,
    fee_paid_on: input.applies ? input.paidOn : null,
    version: row.version + 1,
    updated_at: nowIso(ctx),
  });
  if (input.applies !== (row.fee_applies === 1))
    await recountExtraIncome(ctx, row.programme_id, [row.group_id]);
  return getEnrolment(ctx.db, row.id, today(ctx));
}
