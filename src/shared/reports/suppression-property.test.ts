// Property: for random tables (one two-way table, one-way tables sharing a
// total, two two-way tables sharing their row totals), nothing hidden can be
// worked out. The check is independent of the engine: it rebuilds the
// equations a reader sees from the published tables (rows add up to their
// totals, columns to the total row, linked totals are equal) and finds each
// hidden count's exact range over non-negative integers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  publishTables,
  type CountTableSpec,
  type PublishedCell,
  type PublishedTable,
} from './count-table';
import type { Equation } from './suppression';
import { feasibleRange } from '../../../test/support/reports/feasible-values';

const threshold = 5;

/** Mostly small counts and zeros, where suppression has work to do. */
const count = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 14 }) },
);

const grid = (rows: number, cols: number) =>
  fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Splits `total` into `parts` non-negative counts. */
const composition = (total: number, parts: number) =>
  fc.array(fc.integer({ min: 0, max: total }), { minLength: parts - 1, maxLength: parts - 1 }).map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), total];
    return sorted.slice(1).map((x, i) => x - sorted[i]!);
  });

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

interface Scenario {
  specs: CountTableSpec[];
  /** Groups of (table, position) that show the same count: the reader knows they are equal. */
  sameCount: { table: string; at: 'grand' | { row: number } }[][];
}

const twoWay = (
  key: string,
  cells: number[][],
  rowTotals = true,
  columnTotals = true,
  links?: CountTableSpec['links'],
): CountTableSpec => ({
  key,
  rows: cells.map((_, i) => `r${i}`),
  columns: cells[0]!.map((_, j) => `c${j}`),
  cells,
  rowTotals,
  columnTotals,
  sensitive: true,
  ...(links ? { links } : {}),
});

const oneWay = (key: string, counts: number[], grandTotal: string): CountTableSpec => ({
  key,
  rows: counts.map((_, i) => `r${i}`),
  columns: ['n'],
  cells: counts.map((c) => [c]),
  rowTotals: false,
  columnTotals: true,
  sensitive: true,
  links: { grandTotal },
});

const singleTable: fc.Arbitrary<Scenario> = fc
  .record({
    rows: fc.integer({ min: 2, max: 5 }),
    cols: fc.integer({ min: 2, max: 5 }),
    rowTotals: fc.boolean(),
    columnTotals: fc.boolean(),
  })
  .chain((shape) =>
    grid(shape.rows, shape.cols).map((cells) => ({
      specs: [twoWay('t', cells, shape.rowTotals, shape.columnTotals)],
      sameCount: [],
    })),
  );

const sharedTotal: fc.Arbitrary<Scenario> = fc
  .record({
    first: fc.array(count, { minLength: 2, maxLength: 5 }),
    tables: fc.integer({ min: 2, max: 3 }),
    size: fc.integer({ min: 2, max: 5 }),
  })
  .chain(({ first, tables, size }) =>
    fc
      .array(composition(sum(first), size), { minLength: tables - 1, maxLength: tables - 1 })
      .map((others) => {
        const all = [first, ...others];
        return {
          specs: all.map((counts, i) => oneWay(`t${i}`, counts, 'children')),
          sameCount: [all.map((_, i) => ({ table: `t${i}`, at: 'grand' as const }))],
        };
      }),
  );

const sharedRowTotals: fc.Arbitrary<Scenario> = fc
  .record({
    rows: fc.integer({ min: 2, max: 3 }),
    cols: fc.integer({ min: 2, max: 3 }),
    cols2: fc.integer({ min: 2, max: 3 }),
  })
  .chain(({ rows, cols, cols2 }) =>
    grid(rows, cols).chain((first) =>
      fc.tuple(...first.map((row) => composition(sum(row), cols2))).map((second) => {
        const links = { grandTotal: 'all', rowTotals: first.map((_, r) => `district${r}`) };
        return {
          specs: [twoWay('a', first, true, true, links), twoWay('b', second, true, true, links)],
          sameCount: [
            [
              { table: 'a', at: 'grand' as const },
              { table: 'b', at: 'grand' as const },
            ],
            ...first.map((_, r) => [
              { table: 'a', at: { row: r } },
              { table: 'b', at: { row: r } },
            ]),
          ],
        };
      }),
    ),
  );

