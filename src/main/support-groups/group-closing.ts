// Closing a group (issue 11): the group becomes finished and every child still
// in it gets an outcome in the same transaction — completed, or dropped out
// (avbruten) with a reason naming the last session. A closing that leaves a
// child without an outcome, or completes a child who never started, changes
// nothing and names each child's problem (`outcomes.<enrolmentId>`).
import type { Group } from '../../shared/ipc/support-groups';
import { canComplete, openAtClosing, type ClosingOutcome } from '../../shared/support-groups/group-closing';
import { AppFailure } from '../base/app-error';
import { nowIso, type ServiceContext } from '../context/service-context';
import { refreshExtraIncome } from './agreement-link';
import { updateEnrolment } from './enrolment-repository';
import { enrolmentsOfGroup, requireGroupRow, updateGroupRow } from './group-repository';
import { getGroup } from './group-view';
import { requireProgrammeRow } from './programme-service';

type Outcome = { enrolmentId: number } & (
  | { outcome: Extract<ClosingOutcome, 'completed'> }
  | { outcome: Extract<ClosingOutcome, 'droppedOut'>; reason: string }
);

export async function closeGroup(
  ctx: ServiceContext,
  input: { id: number; version: number; outcomes: readonly Outcome[] },
): Promise<Group> {
  const group = await requireGroupRow(ctx.db, input.id);
  if (group.version !== input.version) throw new AppFailure('conflict');
  if (group.status === 'finished' || group.status === 'cancelled')
    throw new AppFailure('supportGroups.closed');

  const open = await enrolmentsOfGroup(ctx.db, group.id, openAtClosing);
  const given = new Map<number, Outcome>();
  const fields: Record<string, string> = {};
  for (const o of input.outcomes) {
    if (given.has(o.enrolmentId) || !open.some((e) => e.id === o.enrolmentId))
      fields[`outcomes.${o.enrolmentId}`] = 'field.invalid';
    given.set(o.enrolmentId, o);
  }
  for (const e of open) {
    const o = given.get(e.id);
    if (!o) fields[`outcomes.${e.id}`] = 'supportGroups.outcomeMissing';
    else if (o.outcome === 'completed' && !canComplete(e.status))
      fields[`outcomes.${e.id}.outcome`] = 'supportGroups.completedNotStarted';
  }
  if (Object.keys(fields).length > 0) throw new AppFailure('supportGroups.closingOutcomes', { fields });

  const now = nowIso(ctx);
  for (const e of open) {
    const o = given.get(e.id)!;
    await updateEnrolment(ctx.db, e.id, {
      status: o.outcome === 'completed' ? 'completed' : 'cancelled',
      ...(o.outcome === 'droppedOut' ? { cancel_reason: o.reason.trim() } : {}),
      version: e.version + 1,
      updated_at: now,
    });
  }
  await updateGroupRow(ctx.db, group.id, { status: 'finished', version: group.version + 1, updated_at: now });
  // A fee-paying child who dropped out before starting no longer counts as extra income.
  if (open.some((e) => e.fee_applies === 1)) {
    const programme = await requireProgrammeRow(ctx.db, group.programme_id);
    await refreshExtraIncome(ctx.db, programme.agreement_id, [Number(group.start_date.slice(0, 4))], now);
  }
  return getGroup(ctx.db, group.id);
}
