// When a governance body next owes a meeting, from its cadence and the
// meetings it has held, and whether it has missed one.
import { addDays, addMonths, isoDate, maxDate, type IsoDate } from '../dates';
import type { Cadence } from './model';

export interface MeetingDue {
  /** The latest day the next meeting should be held. */
  due: IsoDate;
  /** A meeting the cadence asked for was not held in time. */
  missed: boolean;
}

/** Spring term January–June, autumn term July–December. */
export function termOf(date: IsoDate): { start: IsoDate; end: IsoDate } {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) <= 6
    ? { start: isoDate(year, 1, 1), end: isoDate(year, 6, 30) }
    : { start: isoDate(year, 7, 1), end: isoDate(year, 12, 31) };
}

/** The interval a "N times a year" cadence means: whole months when N divides 12, else days. */
function stepAfter(cadence: Exclude<Cadence, { kind: 'perTerm' }>, from: IsoDate): IsoDate {
  if (cadence.kind === 'everyMonths') return addMonths(from, cadence.months);
  return 12 % cadence.times === 0
    ? addMonths(from, 12 / cadence.times)
    : addDays(from, Math.floor(365 / cadence.times));
}

/**
 * For "every N months" and "N times a year" the next meeting is due one step
 * after the last one (or after the period's start when none is held yet).
 * For "once per term" every term from the start's term must have a meeting;
 * the next is due by the end of the first term without one.
 * `meetings` are the dates held, in any order.
 */
export function nextMeeting(
  cadence: Cadence,
  meetings: readonly IsoDate[],
  periodStart: IsoDate,
  today: IsoDate,
): MeetingDue {
  const held = [...meetings].sort();
  if (cadence.kind !== 'perTerm') {
    const last = held.at(-1);
    const due = stepAfter(cadence, last ? maxDate(last, periodStart) : periodStart);
    return { due, missed: due < today };
  }
  let term = termOf(periodStart);
  for (;;) {
    const t = term;
    const hasMeeting = held.some((d) => d >= t.start && d <= t.end);
    if (!hasMeeting) return { due: t.end, missed: t.end < today };
    term = termOf(addDays(t.end, 1));
  }
}
