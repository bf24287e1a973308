// The reads support groups make on the agreements domain's `agreement` table,
// and the count of fee-paying children that feeds an agreement's extra income.
import type { ReadDb } from '../db/handles';

export async function agreementTitleRows(db: ReadDb, ids: readonly number[]) {
  return db
    .selectFrom('agreement')
    .select(['id', 'title'])
    .where('id', 'in', [...ids])
    .execute();
}

export async function agreementExists(db: ReadDb, id: number): Promise<boolean> {
  const row = await db.selectFrom('agreement').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** The agreement's fee per child from another municipality, in öre. */
export async function perChildFee(db: ReadDb, agreementId: number): Promise<number> {
  const row = await db
    .selectFrom('agreement')
    .select('per_child_amount')
    .where('id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return row.per_child_amount;
}

/** Distinct fee-paying children with these statuses in the agreement's groups starting in `year`. */
export async function countFeePayingChildren(
  db: ReadDb,
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

/** The agreement's non-profit parties (who may run a programme), in the agreement's order. */
export async function nonprofitPartyRows(db: ReadDb, agreementId: number) {
  return db
    .selectFrom('agreement_party as p')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select(['p.organisation_id', 'o.name'])
    .where('p.agreement_id', '=', agreementId)
    .where('p.role', '=', 'nonprofit')
    .orderBy('p.position')
    .execute();
}

export async function organisationNameRows(db: ReadDb, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
}
