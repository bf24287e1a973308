// An exact, independent check of what a reader can work out from a published
// report: the true range of a hidden count over all non-negative integer
// solutions of the table equations, with every published number fixed.
// Interval propagation plus depth-first search; meant for small tables.
import type { Equation } from '../../../src/shared/reports/suppression';

type Domains = Map<string, [number, number]>;

function propagate(domains: Domains, equations: readonly Equation[]): boolean {
  let changed = true;
  while (changed) {
    changed = false;
    for (const eq of equations) {
      const lo = (v: string) => domains.get(v)![0];
      const hi = (v: string) => domains.get(v)![1];
      const partsLo = eq.parts.reduce((s, p) => s + lo(p), 0);
      const partsHi = eq.parts.reduce((s, p) => s + hi(p), 0);
      const tighten = (v: string, newLo: number, newHi: number) => {
        const [a, b] = domains.get(v)!;
        const na = Math.max(a, newLo);
        const nb = Math.min(b, newHi);
        if (na !== a || nb !== b) {
          domains.set(v, [na, nb]);
          changed = true;
        }
        return na <= nb;
      };
      if (!tighten(eq.total, partsLo, partsHi)) return false;
      for (const p of eq.parts) {
        const othersLo = partsLo - lo(p);
        const othersHi = partsHi - hi(p);
        if (!tighten(p, lo(eq.total) - othersHi, hi(eq.total) - othersLo)) return false;
      }
    }
  }
  return true;
}

function feasible(domains: Domains, equations: readonly Equation[]): boolean {
  if (!propagate(domains, equations)) return false;
  let pick: string | null = null;
  let width = Infinity;
  for (const [v, [a, b]] of domains) {
    if (b > a && b - a < width) {
      pick = v;
      width = b - a;
    }
  }
  if (pick === null) {
    return equations.every(
      (eq) => eq.parts.reduce((s, p) => s + domains.get(p)![0], 0) === domains.get(eq.total)![0],
    );
  }
  const [a, b] = domains.get(pick)!;
  for (let x = a; x <= b; x++) {
    const copy: Domains = new Map(domains);
    copy.set(pick, [x, x]);
    if (feasible(copy, equations)) return true;
  }
  return false;
}

/** The smallest and largest value `target` can take given the published values. */
export function feasibleRange(
  equations: readonly Equation[],
  values: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
  target: string,
): { min: number; max: number } {
  const bound = [...values.values()].reduce((a, b) => a + b, 0);
  const start: Domains = new Map();
  for (const eq of equations)
    for (const v of [...eq.parts, eq.total])
      start.set(v, hidden.has(v) ? [0, bound] : [values.get(v)!, values.get(v)!]);
  // In no equation: nothing published says anything about it.
  if (!start.has(target))
    return hidden.has(target)
      ? { min: 0, max: Infinity }
      : { min: values.get(target)!, max: values.get(target)! };
  const root: Domains = new Map(start);
  if (!propagate(root, equations)) throw new Error('the published values are inconsistent');
  const [lo, hi] = root.get(target)!;
  const fixedAt = (x: number) => {
    const copy: Domains = new Map(root);
    copy.set(target, [x, x]);
    return feasible(copy, equations);
  };
  let min = lo;
  while (min <= hi && !fixedAt(min)) min++;
  let max = hi;
  while (max >= min && !fixedAt(max)) max--;
  return { min, max };
}
