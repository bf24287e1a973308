import { describe, expect, it } from 'vitest';
import { isIsoDate, localDate, localDateTime } from './dates';

describe('isIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-03-02')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('refuses impossible dates and other shapes', () => {
    for (const text of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-3-2',
      '20260302',
      '2026-03-02 ',
      '',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });
});

describe('local dates and times', () => {
  it('formats a Date as its local calendar date', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('shows an ISO timestamp in local time as YYYY-MM-DD HH:mm', () => {
    const at = new Date(2026, 2, 2, 9, 5).toISOString();
    expect(localDateTime(at)).toBe('2026-03-02 09:05');
  });

  it('shows text that is not a timestamp as it is', () => {
    expect(localDateTime('inte ett datum')).toBe('inte ett datum');
  });
});
