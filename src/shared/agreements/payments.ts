// The payment schedule derived from the payment rule (never stored), and the
// comparison of actual payments and repayments with it.
import { daysInMonth, isoDate, maxDate, minDate, type IsoDate } from '../dates';
import { splitAmount, sumOre, type Ore } from './money';
import type { Economy, PaymentRounding, Period } from './model';

export interface Instalment {
  dueDate: IsoDate;
  year: number;
  payerOrganisationId: number;
  recipientOrganisationId: number;
  amount: Ore;
  /** The payment rule's rounding, which also decides what settles the instalment. */
  rounding: PaymentRounding;
}

const quarterStarts = (year: number) => [1, 4, 7, 10].map((m) => isoDate(year, m, 1));
const quarterEnd = (year: number, startMonth: number) =>
  isoDate(year, startMonth + 2, daysInMonth(year, startMonth + 2));

/**
 * Quarterly in advance: each year's share is split over that year's quarters
 * that overlap the period, due on the quarter's first day (or the period's
 * start when it begins mid-quarter), in whole kronor or exactly to the öre as
 * the rule says. Once a year on invoice: due on the invoice day, moved inside
 * the period when it falls outside. Own contributions (no recipient) are
 * never paid out. A pure function of (economy, period): a schedule pieced
 * together from several versions of the agreement derives each piece alike.
 */
export function deriveSchedule(economy: Economy, period: Period): Instalment[] {
  const rule = economy.paymentRule;
  const rounding = rule.rounding;
  if (rule.kind === 'custom') {
    return rule.instalments
      .map((i) => ({ ...i, year: Number(i.dueDate.slice(0, 4)), rounding }))
      .sort(byDueDate);
  }
  const out: Instalment[] = [];
  for (const year of [...economy.years].sort((a, b) => a.year - b.year)) {
    for (const f of year.funding) {
      if (f.recipientOrganisationId === null || f.amount === 0) continue;
      const base = {
        year: year.year,
        payerOrganisationId: f.payerOrganisationId,
        recipientOrganisationId: f.recipientOrganisationId,
        rounding,
      };
      if (rule.kind === 'quarterlyInAdvance') {
        const quarters = quarterStarts(year.year).filter(
          (qs, i) => qs <= period.end && quarterEnd(year.year, i * 3 + 1) >= period.start,
        );
        const dues =
          quarters.length > 0
            ? quarters.map((qs) => maxDate(qs, period.start))
            : [clampToPeriod(isoDate(year.year, 1, 1), period)];
        const amounts = splitAmount(f.amount, dues.length, rounding === 'exactOre');
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
  /** What the payer's net payments cover of this instalment. */
  paid: Ore;
  /** What is still owed: the amount less what is paid, 0 once settled. */
  unpaid: Ore;
  state: InstalmentState;
  /** The agreement holds "provided funds are granted" and the year's funds are not yet confirmed. */
  unconfirmed: boolean;
}

/**
 * How far short of an instalment a payment may fall and still settle it:
 * with whole kronor, up to 1 kr (any rounding of the exact share to whole
 * kronor is that close to ours: 177 958 kr settles an instalment of
 * 177 958,25 or 177 959 kr); to the öre, nothing.
 */
export const settleTolerance = (rounding: PaymentRounding): Ore => (rounding === 'wholeKronor' ? 100 : 0);

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
 * Each payer's payments to a recipient, in date order, fill that pair's
 * instalments in due-date order. An instalment is settled (paid) as soon as
 * what it has received falls short of its amount by no more than its rounding
 * allows (settleTolerance); the next payment then goes to the next
 * instalment, so a payer who rounds each instalment its own way never builds
 * up a debt the rounding would not cover. Repayments (återbetalningar) take
 * back from the latest instalments paid. An instalment not settled by its due
 * date is overdue. Instalments of a year in `unconfirmedYears` are flagged
 * unconfirmed.
 */
export function instalmentStates(
  schedule: readonly Instalment[],
  actuals: readonly ActualPayment[],
  today: IsoDate,
  unconfirmedYears: ReadonlySet<number>,
): InstalmentStatus[] {
  // Per pair: the positions of its instalments in the schedule, and its payments and repayments.
  const pairs = new Map<string, { slots: number[]; payments: ActualPayment[]; repaid: Ore }>();
  const pairOf = (payer: number, recipient: number) => {
    const key = pairKey(payer, recipient);
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { slots: [], payments: [], repaid: 0 }));
    return pair;
  };
  schedule.forEach((i, n) => pairOf(i.payerOrganisationId, i.recipientOrganisationId).slots.push(n));
  for (const a of actuals) {
    const pair = pairs.get(pairKey(a.payerOrganisationId, a.recipientOrganisationId));
    if (!pair) continue;
    if (a.kind === 'payment') pair.payments.push(a);
    else pair.repaid += a.amount;
  }
  const paid: Ore[] = schedule.map(() => 0);
  const settled: boolean[] = schedule.map(() => false);
  for (const pair of pairs.values()) {
    const { slots } = pair;
    let at = 0;
    // A stable sort: payments of one day keep the order they were recorded in.
    for (const payment of [...pair.payments].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    )) {
      let left = payment.amount;
      while (left > 0 && at < slots.length) {
        const n = slots[at]!;
        const take = Math.min(left, schedule[n]!.amount - paid[n]!);
        paid[n]! += take;
        left -= take;
        if (schedule[n]!.amount - paid[n]! <= settleTolerance(schedule[n]!.rounding)) {
          settled[n] = true;
          at++;
        }
      }
    }
    let back = pair.repaid;
    for (let k = slots.length - 1; k >= 0 && back > 0; k--) {
      const n = slots[k]!;
      const take = Math.min(back, paid[n]!);
      if (take === 0) continue;
      paid[n]! -= take;
      back -= take;
      settled[n] = schedule[n]!.amount - paid[n]! <= settleTolerance(schedule[n]!.rounding);
    }
  }
  return schedule.map((i, n): InstalmentStatus => {
    const done = settled[n]! || i.amount === 0;
    const state: InstalmentState = done
      ? 'paid'
      : i.dueDate < today
        ? 'overdue'
        : paid[n]! > 0
          ? 'partlyPaid'
          : 'upcoming';
    return {
      ...i,
      paid: paid[n]!,
      unpaid: done ? 0 : i.amount - paid[n]!,
      state,
      unconfirmed: unconfirmedYears.has(i.year),
    };
  });
}

/** Instalment states and, per payer and recipient, what was scheduled, due, paid and repaid. */
export function comparePayments(
  schedule: readonly Instalment[],
  actuals: readonly ActualPayment[],
  today: IsoDate,
  unconfirmedYears: ReadonlySet<number>,
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
  return { instalments: instalmentStates(schedule, actuals, today, unconfirmedYears), balances };
}
