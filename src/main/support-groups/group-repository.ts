// Rows of groups and their sessions. Plain functions over (db | trx).
import type { Selectable } from 'kysely';
import type { DbOrTrx } from '../db/schema/database';
import type { GroupSessionTable } from '../db/schema/group-session-table';
import type { SupportGroupTable } from '../db/schema/support-group-table';
import { placeHoldingStatuses } from '../../shared/support-groups/capacity';
import { AppFailure } from '../base/app-error';
import type { ReadDb } from '../db/handles';

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

export async function sessionsWithAttendance(db: DbOrTrx, groupId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('attendance as a')
    .innerJoin('group_session as s', 's.id', 'a.session_id')
    .select('a.session_id')
    .distinct()
    .where('s.group_id', '=', groupId)
    .execute();
  return new Set(rows.map((r) => r.session_id));
}

export const parseLeaders = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};
