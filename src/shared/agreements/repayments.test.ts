// The repayment proposal: money paid minus the work carried out, valued by
// groups held where the agreement has group targets (Stockholm–Bris, 4 groups
// a year) and pro rata by time where it has none (Malmö–Region Skåne–Röda Korset).
import { describe, expect, test } from 'vitest';
import {
  malmoRegionRedCross,
  pureIds,
  stockholmBris,
  umbrella,
} from '../../../test/support/agreements/fixtures';
import { proposeRepayments, type MoneyMoved } from './repayments';

const pay = (payer: number, recipient: number, amount: number): MoneyMoved => ({
  kind: 'payment',
  payerOrganisationId: payer,
  recipientOrganisationId: recipient,
  amount,
});
const quarter = 17_795_825; // 711 833 kr / 4 = 177 958,25 kr

describe('valued by groups held (Stockholm–Bris, target 4 groups a year)', () => {
  const data = stockholmBris();
  const paid = [1, 2, 3].map(() => pay(pureIds.stockholm, pureIds.bris, quarter));
  const work = {
    programmes: [{ id: 1, targetGroupsPerYear: 4, organisationId: null }],
    groups: [
      { programmeId: 1, startDate: '2017-02-06', sessionsHeld: 8 },
      // Still running on the settlement date: ongoing work is paid in full.
      { programmeId: 1, startDate: '2017-09-11', sessionsHeld: 3 },
      // Starts after the settlement date: not work done.
      { programmeId: 1, startDate: '2017-10-09', sessionsHeld: 0 },
    ],
  };

  test('dialogue failed 2017-09-30: three quarters paid, two groups of four held → a quarter back', () => {
    const proposal = proposeRepayments(data, paid, work, '2017-09-30');
    expect(proposal.method).toBe('groups');
    expect(proposal.lines).toHaveLength(1);
    const line = proposal.lines[0]!;
    expect(line).toMatchObject({
      payerOrganisationId: pureIds.stockholm,
      recipientOrganisationId: pureIds.bris,
      paid: 3 * quarter,
      repaid: 0,
      workValue: 35_591_650, // 711 833 kr × 2/4
      proposed: 17_795_825,
      stillToPay: 0,
    });
    expect(line.years[0]).toEqual({
      year: 2017,
      share: 71_183_300,
      groupsHeld: 2,
      groupsTarget: 4,
      sessionsHeld: 11,
      daysDone: 273,
      daysTotal: 365,
      value: 35_591_650,
    });
    expect(line.years[1]!.value).toBe(0);
  });

  test('what was already repaid is taken off; more groups than the target are worth the year at most', () => {
    const repaid: MoneyMoved = { ...pay(pureIds.bris, pureIds.stockholm, 5_000_000), kind: 'repayment' };
    expect(proposeRepayments(data, [...paid, repaid], work, '2017-09-30').lines[0]!.proposed).toBe(
      12_795_825,
    );
    const many = {
      ...work,
      groups: [1, 2, 3, 4, 5].map((m) => ({ programmeId: 1, startDate: `2017-0${m}-01`, sessionsHeld: 8 })),
    };
    const line = proposeRepayments(data, paid, many, '2017-09-30').lines[0]!;
    expect(line.workValue).toBe(71_183_300);
    expect(line).toMatchObject({ proposed: 0, stillToPay: 71_183_300 - 3 * quarter });
  });
});

describe('pro rata by time without groups (Malmö–Region Skåne–Röda Korset)', () => {
  const data = malmoRegionRedCross();
  const none = { programmes: [], groups: [] };
  test('settled 2022-06-30: the region paid two years, Malmö one; Röda Korset’s own share is not repaid', () => {
    const moved = [
      pay(pureIds.regionSkane, pureIds.redCross, 40_000_000),
      pay(pureIds.regionSkane, pureIds.redCross, 40_000_000),
      pay(pureIds.malmo, pureIds.redCross, 40_000_000),
    ];
    const proposal = proposeRepayments(data, moved, none, '2022-06-30');
    expect(proposal.method).toBe('time');
    const byPayer = Object.fromEntries(proposal.lines.map((l) => [l.payerOrganisationId, l]));
    expect(Object.keys(byPayer).map(Number).sort()).toEqual([pureIds.regionSkane, pureIds.malmo].sort());
    // 2021 in full, 2022: 181 of 365 days of 400 000 kr.
    expect(byPayer[pureIds.regionSkane]).toMatchObject({
      workValue: 59_835_616,
      proposed: 20_164_384,
      stillToPay: 0,
    });
    expect(byPayer[pureIds.malmo]).toMatchObject({
      workValue: 59_835_616,
      proposed: 0,
      stillToPay: 19_835_616,
    });
    expect(byPayer[pureIds.regionSkane]!.years.map((y) => [y.year, y.daysDone, y.daysTotal])).toEqual([
      [2021, 365, 365],
      [2022, 181, 365],
      [2023, 0, 365],
      [2024, 0, 366],
    ]);
  });
});

describe('in an umbrella each organisation is valued by its own programmes', () => {
  const data = umbrella();
  const { redCross, saveTheChildren, malmo } = pureIds;
  const paid = [pay(malmo, redCross, 25_000_000), pay(malmo, saveTheChildren, 25_000_000)];
  const work = {
    programmes: [
      { id: 1, targetGroupsPerYear: 4, organisationId: redCross },
      { id: 2, targetGroupsPerYear: 2, organisationId: saveTheChildren },
    ],
    // Red Cross held all four of its groups; Save the Children none of its two.
    groups: [1, 2, 3, 4].map((m) => ({ programmeId: 1, startDate: `2024-0${m}-01`, sessionsHeld: 8 })),
  };

  test("one organisation's groups are not counted as another's work", () => {
    const lines = proposeRepayments(data, paid, work, '2024-06-30').lines;
    const of = (id: number) => lines.find((l) => l.recipientOrganisationId === id)!;
    expect(of(redCross).years[0]).toMatchObject({ groupsHeld: 4, groupsTarget: 4 });
    expect(of(redCross).proposed).toBe(0);
    expect(of(saveTheChildren).years[0]).toMatchObject({ groupsHeld: 0, groupsTarget: 2, value: 0 });
    expect(of(saveTheChildren).proposed).toBe(25_000_000);
  });

  test('an organisation without a programme of its own is valued by time', () => {
    const line = proposeRepayments(data, paid, work, '2024-06-30').lines.find(
      (l) => l.recipientOrganisationId === pureIds.cityMission,
    );
    expect(line?.years[0]).toMatchObject({ groupsTarget: 0, daysDone: 182 });
  });
});
