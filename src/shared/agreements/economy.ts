// Budget arithmetic: budget lines and co-financing shares add up to each
// year's amount; totals per party; the extra income from other
// municipalities' children.
import { formatMoney, sumOre, type Ore } from './money';
import type { BudgetYear, Economy, Funding } from './model';

export interface YearCheck {
  year: number;
  amount: Ore;
  linesTotal: Ore;
  fundingTotal: Ore;
  /** Lines are given and do not add up to the amount. */
  linesMismatch: boolean;
  fundingMismatch: boolean;
}

export function checkYear(year: BudgetYear): YearCheck {
  const linesTotal = sumOre(year.lines.map((l) => l.amount));
  const fundingTotal = sumOre(year.funding.map((f) => f.amount));
  return {
    year: year.year,
    amount: year.amount,
    linesTotal,
    fundingTotal,
    linesMismatch: year.lines.length > 0 && linesTotal !== year.amount,
    fundingMismatch: year.funding.length > 0 && fundingTotal !== year.amount,
  };
}

/** What each party contributes over the whole agreement, own contributions included. */
export function contributionsByParty(economy: Economy): Map<number, Ore> {
  const totals = new Map<number, Ore>();
  for (const year of economy.years) {
    for (const f of year.funding)
      totals.set(f.payerOrganisationId, (totals.get(f.payerOrganisationId) ?? 0) + f.amount);
  }
  return totals;
}

export const totalAmount = (economy: Economy): Ore => sumOre(economy.years.map((y) => y.amount));

/** The amount of a full year: the largest yearly amount (a first or last year may be partial). */
export const yearlyAmount = (economy: Economy): Ore => Math.max(0, ...economy.years.map((y) => y.amount));

export interface ExtraIncomeCount {
  year: number;
  children: number;
}

export function extraIncome(
  economy: Economy,
  counts: readonly ExtraIncomeCount[],
): { children: number; amount: Ore } {
  const children = counts.reduce((n, c) => n + c.children, 0);
  return { children, amount: children * economy.extraIncome.perChildAmount };
}

/**
 * Who a share comes from, and to whom when money goes to more than one
 * organisation: "Region Skåne", "Svenska Röda Korset (egen insats)",
 * "Malmö stad till Rädda Barnen".
 */
export function fundingLabel(
  funding: Funding,
  nameOf: (id: number) => string,
  severalRecipients: boolean,
): string {
  if (funding.recipientOrganisationId === null) return `${nameOf(funding.payerOrganisationId)} (egen insats)`;
  return severalRecipients
    ? `${nameOf(funding.payerOrganisationId)} till ${nameOf(funding.recipientOrganisationId)}`
    : nameOf(funding.payerOrganisationId);
}

export const hasSeveralRecipients = (economy: Economy): boolean =>
  new Set(
    economy.years.flatMap((y) => y.funding.map((f) => f.recipientOrganisationId).filter((r) => r !== null)),
  ).size > 1;

/** "Region Skåne 400 000 kr, Malmö stad 400 000 kr och Svenska Röda Korset 270 000 kr (egen insats)". */
export function describeFunding(year: BudgetYear | undefined, nameOf: (id: number) => string): string {
  if (!year || year.funding.length === 0) return '';
  const several =
    new Set(year.funding.map((f) => f.recipientOrganisationId).filter((r) => r !== null)).size > 1;
  return joinSwedish(
    year.funding.map((f) =>
      f.recipientOrganisationId === null
        ? `${nameOf(f.payerOrganisationId)} ${formatMoney(f.amount)} (egen insats)`
        : `${fundingLabel(f, nameOf, several)} ${formatMoney(f.amount)}`,
    ),
  );
}

/** "A", "A och B", "A, B och C". */
export function joinSwedish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}
