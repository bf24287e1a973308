// Cell suppression for the statistics that leave the app, so that no count of
// children small enough to point at a child can be read or worked out.
//
// The model. A report is a set of variables (every cell and every total of
// every table) with their true values, and a set of equations: the parts of a
// row, a column or a one-way table add up to its total. Tables are linked by
// sharing variables: "children by gender" and "children by age band" share
// the total "children", so a reader can combine both tables.
//
// Primary suppression. A count of children from 1 to threshold − 1 (default
// 4) is hidden, totals included: a row total of 3 is as revealing as a cell
// of 3. Zero is published. Zero is not a secret in the sense that matters
// here (it points at nobody), and hiding every zero would leave little to
// publish.
//
// Complementary suppression, step 1 (the line rule). An equation with exactly
// one hidden member gives it away: total minus the published parts. So every
// equation must hide none or at least two of its members. We add, per
// offending equation, the smallest published non-zero member (the least
// information lost); at equal values the one that also repairs another
// offending equation, then a cell before a total. The new cell may break the
// rule in the other equations it belongs to (its column, a linked table), so
// we repeat until no equation has exactly one hidden member. A candidate
// always exists: if the one hidden member is non-zero, the rest of the
// equation cannot all be zero.
//
// Why zeros never protect. A hidden zero next to a hidden 2 in a row lets the
// pair be "0 and 2, or 1 and 1, or 2 and 0" in that row alone; but a reader
// cannot move weight out of a zero, so every shift that would lower the zero
// is impossible and the upper bound of the 2 is its true value. Worse, a zero
// is often known from outside (no LVU placements in a district), and then it
// is no unknown at all. Complements are therefore always non-zero.
//
// Step 2 (the audit). The line rule is necessary but not enough: in a
// two-way table two blocks of hidden cells joined by a single hidden cell
// satisfy it, yet the joining cell can be solved from the totals (it lies on
// no cycle of hidden cells). So after step 1 we solve the published system
// exactly (linear-audit.ts): every hidden cell must be able to move by an
// integer step along a solution direction while all hidden cells stay
// non-negative. For each cell that cannot, we hide the smallest published
// non-zero variable of the same linked group that makes it movable, and go
// back to step 1. Every round hides at least one more variable, so this ends;
// in the worst case every non-zero variable of the group is hidden, and then
// scaling the whole group is a solution direction, so nothing is exposed.
//
// What a reader can still learn: bounds (a hidden cell lies between 0 and
// its row total). That is inherent to publishing totals and is accepted
// practice; what is guaranteed is that no hidden value is determined.
import { exposedVariables, type Equation } from './linear-audit';

export type { Equation } from './linear-audit';
export type SuppressionReason = 'primary' | 'complementary';

export interface SuppressionInput {
  /** Every variable (cell or total) and its true value; the order breaks ties. */
  values: ReadonlyMap<string, number>;
  /** Variables that count children: the ones primary suppression applies to. */
  sensitive: ReadonlySet<string>;
  equations: readonly Equation[];
  /** Counts from 1 to threshold − 1 are hidden. */
  threshold: number;
  /** Variables that are totals: at equal value a cell is hidden before a total. */
  totals?: ReadonlySet<string>;
}

export const defaultThreshold = 5;

function members(eq: Equation): string[] {
  return [...eq.parts, eq.total];
}

/** Groups of variables connected through equations (linked tables form one group). */
function linkedGroups(variables: Iterable<string>, equations: readonly Equation[]): Map<string, string> {
  const parent = new Map<string, string>();
  for (const v of variables) parent.set(v, v);
  const find = (v: string): string => {
    let root = v;
    while (parent.get(root)! !== root) root = parent.get(root)!;
    parent.set(v, root);
    return root;
  };
  for (const eq of equations) {
    const all = members(eq);
    for (const m of all.slice(1)) parent.set(find(m), find(all[0]!));
  }
  const group = new Map<string, string>();
  for (const v of parent.keys()) group.set(v, find(v));
  return group;
}

export function suppress(input: SuppressionInput): Map<string, SuppressionReason> {
  const { values, equations, threshold } = input;
  const totals = input.totals ?? new Set<string>();
  const order = new Map([...values.keys()].map((k, i) => [k, i]));
  const value = (v: string) => {
    const x = values.get(v);
    if (x === undefined) throw new Error(`unknown variable ${v}`);
    return x;
  };
  for (const eq of equations) members(eq).forEach(value);

  const hidden = new Map<string, SuppressionReason>();
  for (const [v, x] of values) {
    if (input.sensitive.has(v) && x >= 1 && x < threshold) hidden.set(v, 'primary');
  }
  const equationsOf = new Map<string, Equation[]>();
  for (const eq of equations)
    for (const m of members(eq)) equationsOf.set(m, [...(equationsOf.get(m) ?? []), eq]);
  const hiddenCount = (eq: Equation) => members(eq).filter((m) => hidden.has(m)).length;
  const repairs = (v: string) => (equationsOf.get(v) ?? []).filter((eq) => hiddenCount(eq) === 1).length;
  const cheaper = (a: string, b: string) =>
    value(a) - value(b) ||
    repairs(b) - repairs(a) ||
    Number(totals.has(a)) - Number(totals.has(b)) ||
    order.get(a)! - order.get(b)!;

  const applyLineRule = () => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const eq of equations) {
        if (hiddenCount(eq) !== 1) continue;
        const candidates = members(eq).filter((m) => !hidden.has(m) && value(m) > 0);
        if (candidates.length === 0) continue;
        const [best] = candidates.sort(cheaper);
        hidden.set(best!, 'complementary');
        changed = true;
      }
    }
  };

  const group = linkedGroups(values.keys(), equations);
  for (;;) {
    applyLineRule();
    const exposed = [...exposedVariables(equations, new Set(hidden.keys()), values)].sort(
      (a, b) => order.get(a)! - order.get(b)!,
    );
    const target = exposed[0];
    if (target === undefined) return hidden;
    const candidates = [...values.keys()]
      .filter((v) => !hidden.has(v) && value(v) > 0 && group.get(v) === group.get(target))
      .sort(
        (a, b) =>
          value(a) - value(b) ||
          Number(totals.has(a)) - Number(totals.has(b)) ||
          order.get(a)! - order.get(b)!,
      );
    const trial = (c: string) =>
      !exposedVariables(equations, new Set([...hidden.keys(), c]), values).has(target);
    const chosen = candidates.find(trial) ?? candidates[0];
    // Unreachable by the argument in the header; stop rather than loop forever.
    if (chosen === undefined) return hidden;
    hidden.set(chosen, 'complementary');
  }
}
