// Groups (stödgrupper, stödhelger): create with a generated schedule, edit,
// edit the schedule, list with capacity.
import type { Group, GroupData, GroupSummary } from '../../shared/ipc/support-groups';
import { capacity } from '../../shared/support-groups/capacity';
import { openAtClosing } from '../../shared/support-groups/group-closing';
import { generateSchedule, type PlannedSession } from '../../shared/support-groups/session-schedule';
import type { GroupStatus } from '../../shared/support-groups/vocabulary';
import { AppFailure } from '../base/app-error';
import {
  deleteSessions,
  deleteSessionsOfGroup,
  enrolmentsOfGroup,
  getSessionRows,
  insertGroup,
  insertSessions,
  listGroupRows,
  placedCounts,
  requireGroupRow,
  sessionsWithAttendance,
  type GroupRow,
  updateGroupRow,
  updateSession,
} from './group-repository';
import { getGroup } from './group-view';
import { requirePlanningAllowed, type PlannedDate } from './agreement-binding';
import type { ProgrammeRow } from './programme-repository';
import { requireProgrammeRow } from './programme-service';
import { nowIso, today, type ServiceContext } from '../context/service-context';
import { enrolmentIdsOfGroup } from './enrolment-repository';
import { refreshGateCache } from './gate';
import { flag, type ReadDb, type WriteDb } from '../db/handles';

export const groupListLimit = 500;

export async function listGroups(
  db: ReadDb,
  filter: { programmeId: number | null; status: GroupStatus | null },
): Promise<GroupSummary[]> {
  const rows = await listGroupRows(db, filter, groupListLimit);
  const placed = await placedCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    programmeId: r.programme_id,
    programmeName: r.programme_name,
    name: r.name,
    startDate: r.start_date,
    status: r.status,
    location: r.location,
    parentGroupId: r.parent_group_id,
    capacity: capacity(placed.get(r.id) ?? 0, r.group_size_min, r.group_size_max),
  }));
}

function plannedSessions(programme: ProgrammeRow, startDate: string, startTime: string): PlannedSession[] {
  const result = generateSchedule(
    {
      format: programme.format,
      sessionCount: programme.session_count,
      sessionMinutes: programme.session_minutes,
      intervalDays: programme.interval_days,
      followUpWeeks: programme.follow_up_weeks,
      followUpMinutes: programme.follow_up_minutes,
    },
    startDate,
    startTime,
  );
  if (!result.ok) throw new AppFailure('validation', { fields: { startDate: result.problem } });
  return result.sessions;
}

async function insertPlannedSessions(
  db: WriteDb,
  groupId: number,
  sessions: readonly PlannedSession[],
): Promise<void> {
  await insertSessions(
    db,
    sessions.map((s) => ({
      group_id: groupId,
      date: s.date,
      start_time: s.startTime,
      minutes: s.minutes,
      kind: s.kind,
      cancelled: 0 as const,
    })),
  );
}

async function checkParent(db: ReadDb, data: GroupData, selfId: number | null): Promise<void> {
  if (data.parentGroupId === null) return;
  const parent = await requireGroupRow(db, data.parentGroupId, 'parentGroupId');
  // One level only, within the same programme, never itself.
  if (parent.programme_id !== data.programmeId || parent.parent_group_id !== null || parent.id === selfId) {
    throw new AppFailure('validation', { fields: { parentGroupId: 'field.invalid' } });
  }
}

const groupColumns = (data: GroupData) => ({
  programme_id: data.programmeId,
  parent_group_id: data.parentGroupId,
  name: data.name,
  leaders_json: JSON.stringify(data.leaders),
  location: data.location,
  start_date: data.startDate,
  start_time: data.startTime,
  status: data.status,
  age_min: data.ageMin,
  age_max: data.ageMax,
});

export async function createGroup(ctx: ServiceContext, data: GroupData): Promise<Group> {
  const programme = await requireProgrammeRow(ctx.db, data.programmeId, 'programmeId');
  await checkParent(ctx.db, data, null);
  const sessions = plannedSessions(programme, data.startDate, data.startTime);
  await requirePlanningAllowed(
    ctx,
    programme,
    sessions.map((s) => ({ date: s.date, field: 'startDate' })),
  );
  const now = nowIso(ctx);
  const id = await insertGroup(ctx.db, {
    ...groupColumns(data),
    version: 1,
    created_at: now,
    updated_at: now,
  });
  await insertPlannedSessions(ctx.db, id, sessions);
  return getGroup(ctx.db, id);
}

/**
 * Saves the group. A new start date (or start time) regenerates the schedule
 * while no attendance is recorded; after that the schedule is edited by hand.
 */
