// Rows of what is recorded beside an agreement's drafted data: payments,
// governance meetings, deadlines marked done, and the parties' signatures.
import type { Insertable } from 'kysely';
import type { AgreementMeetingTable } from '../db/schema/agreement-meeting-table';
import type { AgreementPaymentTable } from '../db/schema/agreement-payment-table';
import type { WriteDb } from '../db/handles';

export async function insertPayment(db: WriteDb, values: Insertable<AgreementPaymentTable>): Promise<void> {
  await db.insertInto('agreement_payment').values(values).execute();
}

export async function insertMeeting(db: WriteDb, values: Insertable<AgreementMeetingTable>): Promise<void> {
  await db.insertInto('agreement_meeting').values(values).execute();
}

/** Deletes a payment or meeting of the agreement; false when the agreement has no such row. */
export async function deleteRecord(
  db: WriteDb,
  table: 'agreement_payment' | 'agreement_meeting',
  agreementId: number,
  id: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom(table)
    .where('id', '=', id)
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Marks the item done; marking it again keeps the first mark. */
export async function insertCompletion(
  db: WriteDb,
  values: { agreement_id: number; item_key: string; completed_at: string; user_id: number },
): Promise<void> {
  await db
    .insertInto('agreement_completion')
    .values(values)
    .onConflict((oc) => oc.columns(['agreement_id', 'item_key']).doNothing())
    .execute();
}

export async function deleteCompletion(db: WriteDb, agreementId: number, itemKey: string): Promise<void> {
  await db
    .deleteFrom('agreement_completion')
    .where('agreement_id', '=', agreementId)
    .where('item_key', '=', itemKey)
    .execute();
}

/** Records one party's signature, replacing an earlier one of the same party. */
export async function upsertSignature(
  db: WriteDb,
  key: { agreement_id: number; organisation_id: number },
  values: {
    name: string;
    title: string;
    place: string;
    signed_on: string;
    recorded_by_user_id: number;
    recorded_at: string;
  },
): Promise<void> {
  await db
    .insertInto('agreement_signature')
    .values({ ...key, ...values })
    .onConflict((oc) => oc.columns(['agreement_id', 'organisation_id']).doUpdateSet(values))
    .execute();
}
