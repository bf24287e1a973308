// Rows of the parties' notifications of changed circumstances.
import type { Insertable, Updateable } from 'kysely';
import type { AgreementCircumstanceNoticeTable } from '../../db/schema/agreement-deficiency-tables';
import type { ReadDb, WriteDb } from '../../db/handles';

export async function circumstanceNoticeRows(db: ReadDb, agreementId: number) {
  return db
    .selectFrom('agreement_circumstance_notice as n')
    .leftJoin('user as u', 'u.id', 'n.recorded_by_user_id')
    .selectAll('n')
    .select('u.display_name as recorded_by_name')
    .where('n.agreement_id', '=', agreementId)
    .orderBy('n.notified_on')
    .orderBy('n.id')
    .execute();
}

export async function circumstanceNoticeRow(db: ReadDb, agreementId: number, id: number) {
  return db
    .selectFrom('agreement_circumstance_notice')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertCircumstanceNotice(
  db: WriteDb,
  values: Insertable<AgreementCircumstanceNoticeTable>,
): Promise<void> {
  await db.insertInto('agreement_circumstance_notice').values(values).execute();
}

export async function updateCircumstanceNotice(
  db: WriteDb,
  agreementId: number,
  id: number,
  values: Updateable<AgreementCircumstanceNoticeTable>,
): Promise<void> {
  await db
    .updateTable('agreement_circumstance_notice')
    .set(values)
    .where('agreement_id', '=', agreementId)
    .where('id', '=', id)
    .execute();
}
