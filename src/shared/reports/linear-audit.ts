// Which suppressed cells a reader could still work out. The published cells
// and totals turn every table equation (parts add up to the total) into a
// linear equation over the suppressed cells only. A suppressed cell is safe
// when the solutions of that system let it take at least two values: there
// must be a direction in the null space that moves it and keeps every
// suppressed cell a non-negative integer. Exact arithmetic (see rational.ts).
import { add, div, gcd, isZero, mul, neg, one, sub, zero, type Rational } from './rational';

export interface Equation {
  /** Variables that add up to `total`. */
  parts: readonly string[];
  total: string;
}

interface Reduced {
  columns: string[];
  /** Reduced row echelon form, one array per non-zero row. */
  rows: Rational[][];
  pivotOfRow: number[];
  rowOfPivot: Map<number, number>;
}

function reduce(equations: readonly Equation[], suppressed: ReadonlySet<string>): Reduced {
  const columns = [...suppressed].sort();
  const index = new Map(columns.map((c, i) => [c, i]));
  const matrix: Rational[][] = [];
  for (const eq of equations) {
    const row: Rational[] = columns.map(() => zero);
    let any = false;
    for (const p of eq.parts) {
      const i = index.get(p);
      if (i !== undefined) {
        row[i] = add(row[i]!, one);
        any = true;
      }
    }
    const t = index.get(eq.total);
    if (t !== undefined) {
      row[t] = sub(row[t]!, one);
      any = true;
    }
    if (any) matrix.push(row);
  }

  const pivotOfRow: number[] = [];
  let r = 0;
  for (let c = 0; c < columns.length && r < matrix.length; c++) {
    let pivot = -1;
    for (let i = r; i < matrix.length; i++) {
      if (!isZero(matrix[i]![c]!)) {
        pivot = i;
        break;
      }
    }
    if (pivot < 0) continue;
    [matrix[r], matrix[pivot]] = [matrix[pivot]!, matrix[r]!];
    const lead = matrix[r]![c]!;
    matrix[r] = matrix[r]!.map((x) => div(x, lead));
    for (let i = 0; i < matrix.length; i++) {
      if (i === r || isZero(matrix[i]![c]!)) continue;
      const factor = matrix[i]![c]!;
      matrix[i] = matrix[i]!.map((x, k) => sub(x, mul(factor, matrix[r]![k]!)));
    }
    pivotOfRow.push(c);
    r++;
  }
  const rows = matrix.slice(0, r);
  return { columns, rows, pivotOfRow, rowOfPivot: new Map(pivotOfRow.map((c, i) => [c, i])) };
}

/** The null-space basis vector of a free column, scaled to the smallest integers. */
function integerDirection(reduced: Reduced, free: number): Map<number, bigint> {
  const entries = new Map<number, Rational>([[free, one]]);
  reduced.rows.forEach((row, i) => {
    const x = row[free]!;
    if (!isZero(x)) entries.set(reduced.pivotOfRow[i]!, neg(x));
  });
  let lcm = 1n;
  for (const x of entries.values()) lcm = (lcm * x.d) / gcd(lcm, x.d);
  const scaled = new Map<number, bigint>();
  let common = 0n;
  for (const [k, x] of entries) {
    const v = (x.n * lcm) / x.d;
    scaled.set(k, v);
    common = gcd(common, v);
  }
  if (common > 1n) for (const [k, v] of scaled) scaled.set(k, v / common);
  return scaled;
}

function stepStaysNonNegative(
  direction: Map<number, bigint>,
  values: readonly bigint[],
  sign: 1n | -1n,
): boolean {
  for (const [k, v] of direction) if (values[k]! + sign * v < 0n) return false;
  return true;
}

/**
 * The suppressed variables a reader can pin down to one value from the
 * published ones (`values` holds every variable's true value; only the
 * suppressed ones are unknown to the reader).
 *
 * Conservative: a variable counts as safe only when one integer step along a
 * basis direction of the null space keeps all suppressed cells non-negative.
 * A variable reported exposed may in rare cases still have other solutions;
 * the caller then suppresses one more cell, which never weakens protection.
 */
export function exposedVariables(
  equations: readonly Equation[],
  suppressed: ReadonlySet<string>,
  values: ReadonlyMap<string, number>,
): Set<string> {
  const reduced = reduce(equations, suppressed);
  const current = reduced.columns.map((c) => BigInt(values.get(c) ?? 0));
  const pivots = new Set(reduced.pivotOfRow);
  const freeColumns = reduced.columns.map((_, i) => i).filter((i) => !pivots.has(i));
  const safeDirection = new Map<number, boolean>();
  const isSafeDirection = (free: number) => {
    let safe = safeDirection.get(free);
    if (safe === undefined) {
      const direction = integerDirection(reduced, free);
      safe = stepStaysNonNegative(direction, current, 1n) || stepStaysNonNegative(direction, current, -1n);
      safeDirection.set(free, safe);
    }
    return safe;
  };

  const exposed = new Set<string>();
  reduced.columns.forEach((name, column) => {
    let candidates: number[];
    if (!pivots.has(column)) candidates = [column];
    else {
      const row = reduced.rows[reduced.rowOfPivot.get(column)!]!;
      candidates = freeColumns.filter((f) => !isZero(row[f]!));
    }
    if (!candidates.some(isSafeDirection)) exposed.add(name);
  });
  return exposed;
}
