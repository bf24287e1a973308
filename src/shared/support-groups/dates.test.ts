import { describe, expect, test } from 'vitest';
import { calendarDate, swedishDay } from './dates';

describe('dates', () => {
  test('today is the Swedish calendar day, not the UTC one', () => {
    expect(swedishDay(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(swedishDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(swedishDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  test('calendar dates refuse days that do not exist', () => {
    expect(calendarDate.safeParse('2024-02-29').success).toBe(true);
    expect(calendarDate.safeParse('2026-02-29').success).toBe(false);
    expect(calendarDate.safeParse('2026-02-31').success).toBe(false);
  });
});
