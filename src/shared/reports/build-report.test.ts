import { describe, expect, it } from 'vitest';
import type { ReportCell, ReportTable } from '../ipc/reports';
import { buildReport } from './build-report';
import type { Participation, ReportFacts } from './facts';

type Person = Omit<
  Participation,
  'groupId' | 'groupStart' | 'outcome' | 'sessionsAttended' | 'sessionsRecorded' | 'feeOre' | 'agreementId'
>;
const person = (
  personKey: string,
  ageBand: Person['ageBand'],
  gender: Person['gender'],
  district: string | null,
  placementBasis: Person['placementBasis'],
  otherMunicipality = false,
): Person => ({ personKey, ageBand, gender, district, placementBasis, otherMunicipality });

// Twelve children (7 girls, 4 boys, 1 other; 5 aged 6–9, 5 aged 10–12, 2 aged 13–15;
// 6 in Farsta, 5 in Skärholmen, 1 with protected identity; 8 SoL, 4 LVU; 2 from another municipality).
const people = [
  person('p1', '6-9', 'girl', 'Farsta', 'SoL'),
  person('p2', '6-9', 'girl', 'Farsta', 'SoL'),
  person('p3', '6-9', 'girl', 'Farsta', 'SoL'),
  person('p4', '6-9', 'girl', 'Farsta', 'SoL'),
  person('p5', '6-9', 'boy', 'Farsta', 'SoL'),
  person('p6', '10-12', 'boy', 'Farsta', 'SoL'),
  person('p7', '10-12', 'boy', 'Skärholmen', 'SoL'),
  person('p8', '10-12', 'girl', 'Skärholmen', 'SoL', true),
  person('p9', '10-12', 'girl', 'Skärholmen', 'LVU', true),
  person('p10', '10-12', 'boy', 'Skärholmen', 'LVU'),
  person('p11', '13-15', 'other', 'Skärholmen', 'LVU'),
  person('p12', '13-15', 'girl', null, 'LVU'),
];

const take = (
  p: Person,
  groupId: number,
  groupStart: string,
  outcome: Participation['outcome'],
  attended: number,
  recorded: number,
): Participation => ({
  ...p,
  agreementId: 1,
  groupId,
  groupStart,
  outcome,
  sessionsAttended: attended,
  sessionsRecorded: recorded,
  feeOre: p.otherMunicipality ? 500_000 : 0,
});

const participations: Participation[] = [
  // p1 and p2 take part twice; the second time p1 has turned 10, but a child is described by the first group.
  take(people[0]!, 1, '2025-02-03', 'completed', 7, 8),
  take({ ...people[0]!, ageBand: '10-12' }, 5, '2025-11-03', 'ongoing', 2, 2),
  take(people[1]!, 1, '2025-02-03', 'completed', 7, 8),
  take(people[1]!, 5, '2025-11-03', 'ongoing', 2, 2),
  ...people.slice(2, 10).map((p) => take(p, 2, '2025-04-07', 'completed', 7, 8)),
  take(people[10]!, 3, '2025-09-01', 'droppedOut', 2, 8),
  take(people[11]!, 3, '2025-09-01', 'droppedOut', 2, 8),
];

