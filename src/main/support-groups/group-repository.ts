// Rows of groups and their sessions. Plain functions over (db | trx).
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { GroupSessionTable } from '../db/schema/group-session-table';
import type { SupportGroupTable } from '../db/schema/support-group-table';
import { placeHoldingStatuses } from '../../shared/support-groups/capacity';
import type { EnrolmentStatus, GroupStatus } from '../../shared/support-groups/vocabulary';
import { AppFailure } from '../base/app-error';
import type { ReadDb, WriteDb } from '../db/handles';
import { gateSubjectColumns } from './gate-repository';

export type GroupRow = Selectable<SupportGroupTable>;
export type SessionRow = Selectable<GroupSessionTable>;

export async function getGroupRow(db: ReadDb, id: number): Promise<GroupRow | undefined> {
  return db.selectFrom('support_group').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function requireGroupRow(db: ReadDb, id: number, field?: string): Promise<GroupRow> {
  const row = await getGroupRow(db, id);
  if (!row)
    throw field
      ? new AppFailure('validation', { fields: { [field]: 'field.invalid' } })
      : new AppFailure('notFound');
  return row;
}

export async function getSessionRows(db: ReadDb, groupId: number): Promise<SessionRow[]> {
  return db
    .selectFrom('group_session')
    .selectAll()
    .where('group_id', '=', groupId)
    .orderBy('date')
    .orderBy('start_time')
    .orderBy('id')
    .execute();
}

/** Children holding a place, per group. */
export async function placedCounts(db: ReadDb, groupIds: readonly number[]): Promise<Map<number, number>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('enrolment')
    .select(['group_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('group_id', 'in', [...groupIds])
    .where('status', 'in', placeHoldingStatuses)
    .groupBy('group_id')
    .execute();
  return new Map(rows.map((r) => [r.group_id as number, Number(r.n)]));
}

/** The group's enrolments with these statuses: what closing the group changes. */
export async function enrolmentsOfGroup(db: ReadDb, groupId: number, statuses: readonly EnrolmentStatus[]) {
  return db
    .selectFrom('enrolment')
    .select(['id', 'status', 'version', 'fee_applies'])
    .where('group_id', '=', groupId)
    .where('status', 'in', [...statuses])
    .orderBy('id')
    .execute();
}

export async function sessionsWithAttendance(db: ReadDb, groupId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('attendance as a')
    .innerJoin('group_session as s', 's.id', 'a.session_id')
    .select('a.session_id')
    .distinct()
    .where('s.group_id', '=', groupId)
    .execute();
  return new Set(rows.map((r) => r.session_id));
}

export async function listGroupRows(
  db: ReadDb,
  filter: { programmeId: number | null; status: GroupStatus | null },
  limit: number,
) {
  let q = db
    .selectFrom('support_group as g')
    .innerJoin('programme as p', 'p.id', 'g.programme_id')
    .select([
      'g.id',
      'g.programme_id',
      'g.name',
      'g.start_date',
      'g.status',
      'g.location',
      'g.parent_group_id',
      'p.name as programme_name',
      'p.group_size_min',
      'p.group_size_max',
    ]);
  if (filter.programmeId !== null) q = q.where('g.programme_id', '=', filter.programmeId);
  if (filter.status !== null) q = q.where('g.status', '=', filter.status);
  return q.orderBy('g.start_date', 'desc').orderBy('g.id', 'desc').limit(limit).execute();
}

export async function insertGroup(db: WriteDb, values: Insertable<SupportGroupTable>): Promise<number> {
  const { id } = await db
    .insertInto('support_group')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateGroupRow(
  db: WriteDb,
  id: number,
  values: Updateable<SupportGroupTable>,
): Promise<void> {
  await db.updateTable('support_group').set(values).where('id', '=', id).execute();
}

export async function subgroupsOf(db: ReadDb, groupId: number) {
  return db
    .selectFrom('support_group')
    .select(['id', 'name'])
    .where('parent_group_id', '=', groupId)
    .orderBy('name')
    .execute();
}

export async function getSessionRow(db: ReadDb, id: number): Promise<SessionRow | undefined> {
  return db.selectFrom('group_session').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSessions(
  db: WriteDb,
  sessions: readonly Insertable<GroupSessionTable>[],
): Promise<void> {
  if (sessions.length === 0) return;
  await db
    .insertInto('group_session')
    .values([...sessions])
    .execute();
}

export async function updateSession(
  db: WriteDb,
  id: number,
  values: Updateable<GroupSessionTable>,
): Promise<void> {
  await db.updateTable('group_session').set(values).where('id', '=', id).execute();
}

export async function deleteSessionsOfGroup(db: WriteDb, groupId: number): Promise<void> {
  await db.deleteFrom('group_session').where('group_id', '=', groupId).execute();
}

export async function deleteSessions(db: WriteDb, ids: readonly number[]): Promise<void> {
  await db
    .deleteFrom('group_session')
    .where('id', 'in', [...ids])
    .execute();
}

/** The group's enrolments with these statuses, with what the page shows of each child and what its gate reads. */
export async function groupEnrolmentRows(db: ReadDb, groupId: number, statuses: readonly EnrolmentStatus[]) {
  return db
    .selectFrom('enrolment as e')
    .innerJoin('child as c', 'c.id', 'e.child_id')
    .select([...gateSubjectColumns, 'e.status', 'c.name', 'c.name_folded'])
    .where('e.group_id', '=', groupId)
    .where('e.status', 'in', [...statuses])
    .execute();
}

/** Every attendance mark in the group's sessions. */
export async function groupAttendanceRows(db: ReadDb, groupId: number) {
  return db
    .selectFrom('attendance as a')
    .innerJoin('group_session as s', 's.id', 'a.session_id')
    .select(['a.session_id', 'a.enrolment_id', 'a.present'])
    .where('s.group_id', '=', groupId)
    .execute();
}

export const parseLeaders = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

export async function countGroupsOfProgramme(db: ReadDb, programmeId: number): Promise<number> {
  const row = await db
    .selectFrom('support_group')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
