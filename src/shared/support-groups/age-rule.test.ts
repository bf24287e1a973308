import { describe, expect, test } from 'vitest';
import { ageAllowed, ageAt, checkAge } from './age-rule';

const range = { min: 7, max: 18 };

describe('age rule', () => {
  test('age is taken at the group start date', () => {
    expect(ageAt({ birthDate: '2019-09-01', birthYear: null }, '2026-08-31')).toBe(6);
    expect(ageAt({ birthDate: '2019-09-01', birthYear: null }, '2026-09-01')).toBe(7);
  });

  test('with only a birth year, the age reached during the year counts', () => {
    expect(ageAt({ birthDate: null, birthYear: 2008 }, '2026-03-02')).toBe(18);
    expect(ageAt({ birthDate: null, birthYear: null }, '2026-03-02')).toBeNull();
  });

  test('within the range needs nothing more', () => {
    expect(checkAge(7, range)).toEqual({ kind: 'within', age: 7 });
    expect(checkAge(18, range)).toEqual({ kind: 'within', age: 18 });
    expect(ageAllowed(checkAge(12, range), null)).toBe(true);
  });

  test('outside the range needs an override with a reason', () => {
    const check = checkAge(6, range);
    expect(check).toEqual({ kind: 'outside', age: 6, needsOverride: true });
    expect(ageAllowed(check, null)).toBe(false);
    expect(ageAllowed(check, '   ')).toBe(false);
    expect(ageAllowed(check, 'Syskon i gruppen; bedömd mogen av gruppledarna.')).toBe(true);
    expect(ageAllowed(checkAge(19, range), null)).toBe(false);
  });
});
