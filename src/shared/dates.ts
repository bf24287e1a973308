// Calendar arithmetic on ISO dates (`YYYY-MM-DD`) without time zones: the
// app's dates (agreement periods, sessions, deadlines) are calendar days, so
// they never shift with DST or the machine's zone. "Today" is the day in
// Sweden, not in UTC: a session recorded at 00:30 belongs to the Swedish day.

export type IsoDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isValidIsoDate(text: string): boolean {
  const m = isoPattern.exec(text);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : monthDays[month - 1]!;
}

// Calendars of thousands of agreements are derived at once (the dashboard),
// so dates are read by position rather than with a regular expression.
function parts(date: IsoDate): [number, number, number] {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') throw new Error(`not an ISO date: ${date}`);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d))
    throw new Error(`not an ISO date: ${date}`);
  return [y, m, d];
}

export const yearOf = (date: IsoDate): number => parts(date)[0];

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${two(month)}-${two(day)}`;
}

/**
 * Adds (or with a negative count subtracts) whole months. A day that does not
 * exist in the target month is clamped to its last day, so 2024-08-31 − 6
 * months is 2024-02-29, and the end of a month stays within that month.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/** `YYYY-MM-DD` of an instant in Swedish time (the users' day). */
export function swedishDay(instant: Date): IsoDate {
  return stockholmDay.format(instant);
}

// Built once: constructing an Intl formatter costs far more than formatting.
// sv-SE formats as YYYY-MM-DD.
const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
