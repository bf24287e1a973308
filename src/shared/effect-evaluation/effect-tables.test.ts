// Effect tables: a group of 6 is shown with its statistics; a group of 3 is
// hidden, and so is whatever row would let a reader work it out (its
// programme, and across agreements the other side of the total).
// An agreement's row across all agreements is bit for bit its whole in its own view.
import { describe, expect, test } from 'vitest';
import { exampleInstrument } from './example-instrument';
import { effectTables, type EffectFacts, type EffectGroupFact } from './effect-tables';
import { pairSums } from './statistics';

const total = exampleInstrument.scales[0]!;
const six = pairSums(
  [14, 16, 18, 20, 12, 15].map((b, i) => ({ before: b, after: [20, 18, 19, 26, 12, 21][i]! })),
  total,
);
const three = pairSums(
  [10, 12, 20].map((b, i) => ({ before: b, after: [15, 12, 18][i]! })),
  total,
);

const fact = (over: Partial<EffectGroupFact>): EffectGroupFact => ({
  agreementId: 1,
  programmeId: 10,
  programmeName: 'Stödgrupp',
  groupId: 100,
  groupName: 'Vårgruppen 2026',
  groupStart: '2026-03-04',
  instrumentId: 7,
  scale: 0,
  comparison: 'after',
  sums: six,
  ...over,
});

const facts = (groups: EffectGroupFact[]): EffectFacts => ({
  instruments: [
    { id: 7, name: exampleInstrument.name, respondent: 'child', scales: ['Totalt', 'Trygghet och stöd'] },
  ],
  groups,
});
const agreements = [
  { id: 1, label: 'SN-2026/101 Stödgrupper' },
  { id: 2, label: 'SN-2026/102 Flyktfåglarna' },
];

describe('effect tables', () => {
  test('one agreement: a group of 6 is shown, rows per group, programme and the whole', () => {
    const { tables, counts } = effectTables(facts([fact({})]), agreements.slice(0, 1), 5, true);
    expect(counts).toEqual({ primary: 0, complementary: 0 });
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table!.scaleName).toBe('Totalt');
    expect(table!.rows.map((r) => [r.level, r.label, r.n, r.hidden])).toEqual([
      ['group', 'Vårgruppen 2026', 6, null],
      ['programme', 'Stödgrupp totalt', 6, null],
      ['total', 'Totalt', 6, null],
    ]);
    const stats = table!.rows[0]!.stats!;
    expect(stats.meanChange).toBe(3.5);
    expect(stats.ciLow).toBeCloseTo(0.550358, 5);
    expect(stats.dz).toBeCloseTo(1.245244, 6);
    expect(stats.improved).toBe(0.5);
  });

  test('a group of 3 in another agreement’s programme is hidden there, with everything that equals it', () => {
    const all = [
      fact({}),
      fact({ agreementId: 2, programmeId: 20, programmeName: 'Flyktfåglarna', groupId: 200, sums: three }),
    ];
    const second = effectTables(facts(all.slice(1)), agreements.slice(1), 5, true);
    expect(second.tables[0]!.rows.map((r) => [r.label, r.n, r.hidden, r.stats])).toEqual([
      ['Vårgruppen 2026', null, 'primary', null],
      ['Flyktfåglarna totalt', null, 'primary', null],
      ['Totalt', null, 'primary', null],
    ]);
    // Across both agreements the rows are agreements (programmes and groups show for one agreement); the
    // total (9) would give the 3 away next to the 6, so the 6's side is hidden too.
    const both = effectTables(facts(all), agreements, 5, false);
    const rows = both.tables[0]!.rows.map((r) => [r.level, r.label, r.n, r.hidden]);
    expect(rows).toEqual([
      ['agreement', 'SN-2026/101 Stödgrupper totalt', null, 'complementary'],
      ['agreement', 'SN-2026/102 Flyktfåglarna totalt', null, 'primary'],
      ['total', 'Totalt', 9, null],
    ]);
    expect(both.counts).toEqual({ primary: 1, complementary: 1 });
  });

  test('two groups of one programme: the small one and one more are hidden, the programme shown', () => {
    const { tables } = effectTables(
      facts([
        fact({}),
        fact({ groupId: 101, groupName: 'Höstgruppen 2026', groupStart: '2026-09-02', sums: three }),
      ]),
      agreements.slice(0, 1),
      5,
      true,
    );
    expect(tables[0]!.rows.map((r) => [r.label, r.n, r.hidden])).toEqual([
      ['Vårgruppen 2026', null, 'complementary'],
      ['Höstgruppen 2026', null, 'primary'],
      ['Stödgrupp totalt', 9, null],
      ['Totalt', 9, null],
    ]);
  });

  test('an agreement’s row across all agreements is its whole in its own view, bit for bit', () => {
    const many = [
      fact({ groupId: 100, sums: three }),
      fact({ groupId: 101, groupName: 'Höstgruppen 2026', groupStart: '2026-09-02', sums: six }),
      fact({ groupId: 102, groupName: 'Sommargruppen 2026', groupStart: '2026-06-02', sums: three }),
      fact({ programmeId: 11, programmeName: 'Andra programmet', groupId: 103, sums: six }),
      fact({ agreementId: 2, programmeId: 20, programmeName: 'Flyktfåglarna', groupId: 200, sums: six }),
    ];
    const own = effectTables(facts(many.slice(0, 4)), agreements.slice(0, 1), 3, true).tables[0]!.rows.at(
      -1,
    )!;
    const across = effectTables(facts(many), agreements, 3, false).tables[0]!.rows[0]!;
    expect([across.level, across.n]).toEqual(['agreement', 18]);
    expect(across.stats).toEqual(own.stats);
  });

  test('the threshold is the admin’s: at 3 the group of 3 is shown', () => {
    const { tables } = effectTables(facts([fact({ sums: three })]), agreements.slice(0, 1), 3, true);
    expect(tables[0]!.rows[0]!.n).toBe(3);
  });
});
