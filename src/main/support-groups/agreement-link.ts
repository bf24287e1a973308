// The few facts support groups need from the agreements domain (which owns
// the `agreement` table): that an agreement exists, its title, its fee per
// child from another municipality, and the hook that reports how many such
// children took part, which feeds the agreement's extra income.
import { setExtraIncomeCount } from '../agreements/extra-income';
import { AppFailure } from '../base/app-error';
import {
  agreementExists,
  agreementTitleRows,
  countFeePayingChildren,
  organisationNameRows,
} from './agreement-link-repository';
import type { ReadDb, WriteDb } from '../db/handles';

export async function agreementTitles(db: ReadDb, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await agreementTitleRows(db, unique);
  return new Map(rows.map((r) => [r.id, r.title]));
}

export async function organisationNames(db: ReadDb, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await organisationNameRows(db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function requireAgreement(db: ReadDb, id: number, field = 'agreementId'): Promise<void> {
  if (!(await agreementExists(db, id)))
    throw new AppFailure('validation', { fields: { [field]: 'field.invalid' } });
}

/** Children from other municipalities who took a place (counted once per year of group start). */
const countedStatuses = ['admitted', 'participating', 'completed'] as const;
export const extraIncomeSource = 'supportGroups';

/**
 * Recounts the children from other municipalities of an agreement for the
 * given years and hands the counts to the agreements domain.
 */
export async function refreshExtraIncome(
  db: WriteDb,
  agreementId: number,
  years: readonly number[],
  at: string,
): Promise<void> {
  for (const year of new Set(years)) {
    await setExtraIncomeCount(db, {
      agreementId,
      year,
      source: extraIncomeSource,
      children: await countFeePayingChildren(db, agreementId, year, countedStatuses),
      at,
    });
  }
}
