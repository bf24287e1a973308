import { describe, expect, it } from 'vitest';
import { localDate, localDateTime } from './dates';

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
