// Recording attendance. Main refuses it unless every child in the call is
// admitted or taking part, is in the session's group, and has passed the gate
// (consent where required + social services informed), and never for a
// session later than today. The refusal names
// every missing item: field path `enrolment.<id>.<item>` → message key.
import type { Group } from '../../shared/ipc/support-groups';
import type { GateItem } from '../../shared/support-groups/consent-rules';
import { AppFailure } from '../base/app-error';
import { enrolmentPlacements, upsertAttendance } from './attendance-repository';
import { updateEnrolment } from './enrolment-repository';
import { gateSubjects, loadGates } from './gate';
import { getSessionRow } from './group-repository';
import { getGroup } from './group-view';
import { nowIso, today, type ServiceContext } from '../context/service-context';
import { flag } from '../db/handles';

const recordableStatuses = new Set(['admitted', 'participating', 'completed']);

export function gateFieldPath(enrolmentId: number, item: GateItem): string {
  const base = `enrolment.${enrolmentId}`;
  return 'guardianId' in item
    ? `${base}.${item.kind}.${item.guardianId ?? 'self'}.${item.scope}`
    : `${base}.${item.kind}`;
}

export const gateMessageKey = (item: GateItem) => `gate.${item.kind}`;

export async function recordAttendance(
  ctx: ServiceContext,
  input: { sessionId: number; entries: { enrolmentId: number; present: boolean }[] },
): Promise<Group> {
  const session = await getSessionRow(ctx.db, input.sessionId);
  if (!session) throw new AppFailure('notFound');
  if (session.cancelled === 1) throw new AppFailure('attendance.sessionCancelled');
  // Nobody can have attended a session that has not happened yet.
  if (session.date > today(ctx)) throw new AppFailure('attendance.futureSession');

  const ids = [...new Set(input.entries.map((e) => e.enrolmentId))];
  const rows = await enrolmentPlacements(ctx.db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const notInGroup: Record<string, string> = {};
  const notAdmitted: Record<string, string> = {};
  for (const id of ids) {
    const row = byId.get(id);
    if (!row || row.group_id !== session.group_id) notInGroup[`enrolment.${id}`] = 'attendance.notInGroup';
    else if (!recordableStatuses.has(row.status))
      notAdmitted[`enrolment.${id}.status`] = 'attendance.notAdmitted';
  }
  if (Object.keys(notInGroup).length > 0)
    throw new AppFailure('attendance.notInGroup', { fields: notInGroup });
  if (Object.keys(notAdmitted).length > 0)
    throw new AppFailure('attendance.notAdmitted', { fields: notAdmitted });

  const gates = await loadGates(ctx.db, await gateSubjects(ctx.db, ids, today(ctx)));
  const missing: Record<string, string> = {};
  for (const [enrolmentId, { gate }] of gates) {
    for (const item of gate.missing) missing[gateFieldPath(enrolmentId, item)] = gateMessageKey(item);
  }
  if (Object.keys(missing).length > 0) throw new AppFailure('attendance.gateNotMet', { fields: missing });

  const recordedAt = nowIso(ctx);
  for (const entry of input.entries) {
    await upsertAttendance(ctx.db, {
      session_id: input.sessionId,
      enrolment_id: entry.enrolmentId,
      present: flag(entry.present),
      recorded_by_user_id: ctx.user.id,
      recorded_at: recordedAt,
    });
  }
  // Attending the first session is taking part: admitted becomes participating.
  const presentIds = new Set(input.entries.filter((e) => e.present).map((e) => e.enrolmentId));
  const admitted = rows.filter((r) => r.status === 'admitted' && presentIds.has(r.id));
  for (const r of admitted) {
    await updateEnrolment(ctx.db, r.id, {
      status: 'participating',
      version: r.version + 1,
      updated_at: recordedAt,
    });
  }
  return getGroup(ctx.db, session.group_id);
}
