// The reads support groups make on the agreements domain's `agreement` table,
// and the count of fee-paying children that feeds an agreement's extra income.
import type { DbOrTrx } from '../db/schema/database';

export async function agreementTitleRows(db: DbOrTrx, ids: readonly number[]) {
  return db
    .selectFrom('agreement')
    .select(['id', 'title'])
    .where('id', 'in', [...ids])
    .execute();
}

export async function agreementExists(db: DbOrTrx, id: number): Promise<boolean> {
  const row = await db.selectFrom('agreement').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** The agreement's fee per child from another municipality, in öre. */
export async function perChildFee(db: DbOrTrx, agreementId: number): Promise<number> {
  const row = await db
    .selectFrom('agreement')
    .select('per_child_amount')
    .where('id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return row.per_child_amount;
}

/** Distinct fee-paying children with these statuses in the agreement's groups starting in `year`. */
export async function countFeePayingChildren(
  db: DbOrTrx,
  agreementId: number,
  year: number,
  statuses: readonly ('admitted' | 'participating' | 'completed')[],
): Promise<number> {
  const row = await db
    .selectFrom('enrolment as e')
    .innerJoin('programme as p', 'p.id', 'e.programme_id')
    .innerJoin('support_group as g', 'g.id', 'e.group_id')
    .select((eb) => eb.fn.count<number>('e.child_id').distinct().as('n'))
    .where('p.agreement_id', '=', agreementId)
    .where('e.fee_applies', '=', 1)
    .where('e.status', 'in', [...statuses])
    .where('g.start_date', '>=', `${year}-01-01`)
    .where('g.start_date', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
