// Rows of the children register. Plain functions over (db | trx).
import type { Selectable } from 'kysely';
import type { ChildTable } from '../db/schema/child-table';
import type { DbOrTrx } from '../db/schema/database';
import type { GuardianTable } from '../db/schema/guardian-table';

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

export async function getChildRow(db: DbOrTrx, id: number): Promise<ChildRow | undefined> {
  return db.selectFrom('child').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getGuardianRows(db: DbOrTrx, childId: number): Promise<GuardianRow[]> {
  return db.selectFrom('guardian').selectAll().where('child_id', '=', childId).orderBy('position').execute();
}

export async function identityNumberTaken(
  db: DbOrTrx,
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
export async function possibleDuplicateIds(db: DbOrTrx, row: ChildRow): Promise<number[]> {
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

export async function getConcernReportRows(db: DbOrTrx, childId: number) {
  return db
    .selectFrom('concern_report')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('reported_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function getChildEnrolmentRows(db: DbOrTrx, childId: number) {
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

export async function getProtectionChangeRows(db: DbOrTrx, childId: number) {
  return db
    .selectFrom('protection_change')
    .select(['change', 'reason', 'changed_at'])
    .where('child_id', '=', childId)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}

export async function insertProtectionChange(
  db: DbOrTrx,
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
  db: DbOrTrx,
  row: { id: number; version: number; at: string },
): Promise<void> {
  await db
    .updateTable('child')
    .set({ protected_identity: 0, version: row.version + 1, updated_at: row.at })
    .where('id', '=', row.id)
    .execute();
}
