// Rows of what is recorded beside an agreement's drafted data: payments,
// governance meetings, deadlines marked done, and the parties' signatures.
import type { Insertable } from 'kysely';
import type { AgreementMeetingTable } from '../db/schema/agreement-meeting-table';
import type { AgreementPaymentTable } from '../db/schema/agreement-payment-table';
import type { DbOrTrx } from '../db/schema/database';

export async function insertPayment(db: DbOrTrx, values: Insertable<AgreementPaymentTable>): Promise<void> {
  await db.insertInto('agreement_payment').values(values).execute();
}

/** False when the agreement has no such payment. */
export async function deletePayment(db: DbOrTrx, agreementId: number, paymentId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('agreement_payment')
    .where('id', '=', paymentId)
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertMeeting(db: DbOrTrx, values: Insertable<AgreementMeetingTable>): Promise<void> {
  await db.insertInto('agreement_meeting').values(values).execute();
}

/** False when the agreement has no such meeting. */
export async function deleteMeeting(db: DbOrTrx, agreementId: number, meetingId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('agreement_meeting')
    .where('id', '=', meetingId)
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Marks the item done; marking it again keeps the first mark. */
export async function insertCompletion(
  db: DbOrTrx,
  values: { agreement_id: number; item_key: string; completed_at: string; user_id: number },
): Promise<void> {
  await db
    .insertInto('agreement_completion')
    .values(values)
    .onConflict((oc) => oc.columns(['agreement_id', 'item_key']).doNothing())
    .execute();
}

export async function deleteCompletion(db: DbOrTrx, agreementId: number, itemKey: string): Promise<void> {
  await db
    .deleteFrom('agreement_completion')
    .where('agreement_id', '=', agreementId)
    .where('item_key', '=', itemKey)
    .execute();
}

/** Records one party's signature, replacing an earlier one of the same party. */
export async function upsertSignature(
  db: DbOrTrx,
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
