// Rows of the per-source yearly counts of children from other municipalities.
import type { DbOrTrx } from '../db/schema/database';

/** Sets (replaces) one source's count for a year. */
export async function upsertExtraIncomeCount(
  db: DbOrTrx,
  row: { agreement_id: number; year: number; source: string; children: number; updated_at: string },
): Promise<void> {
  await db
    .insertInto('agreement_extra_income_count')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['agreement_id', 'year', 'source'])
        .doUpdateSet({ children: row.children, updated_at: row.updated_at }),
    )
    .execute();
}

/** Children per year, summed over sources, in year order. */
export async function extraIncomeCountRows(db: DbOrTrx, agreementId: number) {
  return db
    .selectFrom('agreement_extra_income_count')
    .select(['year', (eb) => eb.fn.sum<number>('children').as('children')])
    .where('agreement_id', '=', agreementId)
    .groupBy('year')
    .orderBy('year')
    .execute();
}
