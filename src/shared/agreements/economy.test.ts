import { describe, expect, test } from 'vitest';
import {
  malmoRegionRedCross,
  nameOf,
  pureIds,
  stockholmBris,
  umbrella,
} from '../../../test/support/agreements/fixtures';
import {
  checkYear,
  contributionsByParty,
  describeFunding,
  extraIncome,
  joinSwedish,
  totalAmount,
  yearlyAmount,
} from './economy';
import { kronor } from './money';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('budget', () => {
  test('Stockholm–Bris: 678 833 + 8 000 + 15 000 + 10 000 = 711 833 kr a year', () => {
    const year = stockholmBris().economy.years[0]!;
    expect(year.lines.map((l) => [l.label, l.amount])).toEqual([
      ['Personal', kronor(678_833)],
      ['Material', kronor(8_000)],
      ['Mat och dryck', kronor(15_000)],
      ['Resor', kronor(10_000)],
    ]);
    expect(checkYear(year)).toEqual({
      year: 2017,
      amount: kronor(711_833),
      linesTotal: kronor(711_833),
      fundingTotal: kronor(711_833),
      linesMismatch: false,
      fundingMismatch: false,
    });
  });

  test('lines that do not add up are a mismatch', () => {
    const year = { ...stockholmBris().economy.years[0]!, amount: kronor(711_834) };
    expect(checkYear(year).linesMismatch).toBe(true);
    expect(checkYear(year).fundingMismatch).toBe(true);
  });

  test('a year without lines or shares has nothing to mismatch', () => {
    expect(checkYear({ year: 2020, amount: kronor(1), lines: [], funding: [] })).toMatchObject({
      linesMismatch: false,
      fundingMismatch: false,
    });
  });
});

describe('co-financing', () => {
  test('Malmö–Region Skåne–Röda Korset: 400 000 + 400 000 + 270 000 = 1 070 000 kr', () => {
    const economy = malmoRegionRedCross().economy;
    const year = economy.years[0]!;
    expect(year.funding.map((f) => f.amount)).toEqual([kronor(400_000), kronor(400_000), kronor(270_000)]);
    expect(checkYear(year).fundingTotal).toBe(kronor(1_070_000));
    expect(checkYear(year).fundingMismatch).toBe(false);
    expect(yearlyAmount(economy)).toBe(kronor(1_070_000));
    expect(totalAmount(economy)).toBe(kronor(4_280_000));
  });

  test('shares that do not add up are a mismatch', () => {
    const year = malmoRegionRedCross().economy.years[0]!;
    const short = {
      ...year,
      funding: year.funding.map((f, i) => (i === 2 ? { ...f, amount: kronor(260_000) } : f)),
    };
    expect(checkYear(short).fundingMismatch).toBe(true);
  });

  test('contributions per party over the whole period, own contributions included', () => {
    const totals = contributionsByParty(malmoRegionRedCross().economy);
    expect(totals.get(pureIds.regionSkane)).toBe(kronor(1_600_000));
    expect(totals.get(pureIds.malmo)).toBe(kronor(1_600_000));
    expect(totals.get(pureIds.redCross)).toBe(kronor(1_080_000));
  });

  test('described in words with the own contribution marked', () => {
    const year = malmoRegionRedCross().economy.years[0];
    expect(plain(describeFunding(year, (id) => nameOf(id)))).toBe(
      'Region Skåne 400 000 kr, Malmö stad 400 000 kr och Svenska Röda Korset 270 000 kr (egen insats)',
    );
  });

  test('with several recipients, the words say who gets what', () => {
    expect(plain(describeFunding(umbrella().economy.years[0], (id) => nameOf(id)))).toBe(
      'Malmö stad till Svenska Röda Korset 500 000 kr, Malmö stad till Rädda Barnen 500 000 kr och Malmö stad till Stockholms stadsmission 500 000 kr',
    );
  });

  test('the umbrella board pays each organisation its share', () => {
    const year = umbrella().economy.years[0]!;
    expect(year.funding.map((f) => [f.payerOrganisationId, f.recipientOrganisationId, f.amount])).toEqual([
      [pureIds.malmo, pureIds.redCross, kronor(500_000)],
      [pureIds.malmo, pureIds.saveTheChildren, kronor(500_000)],
      [pureIds.malmo, pureIds.cityMission, kronor(500_000)],
    ]);
    expect(checkYear(year)).toMatchObject({
      amount: kronor(1_500_000),
      linesMismatch: false,
      fundingMismatch: false,
    });
  });
});

describe('extra income', () => {
  test('5 000 kr per child from another municipality by default', () => {
    expect(
      extraIncome(stockholmBris().economy, [
        { year: 2017, children: 3 },
        { year: 2018, children: 4 },
      ]),
    ).toEqual({
      children: 7,
      amount: kronor(35_000),
    });
    expect(extraIncome(stockholmBris().economy, [])).toEqual({ children: 0, amount: 0 });
  });
});

test('joinSwedish', () => {
  expect(joinSwedish([])).toBe('');
  expect(joinSwedish(['A'])).toBe('A');
  expect(joinSwedish(['A', 'B'])).toBe('A och B');
  expect(joinSwedish(['A', 'B', 'C'])).toBe('A, B och C');
});
