// The statistics of an effect result, from sums that can be added up: a
// group's sums are computed once (from the live answers, or kept as the
// anonymised record when the group's data is erased), and a programme's,
// an agreement's or a year's result adds its groups' sums. So a result reads
// the same before and after erasure, and no answer of a child is needed.
//
// For n pairs (before, after) with changes dᵢ = afterᵢ − beforeᵢ:
//   mean change d̄ = Σd / n, SD of changes s = √((Σd² − (Σd)²/n) / (n − 1)),
//   95 % CI d̄ ± t(0.975; n − 1) · s / √n, paired effect size d_z = d̄ / s,
//   reliable change index RCI = d / (SD_norm · √2 · √(1 − r)), reliable beyond ±1.96
//   (Jacobson & Truax), "improved" in the direction the scale calls better.
import { tQuantile } from './t-distribution';
import type { InstrumentScale } from './instrument';

export interface EffectSums {
  /** Children (or families) with both answers. */
  n: number;
  sumBefore: number;
  sumAfter: number;
  sumChange: number;
  sumChangeSquared: number;
  improved: number;
  unchanged: number;
  worse: number;
}

export interface EffectSummary {
  n: number;
  meanBefore: number;
  meanAfter: number;
  meanChange: number;
  /** Null below two pairs (no spread to estimate). */
  sdChange: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Null below two pairs or when every change is the same. */
  dz: number | null;
  /** Shares 0–1 of the n. */
  improved: number;
  unchanged: number;
  worse: number;
}

export const reliableChangeLimit = 1.96;

export const emptySums = (): EffectSums => ({
  n: 0,
  sumBefore: 0,
  sumAfter: 0,
  sumChange: 0,
  sumChangeSquared: 0,
  improved: 0,
  unchanged: 0,
  worse: 0,
});

/** RCI = change / (SD · √2 · √(1 − r)). */
export const reliableChangeIndex = (
  change: number,
  scale: Pick<InstrumentScale, 'normSd' | 'reliability'>,
): number => change / (scale.normSd * Math.SQRT2 * Math.sqrt(1 - scale.reliability));

/** Adds one pair to the sums (in place): the one place a pair is counted. */
export function addPair(
  sums: EffectSums,
  before: number,
  after: number,
  scale: Pick<InstrumentScale, 'normSd' | 'reliability' | 'higherIsBetter'>,
): void {
  const change = after - before;
  const rci = reliableChangeIndex(change, scale) * (scale.higherIsBetter ? 1 : -1);
  sums.n += 1;
  sums.sumBefore += before;
  sums.sumAfter += after;
  sums.sumChange += change;
  sums.sumChangeSquared += change * change;
  if (rci > reliableChangeLimit) sums.improved += 1;
  else if (rci < -reliableChangeLimit) sums.worse += 1;
  else sums.unchanged += 1;
}

export function pairSums(
  pairs: readonly { before: number; after: number }[],
  scale: Pick<InstrumentScale, 'normSd' | 'reliability' | 'higherIsBetter'>,
): EffectSums {
  const sums = emptySums();
  for (const { before, after } of pairs) addPair(sums, before, after, scale);
  return sums;
}

export const addSums = (a: EffectSums, b: EffectSums): EffectSums => ({
  n: a.n + b.n,
  sumBefore: a.sumBefore + b.sumBefore,
  sumAfter: a.sumAfter + b.sumAfter,
  sumChange: a.sumChange + b.sumChange,
  sumChangeSquared: a.sumChangeSquared + b.sumChangeSquared,
  improved: a.improved + b.improved,
  unchanged: a.unchanged + b.unchanged,
  worse: a.worse + b.worse,
});

/** t(0,975; df), remembered: a table has thousands of rows but few distinct n. */
const critical = new Map<number, number>();
function tCritical(df: number): number {
  let t = critical.get(df);
  if (t === undefined) {
    t = tQuantile(0.975, df);
    critical.set(df, t);
  }
  return t;
}

/** The result of the sums; null when there is no pair. */
export function effectSummary(s: EffectSums): EffectSummary | null {
  if (s.n === 0) return null;
  const meanChange = s.sumChange / s.n;
  let sdChange: number | null = null;
  let ciLow: number | null = null;
  let ciHigh: number | null = null;
  let dz: number | null = null;
  if (s.n >= 2) {
    const variance = Math.max(0, (s.sumChangeSquared - (s.sumChange * s.sumChange) / s.n) / (s.n - 1));
    sdChange = Math.sqrt(variance);
    const half = (tCritical(s.n - 1) * sdChange) / Math.sqrt(s.n);
    ciLow = meanChange - half;
    ciHigh = meanChange + half;
    dz = sdChange > 1e-12 ? meanChange / sdChange : null;
  }
  return {
    n: s.n,
    meanBefore: s.sumBefore / s.n,
    meanAfter: s.sumAfter / s.n,
    meanChange,
    sdChange,
    ciLow,
    ciHigh,
    dz,
    improved: s.improved / s.n,
    unchanged: s.unchanged / s.n,
    worse: s.worse / s.n,
  };
}
