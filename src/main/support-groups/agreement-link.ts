// The few facts support groups need from the agreements domain (which owns
// the `agreement` table): that an agreement exists, its title, its fee per
// child from another municipality, and the hook that reports how many such
// children took part, which feeds the agreement's extra income.
import { setExtraIncomeCount } from '../agreements/extra-income';
import type { DbOrTrx } from '../db/schema/database';
import { AppFailure } from '../base/app-error';
import type { ReadDb } from '../db/handles';

export async function agreementTitles(db: ReadDb, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('agreement').select(['id', 'title']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}

export async function requireAgreement(db: DbOrTrx, id: number, field = 'agreementId'): Promise<void> {
  const row = await db.selectFrom('agreement').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppFailure('validation', { fields: { [field]: 'field.invalid' } });
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

/** Children from other municipalities who took a place (counted once per year of group start). */
const countedStatuses = ['admitted', 'participating', 'completed'] as const;
export const extraIncomeSource = 'supportGroups';

/**
 * Recounts the children from other municipalities of an agreement for the
 * given years and hands the counts to the agreements domain.
 */
export async function refreshExtraIncome(
  db: DbOrTrx,
  agreementId: number,
  years: readonly number[],
  at: string,
): Promise<void> {
  for (const year of new Set(years)) {
    const row = await db
      .selectFrom('enrolment as e')
      .innerJoin('programme as p', 'p.id', 'e.programme_id')
      .innerJoin('support_group as g', 'g.id', 'e.group_id')
      .select((eb) => eb.fn.count<number>('e.child_id').distinct().as('n'))
      .where('p.agreement_id', '=', agreementId)
      .where('e.fee_applies', '=', 1)
      .where('e.status', 'in', countedStatuses)
      .where('g.start_date', '>=', `${year}-01-01`)
      .where('g.start_date', '<=', `${year}-12-31`)
      .executeTakeFirstOrThrow();
    await setExtraIncomeCount(db, {
      agreementId,
      year,
      source: extraIncomeSource,
      children: Number(row.n),
      at,
    });
  }
}
