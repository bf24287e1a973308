// Deadlines as an iCalendar file for Outlook and other calendars, written with
// ical-generator (never by hand). Each deadline is an all-day event whose UID
// stays the same from one export to the next, so importing again updates an
// event instead of adding a copy.
import ical from 'ical-generator';
import type { IsoDate } from '../../shared/dates';

export interface DeadlineEvent {
  /** Stable: the same deadline gives the same UID in every export. */
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
}

/** Local midnight of the day, so the all-day date is the same in every time zone the file is read in. */
function dayOf(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function icsText(name: string, events: readonly DeadlineEvent[], stamp: Date): string {
  const calendar = ical({
    name,
    prodId: { company: 'IOP Desk', product: 'iop-desk', language: 'SV' },
  });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      start: dayOf(e.date),
      allDay: true,
      summary: e.summary,
      description: e.description,
      stamp,
    });
  }
  return calendar.toString();
}
