// The SQL of effect evaluation at erasure: the anonymised sums kept for an
// erased group, and the deletion of answer sheets.
import { sql, type Insertable } from 'kysely';
import type { WriteDb } from '../db/handles';
import type { EffectRecordTable } from '../db/schema/effect-evaluation-tables';

export async function insertEffectRecords(db: WriteDb, rows: Insertable<EffectRecordTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('effect_record')
      .values(rows.slice(i, i + 500))
      .execute();
}

/** Deletes the answer sheets of these enrolments (inside the erasure routine's transaction). */
export async function deleteAnswersOf(db: WriteDb, enrolmentIds: readonly number[]): Promise<void> {
  if (enrolmentIds.length === 0) return;
  await sql`DELETE FROM effect_answer WHERE enrolment_id IN (SELECT value FROM json_each(${JSON.stringify(enrolmentIds)}))`.execute(
    db,
  );
}

export const groupPlaces = (db: WriteDb, groupIds: readonly number[]) =>
  db
    .selectFrom('support_group as g')
    .innerJoin('programme as p', 'p.id', 'g.programme_id')
    .select(['g.id', 'g.programme_id', 'p.agreement_id'])
    .where('g.id', 'in', [...groupIds])
    .execute();
