// Turns report facts into the report: counts per table, suppression across
// all tables of the report at once (they share totals), then the tables a
// reader sees, with hidden figures as marks. Pure, so the same report comes
// out in the app, the PDF, the spreadsheet and the tests.
// The tables themselves are built in child-tables.ts, overview-tables.ts,
// economy-tables.ts and deadline-tables.ts.
import type { Report, ReportSection } from '../ipc/reports';
import { commitmentTable, deficiencyTable } from './commitment-tables';
import { childCountSpecs, childrenTotal, childSection } from './child-tables';
import { cellVariable, publishTables } from './count-table';
import { deadlineTable } from './deadline-tables';
import { effectTables } from '../effect-evaluation/effect-tables';
import { effectReportTables } from './effect-report-tables';
import { budgetTable, incomeTable } from './economy-tables';
import type { ReportFacts } from './facts';
import { suppressionNote } from './labels';
import { feedbackTable, groupsByFormatTable, summaryTable, targetsTable } from './overview-tables';
import { reportContext } from './report-cells';

export function reportTitle(facts: Pick<ReportFacts, 'kind' | 'period' | 'periodKind'>): string {
  if (facts.kind === 'steeringGroupStatus') return `Statusrapport till styrgruppen – ${facts.period.label}`;
  if (facts.periodKind === 'year') return `Årsrapport ${facts.period.label}`;
  return `Rapport ${facts.period.label}`;
}

export function buildReport(facts: ReportFacts): Report {
  const specs = childCountSpecs(facts);
  const other = 1; // the "Annan kommun" row of the municipality table
  const published = publishTables(specs, facts.threshold, [
    { key: 'attendanceRate', dependsOn: [childrenTotal] },
    {
      key: 'completionRate',
      dependsOn: [cellVariable('completion', 0, 0), cellVariable('completion', 1, 0)],
    },
    { key: 'feeIncome', dependsOn: [cellVariable('municipality', other, 0)] },
  ]);
  const ctx = reportContext(facts, published);
  const effect = effectTables(facts.effect, facts.agreements, facts.threshold, facts.scope.kind === 'agreement');
  const sections: ReportSection[] = [
    { key: 'summary', title: 'Sammanfattning', tables: [summaryTable(ctx), targetsTable(ctx)] },
    { key: 'groups', title: 'Grupper', tables: [groupsByFormatTable(facts)] },
    { key: 'children', title: 'Deltagande barn', tables: childSection(ctx) },
    { key: 'feedback', title: 'Synpunkter och klagomål', tables: [feedbackTable(facts)] },
    { key: 'economy', title: 'Ekonomi', tables: [budgetTable(ctx), incomeTable(ctx)] },
    { key: 'deadlines', title: 'Tidsplan och uppföljning', tables: [deadlineTable(facts)] },
    ...(effect.tables.length > 0
      ? [{ key: 'effect', title: 'Effekt av grupperna', tables: effectReportTables(effect.tables) }]
      : []),
    {
      key: 'commitments',
      title: facts.kind === 'steeringGroupStatus' ? 'Åtaganden och brister' : 'Åtaganden',
      tables:
        facts.kind === 'steeringGroupStatus' ? [commitmentTable(ctx), deficiencyTable(ctx)] : [commitmentTable(ctx)],
    },
  ];
  return {
    title: reportTitle(facts),
    kind: facts.kind,
    scope: facts.scope,
    period: facts.period,
    generatedAt: facts.generatedAt,
    threshold: facts.threshold,
    suppressed: {
      primary: published.counts.primary + effect.counts.primary,
      complementary: published.counts.complementary + effect.counts.complementary,
    },
    suppressionNote: suppressionNote(facts.threshold),
    sections,
  };
}
