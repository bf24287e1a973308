// The extra income of an agreement from other municipalities' children
// (default 5 000 kr each). The support-group domain writes the counts here;
// the agreement's economy reads them.
import type { DbOrTrx } from '../db/schema/database';
import { extraIncomeCountRows, upsertExtraIncomeCount } from './extra-income-repository';

export interface ExtraIncomeCountInput {
  agreementId: number;
  year: number;
  /** Who counted, e.g. a support group's key; one count per agreement, year and source. */
  source: string;
  children: number;
  at: string;
}

/** Sets (replaces) one source's count for a year. */
export async function setExtraIncomeCount(db: DbOrTrx, input: ExtraIncomeCountInput): Promise<void> {
  if (!Number.isInteger(input.children) || input.children < 0)
    throw new Error('children must be a non-negative integer');
  await upsertExtraIncomeCount(db, {
    agreement_id: input.agreementId,
    year: input.year,
    source: input.source,
    children: input.children,
    updated_at: input.at,
  });
}

/** Children per year, summed over sources. */
export async function extraIncomeCounts(
  db: DbOrTrx,
  agreementId: number,
): Promise<{ year: number; children: number }[]> {
  const rows = await extraIncomeCountRows(db, agreementId);
  return rows.map((r) => ({ year: r.year, children: Number(r.children) }));
}
