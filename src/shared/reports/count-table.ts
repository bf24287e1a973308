// Report tables as grids of counts with row and column totals, turned into
// the variables and equations of the suppression model (suppression.ts) and
// back into published tables where a hidden cell is only a mark.
import { suppress, type Equation, type SuppressionReason } from './suppression';

export interface CountTableSpec {
  key: string;
  rows: readonly string[];
  columns: readonly string[];
  /** cells[row][column]. */
  cells: readonly (readonly number[])[];
  /** A total per row (only with more than one column). */
  rowTotals: boolean;
  /** A total row under the table (the sum of each column). */
  columnTotals: boolean;
  /** Counts of children: primary suppression applies. */
  sensitive: boolean;
  totalLabel?: string;
  /**
   * Variable names shared with other tables of the same report: the same
   * count shown twice must be one variable, or a reader could combine tables
   * the suppression never looked at together.
   */
  links?: {
    grandTotal?: string;
    rowTotals?: readonly (string | undefined)[];
    columnTotals?: readonly (string | undefined)[];
  };
}

/** A figure computed from counts (a rate, a fee income): hidden when any count it rests on is hidden. */
export interface DerivedSpec {
  key: string;
  dependsOn: readonly string[];
}

export type PublishedCell =
  { kind: 'count'; value: number } | { kind: 'suppressed'; reason: SuppressionReason };

export interface PublishedRow {
  label: string;
  cells: PublishedCell[];
  /** The row's total, when the table has row totals. */
  total: PublishedCell | null;
}

export interface PublishedTable {
  key: string;
  columns: string[];
  rows: PublishedRow[];
  /** The total row, when the table has column totals. */
  totalRow: PublishedRow | null;
}

export interface PublishedReport {
  tables: Map<string, PublishedTable>;
  /** Derived figures that must be hidden. */
  hiddenDerived: Set<string>;
  /** How many variables were hidden, by reason. */
  counts: Record<SuppressionReason, number>;
}

interface TableVariables {
  cell: (r: number, c: number) => string;
  rowTotal: (r: number) => string | null;
  columnTotal: (c: number) => string | null;
  grandTotal: string | null;
}

function variablesOf(spec: CountTableSpec): TableVariables {
  const single = spec.columns.length === 1;
  const hasRowTotals = spec.rowTotals && !single;
  const grand = spec.links?.grandTotal ?? `${spec.key}[Σ][Σ]`;
  return {
    cell: (r, c) => `${spec.key}[${r}][${c}]`,
    rowTotal: (r) => (hasRowTotals ? (spec.links?.rowTotals?.[r] ?? `${spec.key}[${r}][Σ]`) : null),
    // A one-column table's total is its grand total.
    columnTotal: (c) =>
      spec.columnTotals ? (single ? grand : (spec.links?.columnTotals?.[c] ?? `${spec.key}[Σ][${c}]`)) : null,
    // Published in the corner only when both margins are (or as a one-column table's total).
    grandTotal: spec.columnTotals && (single || hasRowTotals) ? grand : null,
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function checkShape(spec: CountTableSpec): void {
  if (
    spec.cells.length !== spec.rows.length ||
    spec.cells.some((row) => row.length !== spec.columns.length)
  ) {
    throw new Error(`table ${spec.key}: cells do not match rows and columns`);
  }
  if (spec.cells.some((row) => row.some((x) => !Number.isSafeInteger(x) || x < 0))) {
    throw new Error(`table ${spec.key}: counts must be non-negative integers`);
  }
}

/** Suppresses across all tables at once (they are linked) and returns what may be published. */
export function publishTables(
  specs: readonly CountTableSpec[],
  threshold: number,
  derived: readonly DerivedSpec[] = [],
): PublishedReport {
  const values = new Map<string, number>();
  const sensitive = new Set<string>();
  const totals = new Set<string>();
  const equations: Equation[] = [];
  const define = (name: string, value: number, spec: CountTableSpec, isTotal: boolean) => {
    const known = values.get(name);
    if (known !== undefined && known !== value)
      throw new Error(`linked count ${name} differs between tables (${known} ≠ ${value})`);
    values.set(name, value);
    if (spec.sensitive) sensitive.add(name);
    if (isTotal) totals.add(name);
  };

  const layouts = new Map<string, TableVariables>();
  for (const spec of specs) {
    checkShape(spec);
    const v = variablesOf(spec);
    layouts.set(spec.key, v);
    const nRows = spec.rows.length;
    const nCols = spec.columns.length;
    for (let r = 0; r < nRows; r++)
      for (let c = 0; c < nCols; c++) define(v.cell(r, c), spec.cells[r]![c]!, spec, false);
    const rowSums = spec.cells.map((row) => sum(row));
    const colSums = spec.columns.map((_, c) => sum(spec.cells.map((row) => row[c]!)));
    const rowTotalNames: string[] = [];
    for (let r = 0; r < nRows; r++) {
      const name = v.rowTotal(r);
      if (name === null) continue;
      define(name, rowSums[r]!, spec, true);
      rowTotalNames.push(name);
      equations.push({ parts: spec.columns.map((_, c) => v.cell(r, c)), total: name });
    }
    const colTotalNames: string[] = [];
    for (let c = 0; c < nCols; c++) {
      const name = v.columnTotal(c);
      if (name === null) continue;
      define(name, colSums[c]!, spec, true);
      colTotalNames.push(name);
      equations.push({ parts: spec.rows.map((_, r) => v.cell(r, c)), total: name });
    }
    if (rowTotalNames.length > 0 && colTotalNames.length > 0 && nCols > 1) {
      const grand = v.grandTotal!;
      define(grand, sum(rowSums), spec, true);
      equations.push({ parts: rowTotalNames, total: grand });
      equations.push({ parts: colTotalNames, total: grand });
    }
  }

  const hidden = suppress({ values, sensitive, equations, threshold, totals });
  const cellOf = (name: string): PublishedCell => {
    const reason = hidden.get(name);
    return reason ? { kind: 'suppressed', reason } : { kind: 'count', value: values.get(name)! };
  };

  const tables = new Map<string, PublishedTable>();
  for (const spec of specs) {
    const v = layouts.get(spec.key)!;
    const rows = spec.rows.map((label, r) => {
      const total = v.rowTotal(r);
      return {
        label,
        cells: spec.columns.map((_, c) => cellOf(v.cell(r, c))),
        total: total === null ? null : cellOf(total),
      };
    });
    let totalRow: PublishedRow | null = null;
    if (spec.columnTotals) {
      const hasCorner = spec.columns.length > 1 && v.rowTotal(0) !== null;
      totalRow = {
        label: spec.totalLabel ?? 'Totalt',
        cells: spec.columns.map((_, c) => cellOf(v.columnTotal(c)!)),
        total: hasCorner ? cellOf(v.grandTotal!) : null,
      };
    }
    tables.set(spec.key, { key: spec.key, columns: [...spec.columns], rows, totalRow });
  }

  const hiddenDerived = new Set(
    derived.filter((d) => d.dependsOn.some((name) => hidden.has(name))).map((d) => d.key),
  );
  const counts = { primary: 0, complementary: 0 };
  for (const reason of hidden.values()) counts[reason]++;
  return { tables, hiddenDerived, counts };
}

/** The variable name of a cell, for derived figures that rest on it. */
export const cellVariable = (tableKey: string, row: number, column: number) =>
  `${tableKey}[${row}][${column}]`;
