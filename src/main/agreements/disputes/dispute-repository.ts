// Rows of disputes (tvister).
import type { Insertable, Updateable } from 'kysely';
import type { AgreementDisputeTable } from '../../db/schema/agreement-deficiency-tables';
import type { ReadDb, WriteDb } from '../../db/handles';

export async function disputeRows(db: ReadDb, agreementId: number) {
  return db
    .selectFrom('agreement_dispute')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('opened_on')
    .orderBy('id')
    .execute();
}

export async function insertDispute(db: WriteDb, values: Insertable<AgreementDisputeTable>): Promise<void> {
  await db.insertInto('agreement_dispute').values(values).execute();
}

export async function updateDispute(
  db: WriteDb,
  agreementId: number,
  id: number,
  values: Updateable<AgreementDisputeTable>,
): Promise<void> {
  await db
    .updateTable('agreement_dispute')
    .set(values)
    .where('id', '=', id)
    .where('agreement_id', '=', agreementId)
    .execute();
}
