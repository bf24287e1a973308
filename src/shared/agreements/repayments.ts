// Repayment (återbetalning) settled against the work done: what each public
// party paid to a non-profit party, minus what that money bought up to the
// settlement date, is what the app proposes to be paid back. The caseworker
// confirms the proposal or adjusts it with a reason.
//
// How the work is valued, per budget year and per payer → recipient share:
//   - by groups, when the agreement has programmes with a target number of
//     groups per year: each group held (started on or before the settlement
//     date, not cancelled; a weekend's age subgroups are one group) is worth
//     the year's share divided by the year's target (the programmes' targets
//     added up), never more than the year's share. A group that has started
//     counts in full: ongoing work is finished and paid.
//   - by time, when there are no such programmes: the year's share pro rata
//     by the days of that year within the period that have passed by the
//     settlement date.
// Proposed repayment = paid − already repaid − value of the work, never below
// zero; when the work is worth more than was paid, the difference is still to pay.
import { daysBetween, isoDate, maxDate, minDate, yearOf, type IsoDate } from '../dates';
import type { AgreementData } from './model';
import type { Ore } from './money';

export interface WorkFacts {
  /** The organisation that runs each programme (null: the agreement as a whole). */
  programmes: { id: number; targetGroupsPerYear: number | null; organisationId: number | null }[];
  /** Top-level groups that are not cancelled, with sessions held (not cancelled, dated up to the settlement date). */
  groups: { programmeId: number; startDate: IsoDate; sessionsHeld: number }[];
}

export interface MoneyMoved {
  kind: 'payment' | 'repayment';
  payerOrganisationId: number;
  recipientOrganisationId: number;
  amount: Ore;
}

export type ValuationMethod = 'groups' | 'time';

export interface YearBasis {
  year: number;
  /** This payer's share to this recipient for the year. */
  share: Ore;
  groupsHeld: number;
  groupsTarget: number;
  sessionsHeld: number;
  daysDone: number;
  daysTotal: number;
  value: Ore;
}

export interface RepaymentLine {
  /** The public party that paid and gets the money back. */
  payerOrganisationId: number;
  /** The non-profit party that repays. */
  recipientOrganisationId: number;
  paid: Ore;
  repaid: Ore;
  workValue: Ore;
  proposed: Ore;
  stillToPay: Ore;
  years: YearBasis[];
}

export interface RepaymentProposal {
  asOf: IsoDate;
  method: ValuationMethod;
  lines: RepaymentLine[];
}

/** Days from `from` to `to`, both included; 0 when `to` is before `from`. */
const daysIncluded = (from: IsoDate, to: IsoDate) => Math.max(0, daysBetween(from, to) + 1);

export function proposeRepayments(
  data: Pick<AgreementData, 'economy' | 'period'>,
  moved: readonly MoneyMoved[],
  work: WorkFacts,
  asOf: IsoDate,
): RepaymentProposal {
  const target = work.programmes.reduce((n, p) => n + (p.targetGroupsPerYear ?? 0), 0);
  const method: ValuationMethod = target > 0 ? 'groups' : 'time';
  const held = work.groups.filter((g) => g.startDate <= asOf);

  const pairs = new Map<string, { payer: number; recipient: number }>();
  const addPair = (payer: number, recipient: number) =>
    pairs.set(`${payer}>${recipient}`, { payer, recipient });
  for (const y of data.economy.years)
    for (const f of y.funding)
      if (f.recipientOrganisationId !== null && f.recipientOrganisationId !== f.payerOrganisationId)
        addPair(f.payerOrganisationId, f.recipientOrganisationId);
  for (const m of moved) if (m.kind === 'payment') addPair(m.payerOrganisationId, m.recipientOrganisationId);

  const lines = [...pairs.values()].map(({ payer, recipient }): RepaymentLine => {
    // A recipient's work is its own programmes' groups (and those of programmes run jointly);
    // one without such programmes is valued by time.
    const mine = work.programmes.filter((p) => p.organisationId === null || p.organisationId === recipient);
    const targetMine = mine.reduce((n, p) => n + (p.targetGroupsPerYear ?? 0), 0);
    const byGroups = method === 'groups' && targetMine > 0;
    const heldMine = held.filter((g) => mine.some((p) => p.id === g.programmeId));
    const years = data.economy.years.map((y): YearBasis => {
      const share = y.funding
        .filter((f) => f.payerOrganisationId === payer && f.recipientOrganisationId === recipient)
        .reduce((n, f) => n + f.amount, 0);
      const from = maxDate(isoDate(y.year, 1, 1), data.period.start);
      const to = minDate(isoDate(y.year, 12, 31), data.period.end);
      const daysTotal = daysIncluded(from, to);
      const daysDone = daysIncluded(from, minDate(to, asOf));
      const inYear = heldMine.filter((g) => yearOf(g.startDate) === y.year);
      const groupsHeld = inYear.length;
      const value = byGroups
        ? Math.min(share, Math.round((share * groupsHeld) / targetMine))
        : daysTotal === 0
          ? 0
          : Math.round((share * daysDone) / daysTotal);
      return {
        year: y.year,
        share,
        groupsHeld,
        groupsTarget: byGroups ? targetMine : 0,
        sessionsHeld: inYear.reduce((n, g) => n + g.sessionsHeld, 0),
        daysDone,
        daysTotal,
        value,
      };
    });
    const sum = (kind: MoneyMoved['kind'], from: number, to: number) =>
      moved
        .filter((m) => m.kind === kind && m.payerOrganisationId === from && m.recipientOrganisationId === to)
        .reduce((n, m) => n + m.amount, 0);
    const paid = sum('payment', payer, recipient);
    const repaid = sum('repayment', recipient, payer);
    const workValue = years.reduce((n, y) => n + y.value, 0);
    const balance = paid - repaid - workValue;
    return {
      payerOrganisationId: payer,
      recipientOrganisationId: recipient,
      paid,
      repaid,
      workValue,
      proposed: Math.max(0, balance),
      stillToPay: Math.max(0, -balance),
      years,
    };
  });
  return { asOf, method, lines };
}
