// The t quantile against the published table values (to the table's 4–6
// decimals, which any statistics textbook's table or package gives).
import { describe, expect, test } from 'vitest';
import { incompleteBeta, logGamma, tCdf, tQuantile } from './t-distribution';

describe('Student t', () => {
  test.each([
    [1, 12.706205],
    [2, 4.302653],
    [3, 3.182446],
    [5, 2.570582],
    [9, 2.262157],
    [29, 2.04523],
    [100, 1.983972],
    [1000, 1.962339],
  ])('t(0.975; %i) = %f', (df, expected) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(expected, 5);
  });

  test('lower tail and the middle', () => {
    expect(tQuantile(0.05, 4)).toBeCloseTo(-2.131847, 5);
    expect(tQuantile(0.5, 7)).toBe(0);
    expect(tCdf(1.5, 2)).toBeCloseTo(0.8638034, 6);
    expect(tCdf(-1.5, 2)).toBeCloseTo(1 - 0.8638034, 6);
  });

  test('t with 2 df has a closed form: t = (2p − 1)·√(2 / (4p(1 − p)))', () => {
    for (const p of [0.6, 0.9, 0.975, 0.995]) {
      const closed = (2 * p - 1) * Math.sqrt(2 / (4 * p * (1 - p)));
      expect(tQuantile(p, 2)).toBeCloseTo(closed, 8);
    }
  });

  test('building blocks: Γ(5) = 24, Γ(1/2) = √π, I_x(1, 1) = x', () => {
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 9);
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 9);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
  });

  test('refuses what has no quantile', () => {
    expect(() => tQuantile(1, 5)).toThrow(RangeError);
    expect(() => tQuantile(0.5, 0)).toThrow(RangeError);
  });
});
