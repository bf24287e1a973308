// The payment schedule derived from the payment rule (never stored), and the
// comparison of actual payments and repayments with it.
import { daysInMonth, isoDate, maxDate, minDate, type IsoDate } from '../dates';
import { splitAmount, sumOre, type Ore } from './money';
import type { Economy, Period } from './model';

export interface Instalment {
  dueDate: IsoDate;
  year: number;
  payerOrganisationId: number;
  recipientOrganisationId: number;
  amount: Ore;
}

const quarterStarts = (year: number) => [1, 4, 7, 10].map((m) => isoDate(year, m, 1));
const quarterEnd = (year: number, startMonth: number) =>
  isoDate(year, startMonth + 2, daysInMonth(year, startMonth + 2));

/**
 * Quarterly in advance: each year's share is split over that year's quarters
 * that overlap the period, due on the quarter's first day (or the period's
 * start when it begins mid-quarter). Once a year on invoice: due on the
 * invoice day, moved inside the period when it falls outside. Own
 * contributions (no recipient) are never paid out.
 */
export function deriveSchedule(economy: Economy, period: Period): Instalment[] {
  const rule = economy.paymentRule;
  if (rule.kind === 'custom') {
    return rule.instalments.map((i) => ({ ...i, year: Number(i.dueDate.slice(0, 4)) })).sort(byDueDate);
  }
  const out: Instalment[] = [];
  for (const year of [...economy.years].sort((a, b) => a.year - b.year)) {
    for (const f of year.funding) {
      if (f.recipientOrganisationId === null || f.amount === 0) continue;
      const base = {
        year: year.year,
        payerOrganisationId: f.payerOrganisationId,
        recipientOrganisationId: f.recipientOrganisationId,
      };
      if (rule.kind === 'quarterlyInAdvance') {
        const quarters = quarterStarts(year.year).filter(
          (qs, i) => qs <= period.end && quarterEnd(year.year, i * 3 + 1) >= period.start,
        );
        const dues =
          quarters.length > 0
            ? quarters.map((qs) => maxDate(qs, period.start))
            : [clampToPeriod(isoDate(year.year, 1, 1), period)];
        const amounts = splitAmount(f.amount, dues.length);
        dues.forEach((dueDate, i) => out.push({ ...base, dueDate, amount: amounts[i]! }));
      } else {
        const day = Math.min(rule.day, daysInMonth(year.year, rule.month));
        out.push({
          ...base,
          dueDate: clampToPeriod(isoDate(year.year, rule.month, day), period),
          amount: f.amount,
        });
      }
    }
  }
  return out.sort(byDueDate);
}

const clampToPeriod = (date: IsoDate, period: Period) => maxDate(period.start, minDate(period.end, date));

function byDueDate(a: Instalment, b: Instalment): number {
  return a.dueDate < b.dueDate
    ? -1
    : a.dueDate > b.dueDate
      ? 1
      : a.payerOrganisationId - b.payerOrganisationId;
}

export type ActualKind = 'payment' | 'repayment';

export interface ActualPayment {
  date: IsoDate;
  kind: ActualKind;
  payerOrganisationId: number;
  recipientOrganisationId: number;
  amount: Ore;
}

export type InstalmentState = 'paid' | 'partlyPaid' | 'overdue' | 'upcoming';

export interface InstalmentStatus extends Instalment {
  paid: Ore;
  state: InstalmentState;
}

export interface PayerBalance {
  payerOrganisationId: number;
  recipientOrganisationId: number;
  scheduled: Ore;
  dueByToday: Ore;
  paid: Ore;
  repaid: Ore;
  /** Paid minus repaid minus what was due by today: negative means behind. */
  balance: Ore;
}

export interface PaymentComparison {
  instalments: InstalmentStatus[];
  balances: PayerBalance[];
}

const pairKey = (payer: number, recipient: number) => `${payer}>${recipient}`;

/**
 * Net payments (payments minus repayments) from a payer to a recipient are
 * allocated to that pair's instalments in due-date order; an instalment whose
 * due date has passed without full payment is overdue.
 */
export function instalmentStates(
  schedule: readonly Instalment[],
  actuals: readonly ActualPayment[],
  today: IsoDate,
): InstalmentStatus[] {
  const remaining = new Map<string, number>();
  for (const a of actuals) {
    const key = pairKey(a.payerOrganisationId, a.recipientOrganisationId);
    remaining.set(key, (remaining.get(key) ?? 0) + (a.kind === 'payment' ? a.amount : -a.amount));
  }
  return schedule.map((i): InstalmentStatus => {
    const key = pairKey(i.payerOrganisationId, i.recipientOrganisationId);
    const left = Math.max(0, remaining.get(key) ?? 0);
    const paid = Math.min(left, i.amount);
    if (left > 0) remaining.set(key, left - paid);
    const state: InstalmentState =
      paid === i.amount ? 'paid' : i.dueDate < today ? 'overdue' : paid > 0 ? 'partlyPaid' : 'upcoming';
    return { ...i, paid, state };
  });
}

/** Instalment states and, per payer and recipient, what was scheduled, due, paid and repaid. */
export function comparePayments(
  schedule: readonly Instalment[],
  actuals: readonly ActualPayment[],
  today: IsoDate,
): PaymentComparison {
  const pairs = new Map<string, { payer: number; recipient: number; paid: Ore; repaid: Ore }>();
  const pairOf = (payer: number, recipient: number) => {
    const key = pairKey(payer, recipient);
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { payer, recipient, paid: 0, repaid: 0 }));
    return pair;
  };
  for (const i of schedule) pairOf(i.payerOrganisationId, i.recipientOrganisationId);
  for (const a of actuals) {
    const pair = pairOf(a.payerOrganisationId, a.recipientOrganisationId);
    if (a.kind === 'payment') pair.paid += a.amount;
    else pair.repaid += a.amount;
  }
  const balances = [...pairs.values()].map((p): PayerBalance => {
    const mine = schedule.filter(
      (i) => i.payerOrganisationId === p.payer && i.recipientOrganisationId === p.recipient,
    );
    const dueByToday = sumOre(mine.filter((i) => i.dueDate <= today).map((i) => i.amount));
    return {
      payerOrganisationId: p.payer,
      recipientOrganisationId: p.recipient,
      scheduled: sumOre(mine.map((i) => i.amount)),
      dueByToday,
      paid: p.paid,
      repaid: p.repaid,
      balance: p.paid - p.repaid - dueByToday,
    };
  });
  return { instalments: instalmentStates(schedule, actuals, today), balances };
}
