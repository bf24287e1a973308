import { describe, expect, it } from 'vitest';
import { publishTables, type CountTableSpec, type PublishedCell, type PublishedTable } from './count-table';
import { suppress } from './suppression';

const marks = (table: PublishedTable) => ({
  cells: table.rows.map((r) => r.cells.map(mark)),
  rowTotals: table.rows.map((r) => (r.total ? mark(r.total) : null)),
  totalRow: table.totalRow
    ? [...table.totalRow.cells.map(mark), table.totalRow.total ? mark(table.totalRow.total) : null]
    : null,
});
/** A number, 'P' (hidden: small count) or 'C' (hidden: complementary). */
const mark = (c: PublishedCell) => (c.kind === 'count' ? c.value : c.reason === 'primary' ? 'P' : 'C');

const oneWay = (key: string, counts: number[], grandTotal?: string): CountTableSpec => ({
  key,
  rows: counts.map((_, i) => `${key}${i}`),
  columns: ['Antal'],
  cells: counts.map((c) => [c]),
  rowTotals: false,
  columnTotals: true,
  sensitive: true,
  ...(grandTotal ? { links: { grandTotal } } : {}),
});

const twoWay = (key: string, cells: number[][]): CountTableSpec => ({
  key,
  rows: cells.map((_, i) => `r${i}`),
  columns: cells[0]!.map((_, j) => `c${j}`),
  cells,
  rowTotals: true,
  columnTotals: true,
  sensitive: true,
});

describe('primary suppression', () => {
  it('hides a single small count that has no total beside it', () => {
    const report = publishTables([{ ...oneWay('concern', [3]), columnTotals: false }], 5);
    expect(marks(report.tables.get('concern')!).cells).toEqual([['P']]);
    expect(report.counts).toEqual({ primary: 1, complementary: 0 });
  });

  it('publishes zero and counts at or above the threshold', () => {
    const report = publishTables([{ ...oneWay('t', [0, 5, 12]), columnTotals: false }], 5);
    expect(marks(report.tables.get('t')!).cells).toEqual([[0], [5], [12]]);
  });

  it('follows the configured threshold', () => {
    const spec = { ...oneWay('t', [3, 4, 9]), columnTotals: false };
    expect(marks(publishTables([spec], 3).tables.get('t')!).cells).toEqual([[3], [4], [9]]);
    expect(marks(publishTables([spec], 10).tables.get('t')!).cells).toEqual([['P'], ['P'], ['P']]);
  });

  it('leaves counts that are not about children alone', () => {
    const report = publishTables([{ ...oneWay('groups', [1, 2, 9]), sensitive: false }], 5);
    expect(marks(report.tables.get('groups')!)).toEqual({
      cells: [[1], [2], [9]],
      rowTotals: [null, null, null],
      totalRow: [12, null],
    });
  });
});

