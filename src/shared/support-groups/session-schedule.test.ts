import { describe, expect, test } from 'vitest';
import { weekday } from '../dates';
import { formatDefaults, generateSchedule } from './session-schedule';

describe('session schedule', () => {
  test('weekly default: 8 sessions of 120 minutes, one a week', () => {
    const result = generateSchedule(formatDefaults.weekly, '2026-09-02', '17:00');
    if (!result.ok) throw new Error(result.problem);
    expect(result.sessions).toHaveLength(8);
    expect(result.sessions.map((s) => s.date)).toEqual([
      '2026-09-02',
      '2026-09-09',
      '2026-09-16',
      '2026-09-23',
      '2026-09-30',
      '2026-10-07',
      '2026-10-14',
      '2026-10-21',
    ]);
    expect(
      result.sessions.every((s) => s.minutes === 120 && s.startTime === '17:00' && s.kind === 'session'),
    ).toBe(true);
  });

  test('weekend: three full days on Sat, Sun, Sat plus a follow-up Saturday', () => {
    const result = generateSchedule(formatDefaults.weekend, '2026-09-05', '10:00');
    if (!result.ok) throw new Error(result.problem);
    expect(result.sessions.map((s) => [s.date, s.kind, s.minutes])).toEqual([
      ['2026-09-05', 'fullDay', 360],
      ['2026-09-06', 'fullDay', 360],
      ['2026-09-12', 'fullDay', 360],
      ['2026-10-10', 'followUp', 240],
    ]);
    expect(result.sessions.map((s) => weekday(s.date))).toEqual([6, 0, 6, 6]);
  });

  test('weekend must start on a Saturday and have at least three full days', () => {
    expect(generateSchedule(formatDefaults.weekend, '2026-09-04', '10:00')).toEqual({
      ok: false,
      problem: 'schedule.weekendStartsSaturday',
    });
    expect(generateSchedule({ ...formatDefaults.weekend, sessionCount: 2 }, '2026-09-05', '10:00')).toEqual({
      ok: false,
      problem: 'schedule.weekendTooShort',
    });
  });

  test('custom: e.g. 14 weekly sessions (Flyktfåglarna)', () => {
    const result = generateSchedule(
      { ...formatDefaults.custom, sessionCount: 14, intervalDays: 7 },
      '2026-01-13',
      '15:30',
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.sessions).toHaveLength(14);
    expect(result.sessions.at(-1)?.date).toBe('2026-04-14');
  });
});
