// Keeps the agreement's extra income right after erasure. The support-group
// domain counts fee-paying children from live enrolments (source
// "supportGroups"); erased enrolments are gone from that count, so their
// children are counted here under a source of their own, from the
// anonymised records, leaving out anyone the live count still has.
import { setExtraIncomeCount } from '../agreements/extra-income';
import type { DbOrTrx } from '../db/schema/database';
import { refreshExtraIncome } from '../support-groups/agreement-link';
import { erasedFeePayingChildren } from './erase-repository';

export const erasedIncomeSource = 'erasedParticipation';

export async function recountExtraIncomeAfterErasure(
  db: DbOrTrx,
  erased: readonly { agreement_id: number; start_date: string; fee_applies: 0 | 1 }[],
  at: string,
): Promise<void> {
  const years = new Map<number, Set<number>>();
  for (const e of erased) {
    if (e.fee_applies !== 1) continue;
    const set = years.get(e.agreement_id) ?? new Set<number>();
    set.add(Number(e.start_date.slice(0, 4)));
    years.set(e.agreement_id, set);
  }
  for (const [agreementId, set] of years) {
    await refreshExtraIncome(db, agreementId, [...set], at);
    for (const year of set) {
      await setExtraIncomeCount(db, {
        agreementId,
        year,
        source: erasedIncomeSource,
        children: await erasedFeePayingChildren(db, agreementId, year),
        at,
      });
    }
  }
}
