// Rows of the feedback and complaints log.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTrx } from '../db/schema/database';
import type { FeedbackTable } from '../db/schema/feedback-table';

export type FeedbackRow = Selectable<FeedbackTable>;

export async function listFeedbackRows(
  db: DbOrTrx,
  agreementId: number | null,
  limit: number,
): Promise<FeedbackRow[]> {
  let q = db.selectFrom('feedback').selectAll();
  if (agreementId !== null) q = q.where('agreement_id', '=', agreementId);
  return q.orderBy('received_on', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function getFeedbackRow(db: DbOrTrx, id: number): Promise<FeedbackRow | undefined> {
  return db.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertFeedback(db: DbOrTrx, values: Insertable<FeedbackTable>): Promise<number> {
  const { id } = await db.insertInto('feedback').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateFeedbackRow(
  db: DbOrTrx,
  id: number,
  values: Updateable<FeedbackTable>,
): Promise<void> {
  await db.updateTable('feedback').set(values).where('id', '=', id).execute();
}
