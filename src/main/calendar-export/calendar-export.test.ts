// Deadlines exported as iCalendar: parsed back with ical.js, the file holds
// exactly the agreement's derived deadlines that ask for action or mark its
// end, on their dates, with UIDs that stay the same from one export to the
// next (a re-import updates, never duplicates), and no person's name.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '../../shared/ipc/agreements';
import { malmoRegionRedCross, withCriteria } from '../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../test/support/agreements/helpers';
import { exported } from './deadline-events';

let t: AgreementsApp;
let folder: string;
let agreement: Agreement;
beforeAll(async () => {
  t = await agreementsApp();
  folder = mkdtempSync(join(tmpdir(), 'iop-ics-'));
  t.app.clock.set(new Date('2020-12-10T09:00:00.000Z'));
  const data = withCriteria(malmoRegionRedCross(t.ids));
  data.parties[0]!.contacts.push({ name: 'Karin Kontaktperson', title: '', phone: '', email: '' });
  agreement = await activate(t.app, await create(t.app, data), '2020-12-10');
  t.app.clock.set(new Date('2024-02-01T09:00:00.000Z'));
  agreement = await t.app.must('agreements:get', { id: agreement.id });
});
afterAll(() => {
  t.app.dispose();
  rmSync(folder, { recursive: true, force: true });
});

function events(path: string) {
  const text = readFileSync(path, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    text,
    events: calendar.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return { uid: e.uid, date: e.startDate.toString(), allDay: e.startDate.isDate, summary: e.summary };
    }),
  };
}

describe('iCalendar export', () => {
  test("one agreement's file holds its derived deadlines, as all-day events on their dates", async () => {
    const out = await t.app.must('agreements:exportCalendar', { agreementId: agreement.id, folder });
    expect(out.fileName).toBe('Tidsfrister 2.3.4-565-2021.ics');
    const { events: parsed, text } = events(out.path);
    const expected = agreement.calendar.filter(exported);
    expect(parsed).toHaveLength(expected.length);
    expect(out.events).toBe(expected.length);
    expect(parsed.map((e) => e.date).sort()).toEqual(expected.map((i) => i.date).sort());
    expect(parsed.every((e) => e.allDay)).toBe(true);
    expect(parsed.find((e) => e.date === '2024-03-31')?.summary).toBe(
      'Sista dag för beslut om förlängning (2.3.4-565/2021)',
    );
    const payments = parsed
      .filter((e) => e.summary.startsWith('Utbetalning'))
      .map((e) => e.summary.replace(/\s/g, ' '));
    expect(payments).toContain('Utbetalning 400 000 kr från Region Skåne (2.3.4-565/2021)');
    expect(text).not.toContain('Karin Kontaktperson');
  });

  test('the UIDs stay the same from one export to the next, and the next file does not overwrite the first', async () => {
    const first = await t.app.must('agreements:exportCalendar', { agreementId: agreement.id, folder });
    const second = await t.app.must('agreements:exportCalendar', { agreementId: agreement.id, folder });
    expect(second.path).not.toBe(first.path);
    expect(events(second.path).events.map((e) => e.uid)).toEqual(events(first.path).events.map((e) => e.uid));
    expect(new Set(events(first.path).events.map((e) => e.uid)).size).toBe(first.events);
  });

  test('all agreements together; a folder that does not exist is refused and nothing is written', async () => {
    const all = await t.app.must('agreements:exportCalendar', { agreementId: null, folder });
    expect(all.fileName).toMatch(/^Tidsfrister( \(\d+\))?\.ics$/);
    expect(events(all.path).events.length).toBeGreaterThanOrEqual(agreement.calendar.filter(exported).length);
    const refused = await failure(
      t.app.call('agreements:exportCalendar', { agreementId: null, folder: join(folder, 'finns-inte') }),
    );
    expect(refused.code).toBe('documents.folderInvalid');
  });
});
