// Turns report facts into the report: counts per table, suppression across
// all tables of the report at once (they share totals), then the tables a
// reader sees, with hidden figures as marks. Pure, so the same report comes
// out in the app, the PDF, the spreadsheet and the tests.
import type { Report, ReportCell, ReportRow, ReportSection, ReportTable } from '../ipc/reports';
import { feedbackCategories, genders, placementBases, programmeFormats } from '../support-groups/vocabulary';
import { ageBands, type AgeBand } from './age-bands';
import {
  cellVariable,
  publishTables,
  type CountTableSpec,
  type PublishedCell,
  type PublishedReport,
} from './count-table';
import type { Participation, ReportFacts } from './facts';
import {
  ageBandLabels,
  deadlineStateLabels,
  feedbackCategoryLabels,
  formatLabels,
  genderLabels,
  placementLabels,
  protectedDistrict,
  suppressionNote,
  unknownDistrict,
} from './labels';

const count = (value: number): ReportCell => ({ kind: 'count', value });
const money = (ore: number): ReportCell => ({ kind: 'money', ore });
const text = (t: string): ReportCell => ({ kind: 'text', text: t });
const percent = (part: number, whole: number): ReportCell => ({
  kind: 'percent',
  value: whole === 0 ? null : Math.round((part / whole) * 1000) / 10,
});
const hidden: ReportCell = { kind: 'suppressed', reason: 'complementary' };
const fromPublished = (c: PublishedCell): ReportCell =>
  c.kind === 'count' ? count(c.value) : { kind: 'suppressed', reason: c.reason };
const row = (label: string, cells: ReportCell[], total = false): ReportRow => ({ label, cells, total });

/** The variable every breakdown of the children shares: how many children took part. */
const childrenTotal = 'children';
const participationsTotal = 'participations';

/** Each person once, described by their first participation in the period. */
function firstParticipations(participations: readonly Participation[]): Participation[] {
  const first = new Map<string, Participation>();
  for (const p of participations) {
    const seen = first.get(p.personKey);
    if (
      !seen ||
      p.groupStart < seen.groupStart ||
      (p.groupStart === seen.groupStart && p.groupId < seen.groupId)
    )
      first.set(p.personKey, p);
  }
  return [...first.values()];
}

function tally<K extends string>(keys: readonly K[], values: readonly K[]): number[] {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return keys.map((k) => counts.get(k) ?? 0);
}

const breakdown = (key: string, labels: readonly string[], counts: readonly number[]): CountTableSpec => ({
  key,
  rows: labels,
  columns: ['Antal barn'],
  cells: counts.map((n) => [n]),
  rowTotals: false,
  columnTotals: true,
  sensitive: true,
  links: { grandTotal: childrenTotal },
});

const single = (key: string, value: number): CountTableSpec => ({
  key,
  rows: [key],
  columns: ['Antal'],
  cells: [[value]],
  rowTotals: false,
  columnTotals: false,
  sensitive: true,
});

function childTables(facts: ReportFacts) {
  const persons = firstParticipations(facts.participations);
  // Bands outside 6–24 and unknown ages appear only when someone is in them.
  const bandCounts = tally<AgeBand>(
    ageBands,
    persons.map((p) => p.ageBand),
  );
  const bands = ageBands.filter((b, i) => !(b === 'other' || b === 'unknown') || bandCounts[i]! > 0);
  const districts = [
    ...new Set(persons.map((p) => p.district).filter((d): d is string => d !== null && d !== '')),
  ].sort((a, b) => a.localeCompare(b, 'sv'));
  const districtKeys = [
    ...districts,
    ...(persons.some((p) => p.district === '') ? [''] : []),
    ...(persons.some((p) => p.district === null) ? [null] : []),
  ];
  const completion = tally(
    ['completed', 'droppedOut', 'ongoing'],
    facts.participations.map((p) => p.outcome),
  );

  const specs: CountTableSpec[] = [
    breakdown(
      'ageBand',
      bands.map((b) => ageBandLabels[b]),
      bands.map((b) => bandCounts[ageBands.indexOf(b)]!),
    ),
    breakdown(
      'gender',
      genders.map((g) => genderLabels[g]),
      tally(
        genders,
        persons.map((p) => p.gender),
      ),
    ),
    breakdown(
      'district',
      districtKeys.map((d) => (d === null ? protectedDistrict : d === '' ? unknownDistrict : d)),
      districtKeys.map((d) => persons.filter((p) => p.district === d).length),
    ),
    breakdown(
      'placement',
      placementBases.map((b) => placementLabels[b]),
      tally(
        placementBases,
        persons.map((p) => p.placementBasis),
      ),
    ),
    breakdown(
      'municipality',
      ['Egen kommun', 'Annan kommun'],
      [persons.filter((p) => !p.otherMunicipality).length, persons.filter((p) => p.otherMunicipality).length],
    ),
    {
      key: 'completion',
      rows: ['Genomförde gruppen', 'Avbröt efter start', 'Deltar fortfarande'],
      columns: ['Antal deltaganden'],
      cells: completion.map((n) => [n]),
      rowTotals: false,
      columnTotals: true,
      sensitive: true,
      // The same number shown twice must be one variable; when the counts happen to be equal, treat them as one (only stricter).
      links: {
        grandTotal: facts.participations.length === persons.length ? childrenTotal : participationsTotal,
      },
    },
    single('waiting', facts.waitingAtEnd),
    single('concern', facts.concernReports),
  ];
  if (facts.scope.kind === 'all') {
    const personsPerAgreement = new Map<number, Set<string>>();
    for (const p of facts.participations) {
      const set = personsPerAgreement.get(p.agreementId) ?? new Set<string>();
      set.add(p.personKey);
      personsPerAgreement.set(p.agreementId, set);
    }
    const perAgreement = facts.agreements.map((a) => personsPerAgreement.get(a.id)?.size ?? 0);
    const sum = perAgreement.reduce((a, b) => a + b, 0);
    specs.push({
      key: 'perAgreement',
      rows: facts.agreements.map((a) => a.label),
      columns: ['Antal barn'],
      cells: perAgreement.map((n) => [n]),
      rowTotals: false,
      columnTotals: true,
      sensitive: true,
      totalLabel: 'Summa (ett barn kan räknas i flera överenskommelser)',
      ...(sum === persons.length ? { links: { grandTotal: childrenTotal } } : {}),
    });
  }
  return specs;
}

