import { describe, expect, test } from 'vitest';
import { addDays, addMonths, daysBetween, isValidIsoDate, swedishDay } from './dates';

describe('dates', () => {
  test('nine months before 2024-12-31 is 2024-03-31', () => {
    expect(addMonths('2024-12-31', -9)).toBe('2024-03-31');
  });

  test('a day missing from the target month is clamped to its last day', () => {
    expect(addMonths('2024-08-31', -6)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2026-12-31', 4)).toBe('2027-04-30');
  });

  test('months cross years both ways', () => {
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addMonths('2024-11-01', 14)).toBe('2026-01-01');
  });

  test('days and differences', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2026-03-02', 90)).toBe('2026-05-31');
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
  });

  test('only real calendar days are valid', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2024-13-01')).toBe(false);
    expect(isValidIsoDate('2024-1-01')).toBe(false);
  });

  test("the users' day is Swedish time, not UTC", () => {
    expect(swedishDay(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(swedishDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(swedishDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('isValidIsoDate', () => {
  test('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(isValidIsoDate('2026-03-02')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
  });

  test('refuses impossible dates and other shapes', () => {
    for (const text of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-3-2',
      '20260302',
      '2026-03-02 ',
      '',
    ]) {
      expect(isValidIsoDate(text), text).toBe(false);
    }
  });
});
