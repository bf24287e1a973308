// Calendar days for the support-group domain. "Today" is the date in Sweden,
// not in UTC: a session recorded at 00:30 belongs to the Swedish day.
import { isRealDate } from '../identity/personal-identity-number';
import { isoDate } from '../ipc/common';

const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `YYYY-MM-DD` of an instant in Swedish time. */
export const swedishDay = (instant: Date): string => stockholmDay.format(instant);

/** An ISO date that also exists in the calendar (no 31 February). */
export const calendarDate = isoDate.refine(
  (text) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    return isRealDate(y, m, d);
  },
  { error: 'field.date' },
);