const facts: ReportFacts = {
  kind: 'annual',
  scope: { kind: 'agreement', agreementId: 1, name: 'SN-2024/17 Stödgrupper' },
  period: { from: '2025-01-01', to: '2025-12-31', label: '2025' },
  periodKind: 'year',
  generatedAt: '2026-01-15T08:00:00.000Z',
  threshold: 5,
  agreements: [{ id: 1, label: 'SN-2024/17 Stödgrupper' }],
  groups: [
    { agreementId: 1, format: 'weekly', status: 'finished' },
    { agreementId: 1, format: 'weekly', status: 'finished' },
    { agreementId: 1, format: 'weekly', status: 'finished' },
    { agreementId: 1, format: 'weekly', status: 'running' },
    { agreementId: 1, format: 'weekend', status: 'finished' },
    { agreementId: 1, format: 'weekend', status: 'cancelled' },
    { agreementId: 1, format: 'custom', status: 'planned' },
  ],
  sessionsHeld: 37,
  participations,
  waitingAtEnd: 3,
  concernReports: 0,
  feedback: [
    { category: 'praise', closed: true },
    { category: 'praise', closed: true },
    { category: 'praise', closed: false },
    { category: 'complaint', closed: true },
    { category: 'complaint', closed: false },
    { category: 'question', closed: true },
  ],
  budget: [
    {
      agreementId: 1,
      year: 2025,
      lines: [
        { label: 'Personal', budget: 67_883_300, actual: 65_000_000 },
        { label: 'Material', budget: 800_000, actual: null },
      ],
    },
  ],
  targets: [{ agreementId: 1, groupsPerYear: 4, childrenPerYear: 40 }],
  deadlines: [
    {
      date: '2026-03-31',
      agreementId: 1,
      what: 'Årsberättelse (2025)',
      category: 'Årsberättelse',
      state: 'later',
    },
  ],
  effect: { instruments: [], groups: [] },
  commitments: [
    commitmentFact('Minst fyra grupper', 'minst 4 per år', 'met', 5, 4, false),
    commitmentFact('Cirka 40 barn', 'cirka 40 per år (±10 %)', 'notMet', 12, 36, true),
    commitmentFact('Barn som fullföljer', 'minst 20 per år', 'notMet', 3, 20, true),
    commitmentFact('Informationsfrukost', '3 per år', 'notMet', 2, 3, false),
    commitmentFact('Lokaler', '', 'unstructured', 0, 0, false),
  ],
  deficiencies: [
    {
      agreementId: 1,
      party: 'Bris',
      concerns: 'Informationsfrukost',
      foundOn: '2025-11-04',
      stage: 'actionPlanRequired',
      nextDeadline: '2026-01-31',
    },
  ],
};

function commitmentFact(
  text: string,
  target: string,
  status: ReportFacts['commitments'][number]['status'],
  achieved: number,
  required: number,
  countsChildren: boolean,
): ReportFacts['commitments'][number] {
  return { agreementId: 1, party: 'Bris', text, target, period: '2025', status, achieved, required, countsChildren };
}

/** A number, 'P' (a small count), 'C' (hidden so a small count can't be worked out), or the text of other cells. */
function show(c: ReportCell): string | number | null {
  switch (c.kind) {
    case 'count':
      return c.value;
    case 'suppressed':
      return c.reason === 'primary' ? 'P' : 'C';
    case 'money':
      return `${c.ore / 100} kr`;
    case 'percent':
      return c.value === null ? null : `${c.value} %`;
    case 'decimal':
      return c.value;
    case 'text':
      return c.text;
    case 'date':
      return c.date;
    case 'empty':
      return null;
  }
}

const report = buildReport(facts);
const table = (key: string): ReportTable =>
  report.sections.flatMap((s) => s.tables).find((t) => t.key === key)!;
const grid = (key: string) => table(key).rows.map((r) => [r.label, ...r.cells.map(show)]);

