// The financial account: actual cost per budget line and year, set against
// the agreement's budget lines. Actuals are keyed by the line's label, since
// budget lines are written anew on every save of the agreement; an actual
// whose label no longer matches a line is shown apart rather than lost.
import type { BudgetActuals } from '../../shared/ipc/reports';
import type { BudgetFact } from '../../shared/reports/facts';
import type { DbOrTrx } from '../db/schema/database';
import { AppFailure } from '../errors/app-error';
import { actualRows, budgetLineRows, replaceActuals } from './budget-actuals-repository';
import { agreementExists } from './report-agreement-repository';
import { budgetFactRows } from './report-facts-repository';

async function requireAgreement(db: DbOrTrx, id: number): Promise<void> {
  if (!(await agreementExists(db, id))) throw new AppFailure('notFound');
}

export async function getActuals(db: DbOrTrx, agreementId: number, year: number): Promise<BudgetActuals> {
  await requireAgreement(db, agreementId);
  const [lines, actuals] = await Promise.all([
    budgetLineRows(db, agreementId, year),
    actualRows(db, agreementId, year),
  ]);
  const actualOf = new Map(actuals.map((a) => [a.label, a.amount]));
  const labels = new Set(lines.map((l) => l.label));
  return {
    agreementId,
    year,
    lines: lines.map((l) => ({ label: l.label, budget: l.amount, actual: actualOf.get(l.label) ?? null })),
    unmatched: actuals.filter((a) => !labels.has(a.label)).map((a) => ({ label: a.label, actual: a.amount })),
    updatedAt: actuals.reduce<string | null>(
      (latest, a) => (latest === null || a.updated_at > latest ? a.updated_at : latest),
      null,
    ),
  };
}

/** Replaces the year's actuals with the given ones (a line left out has no actual). */
export async function saveActuals(
  ctx: { db: DbOrTrx; userId: number; now: string },
  input: { agreementId: number; year: number; actuals: { label: string; actual: number }[] },
): Promise<BudgetActuals> {
  await requireAgreement(ctx.db, input.agreementId);
  const seen = new Map<string, number>();
  input.actuals.forEach((a, i) => {
    if (seen.has(a.label))
      throw new AppFailure('validation', { fields: { [`actuals.${i}.label`]: 'reports.duplicateLine' } });
    seen.set(a.label, i);
  });
  await replaceActuals(
    ctx.db,
    input.agreementId,
    input.year,
    input.actuals.map((a) => ({
      agreement_id: input.agreementId,
      year: input.year,
      label: a.label,
      amount: a.actual,
      updated_at: ctx.now,
      updated_by_user_id: ctx.userId,
    })),
  );
  return getActuals(ctx.db, input.agreementId, input.year);
}

/** Budget lines and actuals of the agreements for the given years, in agreement and line order. */
export async function budgetFacts(
  db: DbOrTrx,
  agreementIds: readonly number[],
  years: readonly number[],
): Promise<BudgetFact[]> {
  if (agreementIds.length === 0 || years.length === 0) return [];
  const { lines, actuals } = await budgetFactRows(db, agreementIds, years);
  const key = (agreementId: number, year: number) => `${agreementId}:${year}`;
  const group = <T extends { agreement_id: number; year: number }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows)
      map.set(key(r.agreement_id, r.year), [...(map.get(key(r.agreement_id, r.year)) ?? []), r]);
    return map;
  };
  const linesOf = group(lines);
  const actualsOf = group(actuals);
  const facts: BudgetFact[] = [];
  for (const agreementId of agreementIds) {
    for (const year of years) {
      const mine = linesOf.get(key(agreementId, year)) ?? [];
      const spent = actualsOf.get(key(agreementId, year)) ?? [];
      if (mine.length === 0 && spent.length === 0) continue;
      const actualOf = new Map(spent.map((a) => [a.label, a.amount]));
      const labels = new Set(mine.map((l) => l.label));
      facts.push({
        agreementId,
        year,
        lines: [
          ...mine.map((l) => ({ label: l.label, budget: l.amount, actual: actualOf.get(l.label) ?? null })),
          ...spent
            .filter((a) => !labels.has(a.label))
            .map((a) => ({ label: `${a.label} (utanför budget)`, budget: 0, actual: a.amount })),
        ],
      });
    }
  }
  return facts;
}
