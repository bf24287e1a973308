// Report periods: a calendar year, a half-year (the steering group gets a
// written report twice a year) or any dates, as a closed range of days.
import type { ReportPeriodInput } from '../ipc/reports';

export interface ReportPeriod {
  from: string;
  to: string;
  label: string;
}

export function reportPeriod(input: ReportPeriodInput): ReportPeriod {
  switch (input.kind) {
    case 'year':
      return { from: `${input.year}-01-01`, to: `${input.year}-12-31`, label: `${input.year}` };
    case 'halfYear':
      return input.half === 1
        ? { from: `${input.year}-01-01`, to: `${input.year}-06-30`, label: `Första halvåret ${input.year}` }
        : { from: `${input.year}-07-01`, to: `${input.year}-12-31`, label: `Andra halvåret ${input.year}` };
    case 'custom':
      return { from: input.from, to: input.to, label: `${input.from} – ${input.to}` };
  }
}

/** The calendar years a period touches (budgets are per year). */
export function yearsOf(period: { from: string; to: string }): number[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

