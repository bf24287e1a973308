// Rows of the recorded actual costs per budget line and year, and the budget
// lines they are set against.
import type { Insertable } from 'kysely';
import type { BudgetLineActualTable } from '../db/schema/budget-line-actual-table';
import type { DbOrTrx } from '../db/schema/database';

export async function budgetLineRows(db: DbOrTrx, agreementId: number, year: number) {
  return db
    .selectFrom('agreement_budget_line')
    .select(['label', 'amount'])
    .where('agreement_id', '=', agreementId)
    .where('year', '=', year)
    .orderBy('position')
    .execute();
}

export async function actualRows(db: DbOrTrx, agreementId: number, year: number) {
  return db
    .selectFrom('budget_line_actual')
    .select(['label', 'amount', 'updated_at'])
    .where('agreement_id', '=', agreementId)
    .where('year', '=', year)
    .execute();
}

/** Replaces the agreement's actuals for the year with these rows. */
export async function replaceActuals(
  db: DbOrTrx,
  agreementId: number,
  year: number,
  rows: readonly Insertable<BudgetLineActualTable>[],
): Promise<void> {
  await db
    .deleteFrom('budget_line_actual')
    .where('agreement_id', '=', agreementId)
    .where('year', '=', year)
    .execute();
  if (rows.length > 0)
    await db
      .insertInto('budget_line_actual')
      .values([...rows])
      .execute();
}