export async function updateGroup(
  ctx: ServiceContext,
  input: { id: number; version: number; data: GroupData },
): Promise<Group> {
  const current = await requireGroupRow(ctx.db, input.id);
  if (current.version !== input.version) throw new AppFailure('conflict');
  const data = input.data;
  if (data.programmeId !== current.programme_id) {
    const holding = await placedCounts(ctx.db, [input.id]);
    if ((holding.get(input.id) ?? 0) > 0)
      throw new AppFailure('validation', { fields: { programmeId: 'field.invalid' } });
  }
  // Finishing a group with children in it goes through supportGroups:close, which asks each child's outcome.
  if (data.status === 'finished' && current.status !== 'finished') {
    if ((await enrolmentsOfGroup(ctx.db, input.id, openAtClosing)).length > 0)
      throw new AppFailure('supportGroups.closeWithOutcomes', {
        fields: { status: 'supportGroups.closeWithOutcomes' },
      });
  }
  const programme = await requireProgrammeRow(ctx.db, data.programmeId, 'programmeId');
  await checkParent(ctx.db, data, input.id);
  const moved = data.startDate !== current.start_date || data.startTime !== current.start_time;
  const regenerate = moved && (await sessionsWithAttendance(ctx.db, input.id)).size === 0;
  const sessions = regenerate ? plannedSessions(programme, data.startDate, data.startTime) : null;
  await requirePlanningAllowed(ctx, programme, await replanned(ctx.db, current, data, sessions));
  if (sessions) {
    await deleteSessionsOfGroup(ctx.db, input.id);
    await insertPlannedSessions(ctx.db, input.id, sessions);
  }
  await updateGroupRow(ctx.db, input.id, {
    ...groupColumns(data),
    version: current.version + 1,
    updated_at: nowIso(ctx),
  });
  // Who must consent is decided by age on the first session's day: a new start re-decides it.
  if (moved) await refreshGateCache(ctx.db, await enrolmentIdsOfGroup(ctx.db, input.id), today(ctx));
  return getGroup(ctx.db, input.id);
}

const over = (status: GroupStatus) => status === 'finished' || status === 'cancelled';

/**
 * What an edit of the group plans anew: a new start (with the regenerated
 * schedule), another programme, or a finished or cancelled group taken up
 * again. Other edits (name, leaders, finishing it) plan nothing.
 */
async function replanned(
  db: ReadDb,
  current: GroupRow,
  data: GroupData,
  regenerated: readonly PlannedSession[] | null,
): Promise<PlannedDate[]> {
  const moved = data.startDate !== current.start_date;
  const rebound = data.programmeId !== current.programme_id;
  const reopened = over(current.status) && !over(data.status);
  if (!moved && !rebound && !reopened) return [];
  const field = moved ? 'startDate' : rebound ? 'programmeId' : 'status';
  const dates = regenerated
    ? regenerated.map((s) => s.date)
    : (await getSessionRows(db, current.id)).filter((s) => s.cancelled === 0).map((s) => s.date);
  return [data.startDate, ...dates].map((date) => ({ date, field }));
}

export async function saveSessions(
  ctx: ServiceContext,
  input: {
    groupId: number;
    version: number;
    sessions: {
      id?: number | undefined;
      date: string;
      startTime: string;
      minutes: number;
      kind: PlannedSession['kind'];
      cancelled: boolean;
    }[];
  },
): Promise<Group> {
  const group = await requireGroupRow(ctx.db, input.groupId);
  if (group.version !== input.version) throw new AppFailure('conflict');
  const existing = await getSessionRows(ctx.db, input.groupId);
  const existingIds = new Set(existing.map((s) => s.id));
  input.sessions.forEach((s, i) => {
    if (s.id !== undefined && !existingIds.has(s.id)) {
      throw new AppFailure('validation', { fields: { [`sessions.${i}.id`]: 'field.invalid' } });
    }
  });
  const kept = new Set(input.sessions.map((s) => s.id).filter((id): id is number => id !== undefined));
  const removed = existing.filter((s) => !kept.has(s.id)).map((s) => s.id);
  const attended = await sessionsWithAttendance(ctx.db, input.groupId);
  if (removed.some((id) => attended.has(id))) throw new AppFailure('supportGroups.sessionHasAttendance');
  // A session added, moved to another day or no longer cancelled is planned anew.
  const before = new Map(existing.map((s) => [s.id, s]));
  const planned = input.sessions.flatMap((s, i) => {
    const old = s.id === undefined ? undefined : before.get(s.id);
    const anew = !old || old.date !== s.date || (old.cancelled === 1 && !s.cancelled);
    return anew && !s.cancelled ? [{ date: s.date, field: `sessions.${i}.date` }] : [];
  });
  const programme = await requireProgrammeRow(ctx.db, group.programme_id);
  await requirePlanningAllowed(ctx, programme, planned);
  if (removed.length > 0) await deleteSessions(ctx.db, removed);
  for (const s of input.sessions) {
    const columns = {
      date: s.date,
      start_time: s.startTime,
      minutes: s.minutes,
      kind: s.kind,
      cancelled: flag(s.cancelled),
    };
    if (s.id !== undefined) await updateSession(ctx.db, s.id, columns);
    else await insertSessions(ctx.db, [{ ...columns, group_id: input.groupId }]);
  }
  await updateGroupRow(ctx.db, input.groupId, { version: group.version + 1, updated_at: nowIso(ctx) });
  return getGroup(ctx.db, input.groupId);
}