/** What a reader sees: a variable per printed number, its equations, the hidden ones. */
function readerSystem(tables: Map<string, PublishedTable>, specs: CountTableSpec[], scenario: Scenario) {
  const values = new Map<string, number>();
  const hidden = new Set<string>();
  const equations: Equation[] = [];
  const note = (name: string, cell: PublishedCell, truth: number) => {
    values.set(name, truth);
    if (cell.kind === 'suppressed') hidden.add(name);
    else expect(cell.value).toBe(truth);
  };
  for (const spec of specs) {
    const t = tables.get(spec.key)!;
    const k = spec.key;
    const rowSums = spec.cells.map((row) => sum(row));
    spec.cells.forEach((row, r) => row.forEach((x, c) => note(`${k}:${r}:${c}`, t.rows[r]!.cells[c]!, x)));
    t.rows.forEach((row, r) => {
      if (!row.total) return;
      note(`${k}:${r}:T`, row.total, rowSums[r]!);
      equations.push({ parts: spec.columns.map((_, c) => `${k}:${r}:${c}`), total: `${k}:${r}:T` });
    });
    if (t.totalRow) {
      spec.columns.forEach((_, c) => {
        note(`${k}:T:${c}`, t.totalRow!.cells[c]!, sum(spec.cells.map((row) => row[c]!)));
        equations.push({ parts: spec.rows.map((_, r) => `${k}:${r}:${c}`), total: `${k}:T:${c}` });
      });
      if (t.totalRow.total) {
        note(`${k}:T:T`, t.totalRow.total, sum(rowSums));
        equations.push({ parts: spec.rows.map((_, r) => `${k}:${r}:T`), total: `${k}:T:T` });
        equations.push({ parts: spec.columns.map((_, c) => `${k}:T:${c}`), total: `${k}:T:T` });
      }
    }
  }
  const nameOf = (ref: Scenario['sameCount'][number][number]) => {
    const spec = specs.find((s) => s.key === ref.table)!;
    if (ref.at === 'grand') return spec.columns.length === 1 ? `${ref.table}:T:0` : `${ref.table}:T:T`;
    return `${ref.table}:${ref.at.row}:T`;
  };
  for (const group of scenario.sameCount) {
    const [first, ...rest] = group.map(nameOf);
    for (const other of rest) equations.push({ parts: [first!], total: other });
  }
  return { values, hidden, equations };
}

function check(scenario: Scenario) {
  const report = publishTables(scenario.specs, threshold);
  const { values, hidden, equations } = readerSystem(report.tables, scenario.specs, scenario);
  for (const name of hidden) {
    // Zeros are never hidden; every small count is.
    expect(values.get(name)).toBeGreaterThan(0);
  }
  for (const [name, truth] of values) {
    if (truth >= 1 && truth < threshold)
      expect(hidden.has(name), `${name} = ${truth} is published`).toBe(true);
  }
  for (const name of hidden) {
    const range = feasibleRange(equations, values, hidden, name);
    expect(range.min, `${name} = ${values.get(name)} must lie in its own range`).toBeLessThanOrEqual(
      values.get(name)!,
    );
    expect(range.max).toBeGreaterThanOrEqual(values.get(name)!);
    expect(range.min < range.max, `${name} = ${values.get(name)} can be worked out`).toBe(true);
  }
}

describe('no hidden count can be worked out from what is published', () => {
  it('one two-way table with any combination of margins', () => {
    fc.assert(fc.property(singleTable, check), { numRuns: 1000 });
  });

  it('one-way tables sharing their total (the same children broken down several ways)', () => {
    fc.assert(fc.property(sharedTotal, check), { numRuns: 300 });
  });

  it('two two-way tables sharing their row totals and grand total', () => {
    fc.assert(fc.property(sharedRowTotals, check), { numRuns: 300 });
  });
});