describe('complementary suppression', () => {
  it('hides a second cell in a one-way table with a published total: the smallest non-zero one', () => {
    // 3 is small; with the total 27 published, 3 = 27 − 0 − 8 − 16. The next smallest non-zero (8) goes too; the zero does not protect.
    const report = publishTables([oneWay('gender', [3, 0, 8, 16])], 5);
    expect(marks(report.tables.get('gender')!)).toEqual({
      cells: [['P'], [0], ['C'], [16]],
      rowTotals: [null, null, null, null],
      totalRow: [27, null],
    });
  });

  it('hides complements across a row and a column of a two-way table', () => {
    const report = publishTables(
      [
        twoWay('t', [
          [2, 7, 9],
          [6, 8, 10],
          [11, 12, 13],
        ]),
      ],
      5,
    );
    // 2 needs a partner in its row (7) and its column (6); 7 and 6 then need partners in their column and row (8 closes the rectangle).
    expect(marks(report.tables.get('t')!).cells).toEqual([
      ['P', 'C', 9],
      ['C', 'C', 10],
      [11, 12, 13],
    ]);
    expect(marks(report.tables.get('t')!).rowTotals).toEqual([18, 24, 36]);
  });

  it('hides a second cell when a suppressed total is the only hidden member of an equation', () => {
    // Row 0 sums to 4: the row total is small, its cells 1 and 3 are small; the column totals then need partners.
    const report = publishTables(
      [
        twoWay('t', [
          [1, 3],
          [9, 8],
        ]),
      ],
      5,
    );
    const m = marks(report.tables.get('t')!);
    expect(m.cells[0]).toEqual(['P', 'P']);
    expect(m.rowTotals[0]).toBe('P');
    // Column 0: 1 hidden, so 9 must go too; then row 1 needs 8 hidden as well.
    expect(m.cells[1]).toEqual(['C', 'C']);
  });

  it('repairs a pattern the row-and-column rule accepts but the totals still solve (a bridge between two blocks)', () => {
    const cells = [
      [1, 2, 3, 10],
      [2, 1, 10, 10],
      [10, 10, 2, 1],
      [10, 10, 1, 2],
    ];
    const report = publishTables([twoWay('t', cells)], 5);
    const m = marks(report.tables.get('t')!);
    // Every row and column already has two or more small cells, yet 3 = (16 − 10) + (23 − 20) − (23 − 20) − (23 − 20) from the totals.
    // One more complement puts the 3 on a cycle of hidden cells.
    expect(report.counts.primary).toBe(9);
    expect(report.counts.complementary).toBe(1);
    const hiddenTens = m.cells.flat().filter((x, i) => x === 'C' && cells[Math.floor(i / 4)]![i % 4] === 10);
    expect(hiddenTens).toHaveLength(1);
  });

  it('links tables that break down the same total two ways', () => {
    // Both tables count the same 30 children. Gender hides 2 and 3 within itself; age bands hide 4 and then 6.
    const report = publishTables(
      [oneWay('gender', [2, 3, 25], 'children'), oneWay('age', [4, 6, 10, 10], 'children')],
      5,
    );
    expect(marks(report.tables.get('gender')!).cells).toEqual([['P'], ['P'], [25]]);
    expect(marks(report.tables.get('age')!).cells).toEqual([['P'], ['C'], [10], [10]]);
    expect(marks(report.tables.get('age')!).totalRow).toEqual([30, null]);
  });

  it('hides the shared total in every table once it is small, and then everything non-zero beside it', () => {
    const report = publishTables(
      [oneWay('gender', [1, 3, 0], 'children'), oneWay('age', [4, 0, 0], 'children')],
      5,
    );
    expect(marks(report.tables.get('gender')!)).toEqual({
      cells: [['P'], ['P'], [0]],
      rowTotals: [null, null, null],
      totalRow: ['P', null],
    });
    expect(marks(report.tables.get('age')!)).toEqual({
      cells: [['P'], [0], [0]],
      rowTotals: [null, null, null],
      totalRow: ['P', null],
    });
  });

  it('hides a derived figure (a rate) when a count it rests on is hidden', () => {
    const report = publishTables([oneWay('completion', [3, 20], 'enrolled')], 5, [
      { key: 'completionRate', dependsOn: ['completion[0][0]', 'enrolled'] },
      { key: 'enrolledShare', dependsOn: ['enrolled'] },
    ]);
    expect([...report.hiddenDerived]).toEqual(['completionRate']);
  });

  it('refuses linked tables that disagree about a shared count', () => {
    expect(() => publishTables([oneWay('a', [5, 5], 'n'), oneWay('b', [5, 6], 'n')], 5)).toThrow(/differs/);
  });
});

describe('the engine on raw equations', () => {
  it('never picks a zero as a complement', () => {
    const values = new Map([
      ['a', 2],
      ['b', 0],
      ['c', 0],
      ['t', 2],
    ]);
    const hidden = suppress({
      values,
      sensitive: new Set(values.keys()),
      equations: [{ parts: ['a', 'b', 'c'], total: 't' }],
      threshold: 5,
    });
    expect([...hidden.entries()].sort()).toEqual([
      ['a', 'primary'],
      ['t', 'primary'],
    ]);
  });
});
