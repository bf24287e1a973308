// Due dates of the follow-up obligations (activity plan, annual report,
// reports to the steering group, financial account, final report).
import { addMonths, daysInMonth, isoDate, yearOf, type IsoDate } from '../dates';
import type { DueRule } from './model';

export interface Occurrence {
  dueDate: IsoDate;
  /** The year a yearly report concerns. */
  year: number | null;
}

const maxOccurrences = 200;

export function dueDates(rule: DueRule, start: IsoDate, end: IsoDate): Occurrence[] {
  switch (rule.kind) {
    case 'once':
      return [{ dueDate: rule.date, year: null }];
    case 'afterEnd':
      return [{ dueDate: addMonths(end, rule.months), year: null }];
    case 'everyMonths': {
      const out: Occurrence[] = [];
      for (let n = 1; n <= maxOccurrences; n++) {
        const dueDate = addMonths(start, n * rule.months);
        if (dueDate > end) break;
        out.push({ dueDate, year: null });
      }
      return out;
    }
    case 'yearly': {
      const out: Occurrence[] = [];
      for (let year = yearOf(start); year <= yearOf(end) && out.length < maxOccurrences; year++) {
        const dueYear = rule.followingYear ? year + 1 : year;
        const day = Math.min(rule.day, daysInMonth(dueYear, rule.month));
        out.push({ dueDate: isoDate(dueYear, rule.month, day), year });
      }
      return out;
    }
  }
}
