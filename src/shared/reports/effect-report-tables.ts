// The effect section of a report: one table per instrument, scale and
// comparison, from the suppressed effect tables (effect-evaluation/
// effect-tables.ts). Aggregates only: n, means, the change with its 95 %
// interval, d_z and the shares that changed reliably; a hidden row shows
// the hidden mark in every column.
import type { EffectTable } from '../ipc/effect-evaluation';
import type { ReportCell, ReportTable } from '../ipc/reports';
import { comparisonLabels, respondentLabels } from '../effect-evaluation/vocabulary';
import { count, percent, row, text } from './report-cells';

export const effectColumns = [
  'Antal med svar före och efter',
  'Medel före',
  'Medel efter',
  'Förändring',
  '95 % KI, nedre',
  '95 % KI, övre',
  'Effektstorlek (d_z)',
  'Förbättrade',
  'Oförändrade',
  'Försämrade',
];

const decimal = (value: number | null, digits = 2): ReportCell =>
  value === null ? text('–') : { kind: 'decimal', value, digits };
const share = (value: number): ReportCell => percent(Math.round(value * 1000), 1000);

function cells(r: EffectTable['rows'][number]): ReportCell[] {
  if (r.hidden !== null || r.n === null || r.stats === null)
    return effectColumns.map(() => ({ kind: 'suppressed', reason: r.hidden ?? 'complementary' }));
  const s = r.stats;
  return [
    count(r.n),
    decimal(s.meanBefore),
    decimal(s.meanAfter),
    decimal(s.meanChange),
    decimal(s.ciLow),
    decimal(s.ciHigh),
    decimal(s.dz),
    share(s.improved),
    share(s.unchanged),
    share(s.worse),
  ];
}

export const effectTableTitle = (t: Pick<EffectTable, 'instrumentName' | 'scaleName' | 'comparison'>) =>
  `${t.instrumentName}: ${t.scaleName}, ${comparisonLabels[t.comparison].toLowerCase()}`;

export function effectReportTables(tables: readonly EffectTable[]): ReportTable[] {
  return tables.map((t) => ({
    key: `effect-${t.key}`,
    title: effectTableTitle(t),
    description: `Svarar: ${respondentLabels[t.respondent].toLowerCase()}. Förändring = efter − före, med 95 % konfidensintervall (t-fördelningen). d_z = förändringen delad med förändringarnas standardavvikelse. Förbättrade och försämrade: tillförlitlig förändring (RCI bortom ±1,96).`,
    rowHeader: 'Grupp, program',
    columns: effectColumns,
    rows: t.rows.map((r) => row(r.label, cells(r), r.level !== 'group')),
    chartColumn: null,
    protected: true,
  }));
}
