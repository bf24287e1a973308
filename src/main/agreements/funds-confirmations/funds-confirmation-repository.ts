// Rows of the yearly confirmations that an agreement's funds were granted.
import type { Insertable } from 'kysely';
import type { AgreementFundsConfirmationTable } from '../../db/schema/agreement-funds-confirmation-table';
import type { ReadDb, WriteDb } from '../../db/handles';

/** The agreement's confirmations, by year, with who recorded each. */
export async function fundsConfirmationRows(db: ReadDb, agreementId: number) {
  return db
    .selectFrom('agreement_funds_confirmation as c')
    .leftJoin('user as u', 'u.id', 'c.recorded_by_user_id')
    .selectAll('c')
    .select('u.display_name as recorded_by_name')
    .where('c.agreement_id', '=', agreementId)
    .orderBy('c.year')
    .execute();
}

/** Every confirmed year of every agreement (a handful of rows per agreement), for the calendars read at once. */
export async function confirmedYearRows(db: ReadDb): Promise<{ agreement_id: number; year: number }[]> {
  return db.selectFrom('agreement_funds_confirmation').select(['agreement_id', 'year']).execute();
}

/** Stores the year's confirmation; false when the year already has one (nothing changed). */
export async function insertFundsConfirmation(
  db: WriteDb,
  values: Insertable<AgreementFundsConfirmationTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('agreement_funds_confirmation')
    .values(values)
    .onConflict((oc) => oc.columns(['agreement_id', 'year']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Removes the year's confirmation; false when there was none. */
export async function deleteFundsConfirmation(
  db: WriteDb,
  agreementId: number,
  year: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('agreement_funds_confirmation')
    .where('agreement_id', '=', agreementId)
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
