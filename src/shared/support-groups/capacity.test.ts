import { describe, expect, test } from 'vitest';
import { canPlace, capacity, holdsPlace } from './capacity';

describe('capacity', () => {
  test('the maximum is hard: the 9th child does not fit a group of at most 8', () => {
    expect(canPlace(7, 8)).toBe(true);
    expect(canPlace(8, 8)).toBe(false);
    expect(capacity(8, 5, 8)).toEqual({
      placed: 8,
      min: 5,
      max: 8,
      free: 0,
      full: true,
      belowMinimum: false,
    });
  });

  test('below the minimum is a warning, not a refusal', () => {
    expect(capacity(4, 5, 8)).toEqual({
      placed: 4,
      min: 5,
      max: 8,
      free: 4,
      full: false,
      belowMinimum: true,
    });
    expect(capacity(5, 5, 8).belowMinimum).toBe(false);
  });

  test('only offered, admitted, participating and completed enrolments hold a place', () => {
    expect(
      ['interest', 'waitlisted', 'offered', 'admitted', 'participating', 'completed', 'cancelled'].filter(
        (s) => holdsPlace(s as never),
      ),
    ).toEqual(['offered', 'admitted', 'participating', 'completed']);
  });
});
