// Rows of the children register. Plain functions over (db | trx).
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ChildTable } from '../db/schema/child-table';
import type { ConcernReportTable } from '../db/schema/concern-report-table';
import type { GuardianTable } from '../db/schema/guardian-table';
import type { ReadDb, WriteDb } from '../db/handles';

export type ChildRow = Selectable<ChildTable>;
export type GuardianRow = Selectable<GuardianTable>;

/** The columns a list needs (never the address or contact details). */
export const summaryColumns = [
  'id',
  'name',
  'name_is_alias',
  'identity_number',
  'birth_date',
  'birth_year',
  'gender',
  'home_municipality',
  'district',
  'placement_basis',
  'protected_identity',
  'city',
  'foster_home_name',
  'name_folded',
] as const;

export async function getChildRow(db: ReadDb, id: number): Promise<ChildRow | undefined> {
  return db.selectFrom('child').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getGuardianRows(db: ReadDb, childId: number): Promise<GuardianRow[]> {
  return db.selectFrom('guardian').selectAll().where('child_id', '=', childId).orderBy('position').execute();
}

export async function identityNumberTaken(
  db: ReadDb,
  identityNumber: string,
  exceptId?: number,
): Promise<boolean> {
  let q = db.selectFrom('child').select('id').where('identity_number', '=', identityNumber);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/**
 * Other children with the same name and birth date where at least one of the
 * two has no identity number: possibly the same person registered twice.
 */
export async function possibleDuplicateIds(db: ReadDb, row: ChildRow): Promise<number[]> {
  if (row.birth_date === null && row.birth_year === null) return [];
  let q = db
    .selectFrom('child')
    .select('id')
    .where('name_folded', '=', row.name_folded)
    .where('id', '!=', row.id);
  q =
    row.birth_date !== null
      ? q.where('birth_date', '=', row.birth_date)
      : q.where('birth_year', '=', row.birth_year);
  if (row.identity_number !== null) q = q.where('identity_number', 'is', null);
  const rows = await q.orderBy('id').limit(20).execute();
  return rows.map((r) => r.id);
}

export async function getConcernReportRows(db: ReadDb, childId: number) {
  return db
    .selectFrom('concern_report')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('reported_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function getChildEnrolmentRows(db: ReadDb, childId: number) {
  return db
    .selectFrom('enrolment as e')
    .innerJoin('programme as p', 'p.id', 'e.programme_id')
    .leftJoin('support_group as g', 'g.id', 'e.group_id')
    .select(['e.id', 'e.status', 'e.consent_paused', 'p.name as programme_name', 'g.name as group_name'])
    .where('e.child_id', '=', childId)
    .orderBy('e.referred_on', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
}

export async function getProtectionChangeRows(db: ReadDb, childId: number) {
  return db
    .selectFrom('protection_change')
    .select(['change', 'reason', 'changed_at'])
    .where('child_id', '=', childId)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}

export async function insertProtectionChange(
  db: WriteDb,
  row: { childId: number; change: 'set' | 'lifted'; reason: string; userId: number; at: string },
): Promise<void> {
  await db
    .insertInto('protection_change')
    .values({
      child_id: row.childId,
      change: row.change,
      reason: row.reason,
      changed_by_user_id: row.userId,
      changed_at: row.at,
    })
    .execute();
}

/** Clears the flag and bumps the version; the details stay as stored. */
export async function clearProtectedIdentity(
  db: WriteDb,
  row: { id: number; version: number; at: string },
): Promise<void> {
  await db
    .updateTable('child')
    .set({ protected_identity: 0, version: row.version + 1, updated_at: row.at })
    .where('id', '=', row.id)
    .execute();
}

/** The list's rows for the given ids (order is the caller's). */
export async function summaryRowsByIds(db: ReadDb, ids: readonly number[]) {
  return db.selectFrom('child').select(summaryColumns).where('id', 'in', ids).execute();
}

/** The first `limit` children of a district (in key order), or of all by name. */
export async function summaryRows(db: ReadDb, options: { district: string; limit: number }) {
  let q = db.selectFrom('child').select(summaryColumns);
  q =
    options.district !== ''
      ? q.where('district', '=', options.district).orderBy('id')
      : q.orderBy('name_folded');
  return q.limit(options.limit).execute();
}

/** The districts in use, by a loose index scan: each step jumps to the next district in the index. */
export async function districtNames(db: ReadDb): Promise<string[]> {
  const rows = await db
    .selectFrom('child')
    .select('district')
    .distinct()
    .where('district', '!=', '')
    .orderBy('district')
    .execute();
  return rows.map((r) => r.district);
}

export async function insertChild(db: WriteDb, row: Insertable<ChildTable>): Promise<number> {
  const { id } = await db.insertInto('child').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateChildRow(
  db: WriteDb,
  id: number,
  columns: Updateable<ChildTable>,
): Promise<void> {
  await db.updateTable('child').set(columns).where('id', '=', id).execute();
}

/** Whether any of the guardians has a recorded consent (and so must be kept). */
export async function anyHasConsent(db: ReadDb, guardianIds: readonly number[]): Promise<boolean> {
  const row = await db
    .selectFrom('consent')
    .select('guardian_id')
    .where('guardian_id', 'in', guardianIds)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteGuardians(db: WriteDb, ids: readonly number[]): Promise<void> {
  await db.deleteFrom('guardian').where('id', 'in', ids).execute();
}

export async function insertGuardian(db: WriteDb, row: Insertable<GuardianTable>): Promise<void> {
  await db.insertInto('guardian').values(row).execute();
}

export async function updateGuardian(
  db: WriteDb,
  id: number,
  columns: Updateable<GuardianTable>,
): Promise<void> {
  await db.updateTable('guardian').set(columns).where('id', '=', id).execute();
}

export async function insertConcernReport(db: WriteDb, row: Insertable<ConcernReportTable>): Promise<number> {
  const { id } = await db.insertInto('concern_report').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
