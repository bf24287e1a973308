// The statistics against values worked out by hand for six children on the
// example instrument (total 6–30, norm SD 4, r 0.8).
//   before 14 16 18 20 12 15 (Σ 95), after 20 18 19 26 12 21 (Σ 116)
//   changes 6 2 1 6 0 6: Σd = 21, d̄ = 3.5, Σd² = 113,
//   SS = 113 − 21²/6 = 39.5, s² = 39.5 / 5 = 7.9, s = √7.9 = 2.810694,
//   SE = s/√6 = 1.147461, t(0.975; 5) = 2.570582 (table), half-width 2.949642,
//   CI 0.550358 … 6.449642, d_z = 3.5 / 2.810694 = 1.245244.
//   RCI denominator 4·√2·√0.2 = 2.529822: changes of 6 give 2.37 (> 1.96,
//   improved), 2 gives 0.79, 1 gives 0.40, 0 gives 0 (unchanged): 3 / 3 / 0.
import { describe, expect, test } from 'vitest';
import { exampleInstrument } from './example-instrument';
import { addSums, effectSummary, emptySums, pairSums, reliableChangeIndex } from './statistics';

const total = exampleInstrument.scales[0]!;
const before = [14, 16, 18, 20, 12, 15];
const after = [20, 18, 19, 26, 12, 21];
const pairs = before.map((b, i) => ({ before: b, after: after[i]! }));

describe('effect statistics', () => {
  test('six pairs by hand', () => {
    const s = effectSummary(pairSums(pairs, total))!;
    expect(s.n).toBe(6);
    expect(s.meanBefore).toBeCloseTo(95 / 6, 10);
    expect(s.meanAfter).toBeCloseTo(116 / 6, 10);
    expect(s.meanChange).toBe(3.5);
    expect(s.sdChange).toBeCloseTo(2.810694, 6);
    expect(s.ciLow).toBeCloseTo(0.550358, 5);
    expect(s.ciHigh).toBeCloseTo(6.449642, 5);
    expect(s.dz).toBeCloseTo(1.245244, 6);
    expect([s.improved, s.unchanged, s.worse]).toEqual([0.5, 0.5, 0]);
  });

  test('RCI by hand, and the direction of "improved" follows the scale', () => {
    expect(reliableChangeIndex(6, total)).toBeCloseTo(6 / 2.529822, 6);
    const symptoms = { ...total, higherIsBetter: false };
    const sums = pairSums(pairs, symptoms);
    expect([sums.improved, sums.unchanged, sums.worse]).toEqual([0, 3, 3]);
    // A drop of 5 on a symptom scale: RCI −1.98, reliable improvement.
    expect(pairSums([{ before: 20, after: 15 }], symptoms).improved).toBe(1);
  });

  test('sums add up: two groups give the same result as one', () => {
    const whole = pairSums(pairs, total);
    const parts = addSums(pairSums(pairs.slice(0, 2), total), pairSums(pairs.slice(2), total));
    expect(parts).toEqual(whole);
    expect(addSums(emptySums(), whole)).toEqual(whole);
  });

  test('too few pairs: no spread, no interval, no effect size', () => {
    expect(effectSummary(emptySums())).toBeNull();
    const one = effectSummary(pairSums([{ before: 10, after: 14 }], total))!;
    expect([one.meanChange, one.sdChange, one.ciLow, one.dz]).toEqual([4, null, null, null]);
    const same = effectSummary(
      pairSums(
        [
          { before: 10, after: 12 },
          { before: 11, after: 13 },
        ],
        total,
      ),
    )!;
    expect(same.sdChange).toBe(0);
    expect(same.dz).toBeNull();
  });
});
