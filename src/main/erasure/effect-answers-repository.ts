// The SQL of effect evaluation at erasure: the deletion of answer sheets
// (their groups' sums are kept first at gallring, group-sums-service.ts).
import { sql } from 'kysely';
import type { WriteDb } from '../db/handles';

/** Deletes the answer sheets of these enrolments (inside the erasure routine's transaction). */
export async function deleteAnswersOf(db: WriteDb, enrolmentIds: readonly number[]): Promise<void> {
  if (enrolmentIds.length === 0) return;
  await sql`DELETE FROM effect_answer WHERE enrolment_id IN (SELECT value FROM json_each(${JSON.stringify(enrolmentIds)}))`.execute(
    db,
  );
}
