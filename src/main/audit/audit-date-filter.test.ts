// Date filters are local calendar days: a caseworker in Sweden asking for
// 3 March means 00:00–24:00 Swedish time, not UTC.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { toAuditQuery } from './audit-service';

const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Stockholm';
});
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('toAuditQuery', () => {
  test('the time zone is in force', () => {
    expect(new Date('2026-03-02T23:30:00.000Z').getDate()).toBe(3);
  });

  test('a winter day runs from 23:00 UTC the day before', () => {
    expect(toAuditQuery({ userId: null, entityType: null, from: '2026-03-03', to: '2026-03-03' })).toEqual({
      userId: null,
      entityType: null,
      fromIso: '2026-03-02T23:00:00.000Z',
      toIso: '2026-03-03T23:00:00.000Z',
    });
  });

  test('a summer day runs from 22:00 UTC the day before', () => {
    const q = toAuditQuery({ userId: 2, entityType: 'organisation', from: '2026-07-01', to: '2026-07-31' });
    expect(q).toEqual({
      userId: 2,
      entityType: 'organisation',
      fromIso: '2026-06-30T22:00:00.000Z',
      toIso: '2026-07-31T22:00:00.000Z',
    });
  });

  test('the day summer time starts has 23 hours', () => {
    const q = toAuditQuery({ userId: null, entityType: null, from: '2026-03-29', to: '2026-03-29' });
    expect([q.fromIso, q.toIso]).toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
  });

  test('open ends stay open', () => {
    expect(toAuditQuery({ userId: null, entityType: null, from: null, to: '2026-03-03' })).toMatchObject({
      fromIso: null,
      toIso: '2026-03-03T23:00:00.000Z',
    });
  });
});

describe('audit:list with dates', () => {
  let app: TempApp;
  beforeEach(async () => {
    app = await createInstalledApp();
  });
  afterEach(() => app.dispose());

  test('an entry at 23:59 local time belongs to that day, one at 00:00 to the next', async () => {
    app.clock.set(new Date('2026-03-02T22:59:59.000Z')); // 2 March 23:59:59 in Stockholm
    await app.must('organisations:list', { query: '' });
    app.clock.set(new Date('2026-03-02T23:00:00.000Z')); // 3 March 00:00:00 in Stockholm
    await app.must('organisations:list', { query: '' });
    app.clock.set(new Date('2026-03-03T22:59:59.999Z')); // 3 March 23:59:59.999
    await app.must('organisations:list', { query: '' });
    app.clock.set(new Date('2026-03-03T23:00:00.000Z')); // 4 March 00:00
    await app.must('organisations:list', { query: '' });

    const third = await app.must('audit:list', {
      entityType: 'organisation',
      from: '2026-03-03',
      to: '2026-03-03',
    });
    expect(third.entries.map((e) => e.at)).toEqual(['2026-03-03T22:59:59.999Z', '2026-03-02T23:00:00.000Z']);
    expect(third.total).toBe(2);
    const second = await app.must('audit:list', { entityType: 'organisation', to: '2026-03-02' });
    expect(second.entries.map((e) => e.at)).toEqual(['2026-03-02T22:59:59.000Z']);
    const fromFourth = await app.must('audit:list', { entityType: 'organisation', from: '2026-03-04' });
    expect(fromFourth.entries.map((e) => e.at)).toEqual(['2026-03-03T23:00:00.000Z']);
  });

  test('a date that is not YYYY-MM-DD is refused', async () => {
    const result = await app.call('audit:list', { from: '3/3/2026' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'Uppgifterna kunde inte sparas. Rätta de markerade fälten.',
        fields: { from: 'field.date' },
      },
    });
  });

  test('paging: limit and offset with the total', async () => {
    for (let i = 0; i < 5; i++) await app.must('organisations:list', { query: '' });
    const page = await app.must('audit:list', { entityType: 'organisation', limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(page.entries.map((e) => e.id)).toEqual([5, 4]);
  });
});
