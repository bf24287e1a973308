// The report's overview: key figures, targets against outcome, groups per
// format and the feedback log's categories.
import type { ReportCell, ReportRow, ReportTable } from '../ipc/reports';
import { feedbackCategories, programmeFormats } from '../support-groups/vocabulary';
import { feeIncomeCell } from './economy-tables';
import type { ReportFacts } from './facts';
import { feedbackCategoryLabels, formatLabels } from './labels';
import { count, fromPublished, percent, plainTable, row, text, type ReportContext } from './report-cells';

const heldGroups = (facts: ReportFacts) =>
  facts.groups.filter((g) => g.status === 'running' || g.status === 'finished');

export function summaryTable(ctx: ReportContext): ReportTable {
  const { facts, published, childrenCell, unless } = ctx;
  const figure = (key: string) => fromPublished(published.tables.get(key)!.rows[0]!.cells[0]!);
  const ps = facts.participations;
  const held = heldGroups(facts);
  const attended = ps.reduce((n, p) => n + p.sessionsAttended, 0);
  const recorded = ps.reduce((n, p) => n + p.sessionsRecorded, 0);
  const completed = ps.filter((p) => p.outcome === 'completed').length;
  const dropped = ps.filter((p) => p.outcome === 'droppedOut').length;
  const summary = plainTable(
    'summary',
    'Nyckeltal',
    `Perioden ${facts.period.from} – ${facts.period.to}.`,
    'Uppgift',
    ['Värde'],
    [
      row('Barn som deltagit', [childrenCell]),
      row('Grupper som genomförts eller pågår', [count(held.length)]),
      row('Träffar som hållits', [count(facts.sessionsHeld)]),
      row('Närvaro (andel registrerade träffar med barnet närvarande)', [
        unless('attendanceRate', percent(attended, recorded)),
      ]),
      row('Genomförandegrad (genomförde av dem som avslutat)', [
        unless('completionRate', percent(completed, completed + dropped)),
      ]),
      row('Barn på väntelistan vid periodens slut', [figure('waiting')]),
      row('Orosanmälningar (antal)', [figure('concern')]),
      row('Avgiftsintäkter för barn från andra kommuner', [feeIncomeCell(ctx)]),
    ],
  );
  summary.protected = true;
  return summary;
}

export function targetsTable({
  facts,
  published,
  childrenCell,
  agreementIndex,
  labelOf,
}: ReportContext): ReportTable {
  const heldPer = new Map<number, number>();
  for (const g of heldGroups(facts)) heldPer.set(g.agreementId, (heldPer.get(g.agreementId) ?? 0) + 1);
  const targetRows = facts.targets.map((t) => {
    const label = labelOf(t.agreementId);
    const groups = heldPer.get(t.agreementId) ?? 0;
    let children: ReportCell;
    if (facts.scope.kind === 'all') {
      const index = agreementIndex.get(t.agreementId)!;
      children = fromPublished(published.tables.get('perAgreement')!.rows[index]!.cells[0]!);
    } else children = childrenCell;
    const target = (n: number | null): ReportCell => (n === null ? text('Inget mål') : count(n));
    return row(label, [target(t.groupsPerYear), count(groups), target(t.childrenPerYear), children]);
  });
  const targetsTable = plainTable(
    'targets',
    'Mål och utfall',
    facts.periodKind === 'year'
      ? 'Överenskommelsens mål per år jämfört med utfallet för året.'
      : 'Målen gäller per år; utfallet gäller perioden.',
    'Överenskommelse',
    ['Mål, grupper per år', 'Utfall, grupper', 'Mål, barn per år', 'Utfall, barn'],
    targetRows,
  );
  targetsTable.protected = true;
  return targetsTable;
}

export function groupsByFormatTable(facts: ReportFacts): ReportTable {
  const formatRows = programmeFormats.map((f) => {
    const of = facts.groups.filter((g) => g.format === f);
    const n = (s: string) => of.filter((g) => g.status === s).length;
    return row(formatLabels[f], [
      count(n('finished')),
      count(n('running')),
      count(n('planned') + n('open')),
      count(n('cancelled')),
      count(of.length),
    ]);
  });
  const sumColumn = (rows: ReportRow[], i: number) =>
    rows.reduce(
      (n, r) => n + (r.cells[i]!.kind === 'count' ? (r.cells[i] as { value: number }).value : 0),
      0,
    );
  return plainTable(
    'groupsByFormat',
    'Grupper per format',
    'Grupper som startar under perioden (en stödhelg som delats i åldersgrupper räknas en gång).',
    'Format',
    ['Avslutade', 'Pågår', 'Planerade', 'Inställda', 'Totalt'],
    [
      ...formatRows,
      row(
        'Totalt',
        [0, 1, 2, 3, 4].map((i) => count(sumColumn(formatRows, i))),
        true,
      ),
    ],
    4,
  );
}

export function feedbackTable(facts: ReportFacts): ReportTable {
  const feedbackRows = feedbackCategories.map((c) => {
    const of = facts.feedback.filter((f) => f.category === c);
    return row(feedbackCategoryLabels[c], [count(of.length), count(of.filter((f) => f.closed).length)]);
  });
  return plainTable(
    'feedback',
    'Synpunkter och klagomål',
    'Inkomna under perioden och hur många av dem som är avslutade.',
    'Kategori',
    ['Inkomna', 'Varav avslutade'],
    [
      ...feedbackRows,
      row(
        'Totalt',
        [count(facts.feedback.length), count(facts.feedback.filter((f) => f.closed).length)],
        true,
      ),
    ],
  );
}
