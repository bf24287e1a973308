// The cells, rows and tables a report is made of, and the context every
// table builder shares: the facts and the counts as published after
// suppression.
import type { ReportCell, ReportRow, ReportTable } from '../ipc/reports';
import type { PublishedCell, PublishedReport } from './count-table';
import type { ReportFacts } from './facts';

export const count = (value: number): ReportCell => ({ kind: 'count', value });
export const money = (ore: number): ReportCell => ({ kind: 'money', ore });
export const text = (t: string): ReportCell => ({ kind: 'text', text: t });
export const percent = (part: number, whole: number): ReportCell => ({
  kind: 'percent',
  value: whole === 0 ? null : Math.round((part / whole) * 1000) / 10,
});
export const hidden: ReportCell = { kind: 'suppressed', reason: 'complementary' };
export const fromPublished = (c: PublishedCell): ReportCell =>
  c.kind === 'count' ? count(c.value) : { kind: 'suppressed', reason: c.reason };
export const row = (label: string, cells: ReportCell[], total = false): ReportRow => ({
  label,
  cells,
  total,
});

export function publishedTable(
  published: PublishedReport,
  key: string,
  spec: { title: string; description: string; rowHeader: string; chartColumn: number | null },
): ReportTable {
  const t = published.tables.get(key)!;
  const rows = t.rows.map((r) =>
    row(r.label, [...r.cells.map(fromPublished), ...(r.total ? [fromPublished(r.total)] : [])]),
  );
  if (t.totalRow)
    rows.push(
      row(
        t.totalRow.label,
        [
          ...t.totalRow.cells.map(fromPublished),
          ...(t.totalRow.total ? [fromPublished(t.totalRow.total)] : []),
        ],
        true,
      ),
    );
  return { key, ...spec, columns: t.columns, rows, protected: true };
}

export function plainTable(
  key: string,
  title: string,
  description: string,
  rowHeader: string,
  columns: string[],
  rows: ReportRow[],
  chartColumn: number | null = null,
): ReportTable {
  return { key, title, description, rowHeader, columns, rows, chartColumn, protected: false };
}

export interface ReportContext {
  facts: ReportFacts;
  published: PublishedReport;
  /** How many children took part, as published (it may be hidden). */
  childrenCell: ReportCell;
  /** Position of each agreement in `facts.agreements` (and in the per-agreement table). */
  agreementIndex: Map<number, number>;
  labelOf: (agreementId: number) => string;
  /** A derived figure, or the hidden mark when it would give a hidden count away. */
  unless: (key: string, cell: ReportCell) => ReportCell;
}

export function reportContext(facts: ReportFacts, published: PublishedReport): ReportContext {
  const agreementIndex = new Map(facts.agreements.map((a, i) => [a.id, i]));
  return {
    facts,
    published,
    childrenCell: fromPublished(published.tables.get('gender')!.totalRow!.cells[0]!),
    agreementIndex,
    labelOf: (id) => facts.agreements[agreementIndex.get(id) ?? -1]?.label ?? '',
    unless: (key, cell) => (published.hiddenDerived.has(key) ? hidden : cell),
  };
}
