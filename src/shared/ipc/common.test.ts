import { describe, expect, test } from 'vitest';
import { isoDate } from './common';

describe('isoDate', () => {
  test('calendar dates refuse days that do not exist', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2026-02-29').success).toBe(false);
    expect(isoDate.safeParse('2026-02-31').success).toBe(false);
  });
});
