// Keeps the agreement's extra income right after erasure. The support-group
// domain counts fee-paying children from live enrolments (source
// "supportGroups"); erased enrolments are gone from that count, so their
// children are counted here under a source of their own, from the
// anonymised records, leaving out anyone the live count still has.
import { sql } from 'kysely';
import { setExtraIncomeCount } from '../agreements/extra-income';
import type { DbOrTrx } from '../db/schema/database';
import { refreshExtraIncome } from '../support-groups/agreement-link';

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
      const { rows } = await sql<{ n: number }>`
        SELECT count(DISTINCT r.person_id) AS n
        FROM participation_record r
        JOIN support_group g ON g.id = r.group_id
        JOIN anonymous_person ap ON ap.id = r.person_id
        WHERE r.agreement_id = ${agreementId} AND r.other_municipality = 1
          AND r.status IN ('admitted', 'participating', 'completed')
          AND g.start_date BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}
          AND NOT EXISTS (
            SELECT 1 FROM enrolment e JOIN programme p ON p.id = e.programme_id JOIN support_group lg ON lg.id = e.group_id
            WHERE e.child_id = ap.child_id AND p.agreement_id = ${agreementId} AND e.fee_applies = 1
              AND e.status IN ('admitted', 'participating', 'completed')
              AND lg.start_date BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`})`.execute(db);
      await setExtraIncomeCount(db, {
        agreementId,
        year,
        source: erasedIncomeSource,
        children: Number(rows[0]?.n ?? 0),
        at,
      });
    }
  }
}
