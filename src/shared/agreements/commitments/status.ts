// A commitment's status in a follow-up period, as a pure function of the
// commitment, the period, today and what was achieved in it (counted from
// the support-group records or ticked off by hand):
//   met      – the target (less the tolerance of an "about") is reached, the
//              one-off is done, the ongoing one was checked in the period;
//   onTrack  – not yet, but at least the part of the target the part of the
//              period gone calls for (rounded down);
//   atRisk   – behind that, or a one-off due / a period ending within 30 days
//              with nothing done;
//   notMet   – the period (or the due date) is over and it was not met.
// A period cut short by the agreement's own start or end prorates the target
// to the days it covers (rounded to the nearest whole, at least 1).
import { addDays, daysBetween, maxDate, minDate, type IsoDate } from '../../dates';
import type { Commitment, CommitmentTarget, TargetPeriod } from './commitment';

export const commitmentStatuses = ['met', 'onTrack', 'atRisk', 'notMet', 'unstructured'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

/** Days before a due date or a period's end when nothing done turns "at risk". */
export const atRiskDays = 30;

export interface FollowUpPeriod {
  per: TargetPeriod;
  year: number;
  /** 1: spring term (Jan–Jun), 2: autumn term (Jul–Dec); null for a year. */
  term: 1 | 2 | null;
  /** The part of the calendar year or term the agreement covers. */
  start: IsoDate;
  end: IsoDate;
  /** The days it covers of the whole year or term, 1 when whole. */
  share: number;
}

const bounds = (per: TargetPeriod, year: number, term: 1 | 2 | null): [IsoDate, IsoDate] =>
  per === 'year' || term === null
    ? [`${year}-01-01`, `${year}-12-31`]
    : term === 1
      ? [`${year}-01-01`, `${year}-06-30`]
      : [`${year}-07-01`, `${year}-12-31`];

/**
 * The follow-up period holding `date`, cut to the agreement's period; a date
 * before the start gives the first period, after the end the last.
 */
export function periodAt(per: TargetPeriod, agreement: { start: IsoDate; end: IsoDate }, date: IsoDate): FollowUpPeriod {
  const at = minDate(maxDate(date, agreement.start), agreement.end);
  const year = Number(at.slice(0, 4));
  const term = per === 'term' ? (at.slice(5, 7) <= '06' ? 1 : 2) : null;
  const [from, to] = bounds(per, year, term);
  const start = maxDate(from, agreement.start);
  const end = minDate(to, agreement.end);
  const share = (daysBetween(start, end) + 1) / (daysBetween(from, to) + 1);
  return { per, year, term, start, end, share };
}

/** Every follow-up period of the agreement, in order. */
export function periodsOf(per: TargetPeriod, agreement: { start: IsoDate; end: IsoDate }): FollowUpPeriod[] {
  const out: FollowUpPeriod[] = [];
  let date = agreement.start;
  while (date <= agreement.end) {
    const period = periodAt(per, agreement, date);
    out.push(period);
    date = addDays(period.end, 1);
  }
  return out;
}

/** The least that meets the target in a period: less the tolerance of an "about", prorated to a cut period. */
export function required(target: CommitmentTarget, share = 1): number {
  const whole =
    target.comparison === 'about'
      ? Math.ceil((target.count * (100 - target.tolerancePercent)) / 100 - 1e-9)
      : target.count;
  if (share >= 1 || whole === 0) return whole;
  return Math.max(1, Math.round(whole * share));
}

export interface CommitmentProgress {
  status: CommitmentStatus;
  achieved: number;
  /** What meets it in the period (recurring), 1 otherwise. */
  required: number;
  /** What the part of the period gone calls for (recurring). */
  expectedByNow: number;
}

/**
 * The status of `commitment` in `period` on `today`, given what was achieved:
 * the count or tick-offs in the period (recurring, ongoing), tick-offs up to
 * today (one-off).
 */
export function commitmentStatus(
  commitment: Pick<Commitment, 'kind' | 'target' | 'dueDate'>,
  period: Pick<FollowUpPeriod, 'start' | 'end' | 'share'>,
  today: IsoDate,
  achieved: number,
): CommitmentProgress {
  const soon = (date: IsoDate) => daysBetween(today, date) <= atRiskDays;
  switch (commitment.kind) {
    case 'unknown':
      return { status: 'unstructured', achieved, required: 0, expectedByNow: 0 };
    case 'oneOff': {
      const due = commitment.dueDate;
      const status =
        achieved > 0 ? 'met' : due === null ? 'onTrack' : today > due ? 'notMet' : soon(due) ? 'atRisk' : 'onTrack';
      return { status, achieved, required: 1, expectedByNow: 0 };
    }
    case 'ongoing': {
      const status = achieved > 0 ? 'met' : today > period.end ? 'notMet' : soon(period.end) ? 'atRisk' : 'onTrack';
      return { status, achieved, required: 1, expectedByNow: 0 };
    }
    case 'recurring': {
      if (!commitment.target) return { status: 'unstructured', achieved, required: 0, expectedByNow: 0 };
      const need = required(commitment.target, period.share);
      const length = daysBetween(period.start, period.end) + 1;
      const gone = today < period.start ? 0 : Math.min(length, daysBetween(period.start, today) + 1);
      const expectedByNow = Math.floor((need * gone) / length + 1e-9);
      const status =
        achieved >= need ? 'met' : today > period.end ? 'notMet' : achieved >= expectedByNow ? 'onTrack' : 'atRisk';
      return { status, achieved, required: need, expectedByNow };
    }
  }
}

/** Statuses that need attention, worst first. */
export const needsAttention = (status: CommitmentStatus): boolean => status === 'atRisk' || status === 'notMet';