function publishedTable(
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

function plainTable(
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

export function reportTitle(facts: Pick<ReportFacts, 'kind' | 'period' | 'periodKind'>): string {
  if (facts.kind === 'steeringGroupStatus') return `Statusrapport till styrgruppen – ${facts.period.label}`;
  if (facts.periodKind === 'year') return `Årsrapport ${facts.period.label}`;
  return `Rapport ${facts.period.label}`;
}

/** One agreement: every deadline with its date and state. */
function deadlineList(facts: ReportFacts, title: string): ReportTable {
  return plainTable(
    'deadlines',
    title,
    'Uppföljningar, möten, utbetalningar och datum för överenskommelsen.',
    'Datum',
    ['Vad', 'Status'],
    facts.deadlines.map((d) => row(d.date, [text(d.what), text(deadlineStateLabels[d.state])])),
  );
}

/** Across agreements a list would run to thousands of rows: count them per kind and state instead. */
function deadlineCounts(facts: ReportFacts, title: string): ReportTable {
  const states = ['overdue', 'due', 'later', 'done', 'past'] as const;
  const categories = [...new Set(facts.deadlines.map((d) => d.category))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
  const tally = new Map<string, number>();
  for (const d of facts.deadlines)
    tally.set(`${d.category}|${d.state}`, (tally.get(`${d.category}|${d.state}`) ?? 0) + 1);
  const rows = categories.map((c) =>
    row(c, [
      ...states.map((s) => count(tally.get(`${c}|${s}`) ?? 0)),
      count(facts.deadlines.filter((d) => d.category === c).length),
    ]),
  );
  rows.push(
    row(
      'Totalt',
      [
        ...states.map((s) => count(facts.deadlines.filter((d) => d.state === s).length)),
        count(facts.deadlines.length),
      ],
      true,
    ),
  );
  return plainTable(
    'deadlines',
    title,
    'Antal tidpunkter i alla överenskommelser, per slag och status. Varje överenskommelses egen rapport listar dem.',
    'Slag',
    [...states.map((s) => deadlineStateLabels[s]), 'Totalt'],
    rows,
  );
}

export function buildReport(facts: ReportFacts): Report {
  const specs = childTables(facts);
  const other = 1; // the "Annan kommun" row of the municipality table
  const published = publishTables(specs, facts.threshold, [
    { key: 'attendanceRate', dependsOn: [childrenTotal] },
    {
      key: 'completionRate',
      dependsOn: [cellVariable('completion', 0, 0), cellVariable('completion', 1, 0)],
    },
    { key: 'feeIncome', dependsOn: [cellVariable('municipality', other, 0)] },
  ]);
  const figure = (key: string) => fromPublished(published.tables.get(key)!.rows[0]!.cells[0]!);
  const childrenCell = fromPublished(published.tables.get('gender')!.totalRow!.cells[0]!);
  const ps = facts.participations;
  const held = facts.groups.filter((g) => g.status === 'running' || g.status === 'finished');
  const indexOf = new Map(facts.agreements.map((a, i) => [a.id, i]));
  const labelOf = (id: number) => facts.agreements[indexOf.get(id) ?? -1]?.label ?? '';
  const heldPer = new Map<number, number>();
  for (const g of held) heldPer.set(g.agreementId, (heldPer.get(g.agreementId) ?? 0) + 1);
  const attended = ps.reduce((n, p) => n + p.sessionsAttended, 0);
  const recorded = ps.reduce((n, p) => n + p.sessionsRecorded, 0);
  const completed = ps.filter((p) => p.outcome === 'completed').length;
  const dropped = ps.filter((p) => p.outcome === 'droppedOut').length;
  const fee = ps.reduce((n, p) => n + p.feeOre, 0);
  const unless = (key: string, cell: ReportCell) => (published.hiddenDerived.has(key) ? hidden : cell);

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
      row('Avgiftsintäkter för barn från andra kommuner', [unless('feeIncome', money(fee))]),
    ],
  );
  summary.protected = true;

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
  const groupsTable = plainTable(
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

  const childSection: ReportTable[] = [
    publishedTable(published, 'ageBand', {
      title: 'Barn per åldersgrupp',
      description: 'Ålder när barnets första grupp under perioden startade.',
      rowHeader: 'Åldersgrupp',
      chartColumn: 0,
    }),
    publishedTable(published, 'gender', {
      title: 'Barn per kön',
      description: 'Varje barn räknas en gång.',
      rowHeader: 'Kön',
      chartColumn: 0,
    }),
    publishedTable(published, 'district', {
      title: 'Barn per stadsdel',
      description: 'Barn med skyddade personuppgifter räknas men redovisas inte per stadsdel.',
      rowHeader: 'Stadsdel',
      chartColumn: 0,
    }),
    publishedTable(published, 'placement', {
      title: 'Barn per placeringsform',
      description: 'Grund för placeringen.',
      rowHeader: 'Placering',
      chartColumn: 0,
    }),
    publishedTable(published, 'municipality', {
      title: 'Barn från egen och annan kommun',
      description: 'Barn från andra kommuner tar fria platser mot avgift.',
      rowHeader: 'Hemkommun',
      chartColumn: 0,
    }),
    publishedTable(published, 'completion', {
      title: 'Genomförande',
      description: 'Deltaganden i grupper som startar under perioden (ett barn kan delta i flera grupper).',
      rowHeader: 'Utfall',
      chartColumn: null,
    }),
  ];
  if (facts.scope.kind === 'all') {
    childSection.push(
      publishedTable(published, 'perAgreement', {
        title: 'Barn per överenskommelse',
        description: 'Barn som deltagit, per överenskommelse.',
        rowHeader: 'Överenskommelse',
        chartColumn: 0,
      }),
    );
  }

  const targetRows = facts.targets.map((t) => {
    const label = labelOf(t.agreementId);
    const groups = heldPer.get(t.agreementId) ?? 0;
    let children: ReportCell;
    if (facts.scope.kind === 'all') {
      const index = indexOf.get(t.agreementId)!;
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

  const feedbackRows = feedbackCategories.map((c) => {
    const of = facts.feedback.filter((f) => f.category === c);
    return row(feedbackCategoryLabels[c], [count(of.length), count(of.filter((f) => f.closed).length)]);
  });
  const feedbackTable = plainTable(
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

  const many = facts.agreements.length > 1;
  const budgetRows: ReportRow[] = [];
  let budgetSum = 0;
  let actualSum = 0;
  for (const b of facts.budget) {
    const prefix = `${b.year}${many ? ` · ${labelOf(b.agreementId)}` : ''}`;
    for (const l of b.lines) {
      budgetSum += l.budget;
      actualSum += l.actual ?? 0;
      budgetRows.push(
        row(`${prefix} · ${l.label}`, [
          money(l.budget),
          l.actual === null ? { kind: 'empty' } : money(l.actual),
          l.actual === null ? { kind: 'empty' } : money(l.actual - l.budget),
        ]),
      );
    }
  }
  budgetRows.push(row('Totalt', [money(budgetSum), money(actualSum), money(actualSum - budgetSum)], true));
  const budgetTable = plainTable(
    'budget',
    'Budget och utfall',
    'Per budgetpost. Utfall enligt den ekonomiska redovisningen; tom ruta = inget utfall registrerat.',
    'Budgetpost',
    ['Budget', 'Utfall', 'Avvikelse'],
    budgetRows,
  );

  const incomeTable = plainTable(
    'income',
    'Avgiftsintäkter',
    'Fria platser för barn från andra kommuner.',
    'Intäkt',
    ['Belopp'],
    [row('Avgifter för barn från andra kommuner', [unless('feeIncome', money(fee))])],
  );
  incomeTable.protected = true;

  const deadlineTitle =
    facts.kind === 'steeringGroupStatus' ? 'Kommande och försenade tidpunkter' : 'Tidpunkter under perioden';
  const deadlineTable =
    facts.scope.kind === 'all' ? deadlineCounts(facts, deadlineTitle) : deadlineList(facts, deadlineTitle);

  const sections: ReportSection[] = [
    { key: 'summary', title: 'Sammanfattning', tables: [summary, targetsTable] },
    { key: 'groups', title: 'Grupper', tables: [groupsTable] },
    { key: 'children', title: 'Deltagande barn', tables: childSection },
    { key: 'feedback', title: 'Synpunkter och klagomål', tables: [feedbackTable] },
    { key: 'economy', title: 'Ekonomi', tables: [budgetTable, incomeTable] },
    { key: 'deadlines', title: 'Tidsplan och uppföljning', tables: [deadlineTable] },
  ];
  return {
    title: reportTitle(facts),
    kind: facts.kind,
    scope: facts.scope,
    period: facts.period,
    generatedAt: facts.generatedAt,
    threshold: facts.threshold,
    suppressed: published.counts,
    suppressionNote: suppressionNote(facts.threshold),
    sections,
  };
}