describe('report figures for a fixed year (computed by hand)', () => {
  it('summarises children, groups, sessions, rates, waiting list, concern reports and fees', () => {
    expect(grid('summary')).toEqual([
      ['Barn som deltagit', 12],
      ['Grupper som genomförts eller pågår', 5],
      ['Träffar som hållits', 37],
      // 10 × 7 + 2 × 2 + 2 × 2 = 78 present of 10 × 8 + 2 × 8 + 2 × 2 = 100 recorded.
      ['Närvaro (andel registrerade träffar med barnet närvarande)', '78 %'],
      // 10 completed of 12 ended, but the 2 who dropped out are a small count, so the rate would reveal it.
      ['Genomförandegrad (genomförde av dem som avslutat)', 'C'],
      ['Barn på väntelistan vid periodens slut', 'P'],
      ['Orosanmälningar (antal)', 0],
      // 2 children from other municipalities: the income (2 × 5 000 kr) would reveal the hidden count.
      ['Avgiftsintäkter för barn från andra kommuner', 'C'],
    ]);
  });

  it('counts each child once, by the first group, per age band', () => {
    expect(grid('ageBand')).toEqual([
      ['6–9 år', 'C'],
      ['10–12 år', 5],
      ['13–15 år', 'P'],
      ['16–18 år', 0],
      ['19–24 år', 0],
      ['Totalt', 12],
    ]);
  });

  it('breaks down gender, district (protected identity counted, not placed), placement and home municipality', () => {
    expect(grid('gender')).toEqual([
      ['Flicka', 7],
      ['Pojke', 'P'],
      ['Annat', 'P'],
      ['Vill inte uppge', 0],
      ['Totalt', 12],
    ]);
    expect(grid('district')).toEqual([
      ['Farsta', 6],
      ['Skärholmen', 'C'],
      ['Skyddade personuppgifter (redovisas inte)', 'P'],
      ['Totalt', 12],
    ]);
    expect(grid('placement')).toEqual([
      ['Placerad enligt SoL', 'C'],
      ['Placerad enligt LVU', 'P'],
      ['Inte placerad', 0],
      ['Totalt', 12],
    ]);
    expect(grid('municipality')).toEqual([
      ['Egen kommun', 'C'],
      ['Annan kommun', 'P'],
      ['Totalt', 12],
    ]);
  });

  it('counts participations by outcome', () => {
    expect(grid('completion')).toEqual([
      ['Genomförde gruppen', 10],
      ['Avbröt efter start', 'P'],
      ['Deltar fortfarande', 'P'],
      ['Totalt', 14],
    ]);
  });

  it('counts groups per format and status, and compares with the yearly targets', () => {
    expect(grid('groupsByFormat')).toEqual([
      ['Veckogrupp', 3, 1, 0, 0, 4],
      ['Stödhelg', 1, 0, 0, 1, 2],
      ['Annat upplägg', 0, 0, 1, 0, 1],
      ['Totalt', 4, 1, 1, 1, 7],
    ]);
    expect(grid('targets')).toEqual([['SN-2024/17 Stödgrupper', 4, 5, 40, 12]]);
  });

  it('lists feedback by category, budget against actual, and deadlines', () => {
    expect(grid('feedback')).toEqual([
      ['Beröm', 3, 2],
      ['Förslag', 0, 0],
      ['Klagomål', 2, 1],
      ['Fråga', 1, 1],
      ['Totalt', 6, 4],
    ]);
    expect(grid('budget')).toEqual([
      ['2025 · Personal', '678833 kr', '650000 kr', '-28833 kr'],
      ['2025 · Material', '8000 kr', null, null],
      ['Totalt', '686833 kr', '650000 kr', '-36833 kr'],
    ]);
    expect(grid('deadlines')).toEqual([['2026-03-31', 'Årsberättelse (2025)', 'Senare']]);
  });

  it('lists each commitment with its status; a small count of children is hidden; no deficiencies in the annual report', () => {
    expect(grid('commitments')).toEqual([
      ['Bris: Minst fyra grupper', 'minst 4 per år', '2025', 5, 4, 'Uppfyllt'],
      ['Bris: Cirka 40 barn', 'cirka 40 per år (±10 %)', '2025', 12, 36, 'Inte uppfyllt'],
      ['Bris: Barn som fullföljer', 'minst 20 per år', '2025', 'P', 20, 'Inte uppfyllt'],
      ['Bris: Informationsfrukost', '3 per år', '2025', 2, 3, 'Inte uppfyllt'],
      ['Bris: Lokaler', '', '2025', '–', '–', 'Saknar mål'],
    ]);
    expect(table('deficiencies')).toBeUndefined();
  });

  it('the steering group’s report adds the open deficiencies with their stage; across agreements, counts', () => {
    const steering = buildReport({ ...facts, kind: 'steeringGroupStatus' });
    const of = (r: typeof steering, key: string) =>
      r.sections.flatMap((s) => s.tables).find((t) => t.key === key)!.rows.map((r) => [r.label, ...r.cells.map(show)]);
    expect(steering.sections.at(-1)!.title).toBe('Åtaganden och brister');
    expect(of(steering, 'deficiencies')).toEqual([
      ['Bris: Informationsfrukost', '2025-11-04', 'Väntar på åtgärdsplan', '2026-01-31'],
    ]);
    const all = buildReport({ ...facts, kind: 'steeringGroupStatus', scope: { kind: 'all', agreementId: null, name: 'Alla' } });
    expect(of(all, 'commitments')).toEqual([
      ['Uppfyllt', 1],
      ['I fas', 0],
      ['Risk', 0],
      ['Inte uppfyllt', 3],
      ['Saknar mål', 1],
      ['Totalt', 5],
    ]);
    expect(of(all, 'deficiencies').at(-1)).toEqual(['Totalt', 1]);
  });

  it('states how many figures are hidden, the threshold and the title', () => {
    expect(report.suppressed).toEqual({ primary: 9, complementary: 4 });
    expect(report.title).toBe('Årsrapport 2025');
    expect(report.suppressionNote).toContain('färre än 5');
  });

  it('never carries a person key into the report', () => {
    expect(JSON.stringify(report)).not.toMatch(/"p\d+"/);
  });
});
