// "Förutsatt att medel beviljas": an agreement under this condition needs, for
// each calendar year of its period, a confirmation that the funds were
// granted (who granted them, when, the decision's reference). Each is due
// before its year starts: the first year's by the start date, every later
// year's by 31 December of the year before. Until it is recorded, the year's
// instalments are shown as unconfirmed.
import { isoDate, yearOf, type IsoDate } from '../dates';
import type { Period } from './model';

export interface FundsYear {
  year: number;
  /** The last day to confirm the year's funds. */
  dueDate: IsoDate;
}

/**
 * The years of the period up to `end` (the effective end, earlier under
 * notice) that need a confirmation, with their due dates; none without the
 * funds condition.
 */
export function fundsYears(period: Period, end: IsoDate = period.end): FundsYear[] {
  if (!period.fundsCondition || end < period.start) return [];
  const first = yearOf(period.start);
  const last = yearOf(end);
  const out: FundsYear[] = [];
  for (let year = first; year <= last; year++)
    out.push({ year, dueDate: year === first ? period.start : isoDate(year - 1, 12, 31) });
  return out;
}

/** The years whose funds still wait for a confirmation (none without the condition). */
export function unconfirmedYears(
  period: Period,
  confirmed: ReadonlySet<number>,
  end: IsoDate = period.end,
): Set<number> {
  return new Set(
    fundsYears(period, end)
      .map((y) => y.year)
      .filter((y) => !confirmed.has(y)),
  );
}

/** The calendar item of a year's confirmation. */
export const fundsConfirmationKey = (year: number) => `fundsConfirmation:${year}`;

/** A year's funds confirmed granted: who granted them, when, the decision's reference. */
export interface FundsConfirmation {
  year: number;
  grantedOn: IsoDate;
  /** The body or office that granted the funds, e.g. "Kommunfullmäktige". */
  grantedBy: string;
  decisionReference: string;
  note: string;
  /** Who recorded it (null for a viewer, or a removed user). */
  recordedBy: string | null;
  recordedAt: string;
}

export type FundsYearState = 'confirmed' | 'overdue' | 'pending';

export interface FundsYearStatus extends FundsYear {
  /** confirmed; overdue: due and not confirmed; pending: not yet due. */
  state: FundsYearState;
  confirmation: FundsConfirmation | null;
}

/**
 * Each year that needs a confirmation, with the confirmation recorded for it;
 * a year confirmed earlier that the period no longer covers stays listed, so
 * its confirmation can be seen and removed.
 */
export function fundsYearStatuses(
  period: Period,
  end: IsoDate,
  confirmations: readonly FundsConfirmation[],
  today: IsoDate,
): FundsYearStatus[] {
  if (!period.fundsCondition) return [];
  const byYear = new Map(confirmations.map((c) => [c.year, c]));
  const years = fundsYears(period, end);
  const listed = new Set(years.map((y) => y.year));
  for (const c of confirmations)
    if (!listed.has(c.year)) years.push({ year: c.year, dueDate: isoDate(c.year - 1, 12, 31) });
  return years
    .sort((a, b) => a.year - b.year)
    .map((y) => {
      const confirmation = byYear.get(y.year) ?? null;
      const state: FundsYearState = confirmation ? 'confirmed' : y.dueDate < today ? 'overdue' : 'pending';
      return { ...y, state, confirmation };
    });
}
