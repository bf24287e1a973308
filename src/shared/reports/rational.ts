// Exact fractions over bigint, for the linear algebra that checks whether a
// suppressed cell can be worked out. Floating point would round a tiny pivot
// to zero (or not) and give a wrong answer about what a reader can solve.

export interface Rational {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new Error('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const zero = rational(0n);
export const one = rational(1n);
export const isZero = (a: Rational) => a.n === 0n;
export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
export const neg = (a: Rational) => rational(-a.n, a.d);
