import { describe, expect, test } from 'vitest';
import { malmoRegionRedCross, pureIds, stockholmBris } from '../../../test/support/agreements/fixtures';
import type { AgreementData } from './model';
import { kronor, sumOre } from './money';
import { comparePayments, deriveSchedule, type ActualPayment } from './payments';

const { stockholm, bris, regionSkane, malmo, redCross } = pureIds;
/** No year waiting for its funds confirmation. */
const none: ReadonlySet<number> = new Set();
const brief = (data: AgreementData) =>
  deriveSchedule(data.economy, data.period).map((i) => [i.dueDate, i.payerOrganisationId, i.amount / 100]);

describe('payment schedule', () => {
  test('Stockholm–Bris, quarterly in advance: 711 833 kr a year in four payments on each quarter’s first day', () => {
    expect(brief(stockholmBris())).toEqual([
      ['2017-01-01', stockholm, 177_959],
      ['2017-04-01', stockholm, 177_958],
      ['2017-07-01', stockholm, 177_958],
      ['2017-10-01', stockholm, 177_958],
      ['2018-01-01', stockholm, 177_959],
      ['2018-04-01', stockholm, 177_958],
      ['2018-07-01', stockholm, 177_958],
      ['2018-10-01', stockholm, 177_958],
    ]);
    expect(
      deriveSchedule(stockholmBris().economy, stockholmBris().period).every(
        (i) => i.recipientOrganisationId === bris,
      ),
    ).toBe(true);
  });

  test('a period starting mid-year splits that year over its remaining quarters, the first due at the start', () => {
    const data = stockholmBris();
    const period = { ...data.period, start: '2017-05-15' };
    expect(
      deriveSchedule(data.economy, period)
        .filter((i) => i.year === 2017)
        .map((i) => [i.dueDate, i.amount / 100]),
    ).toEqual([
      ['2017-05-15', 237_278],
      ['2017-07-01', 237_278],
      ['2017-10-01', 237_277],
    ]);
  });

  test('Malmö–Region Skåne–Röda Korset, once a year on invoice: the public parties pay, the own share is never paid out', () => {
    expect(brief(malmoRegionRedCross())).toEqual([
      ['2021-01-31', regionSkane, 400_000],
      ['2021-01-31', malmo, 400_000],
      ['2022-01-31', regionSkane, 400_000],
      ['2022-01-31', malmo, 400_000],
      ['2023-01-31', regionSkane, 400_000],
      ['2023-01-31', malmo, 400_000],
      ['2024-01-31', regionSkane, 400_000],
      ['2024-01-31', malmo, 400_000],
    ]);
  });

  test('an invoice day outside the period moves inside it', () => {
    const data = malmoRegionRedCross();
    const period = { ...data.period, start: '2021-06-01' };
    expect(deriveSchedule(data.economy, period)[0]!.dueDate).toBe('2021-06-01');
  });

  test('a custom plan is used as given, in date order', () => {
    const data = stockholmBris();
    const economy = {
      ...data.economy,
      paymentRule: {
        kind: 'custom' as const,
        rounding: 'wholeKronor' as const,
        instalments: [
          {
            dueDate: '2017-06-30',
            payerOrganisationId: stockholm,
            recipientOrganisationId: bris,
            amount: kronor(311_833),
          },
          {
            dueDate: '2017-02-01',
            payerOrganisationId: stockholm,
            recipientOrganisationId: bris,
            amount: kronor(400_000),
          },
        ],
      },
    };
    expect(deriveSchedule(economy, data.period).map((i) => [i.dueDate, i.year, i.amount / 100])).toEqual([
      ['2017-02-01', 2017, 400_000],
      ['2017-06-30', 2017, 311_833],
    ]);
  });
});

describe('actual payments against the schedule', () => {
  const schedule = () => deriveSchedule(stockholmBris().economy, stockholmBris().period);
  const pay = (date: string, kr: number, kind: ActualPayment['kind'] = 'payment'): ActualPayment => ({
    date,
    kind,
    payerOrganisationId: stockholm,
    recipientOrganisationId: bris,
    amount: kronor(kr),
  });

  test('payments are allocated in due-date order; an unpaid past instalment is overdue', () => {
    const result = comparePayments(
      schedule(),
      [pay('2017-01-05', 177_959), pay('2017-04-03', 100_000)],
      '2017-08-01',
      none,
    );
    expect(result.instalments.slice(0, 4).map((i) => [i.dueDate, i.paid / 100, i.state])).toEqual([
      ['2017-01-01', 177_959, 'paid'],
      ['2017-04-01', 100_000, 'overdue'],
      ['2017-07-01', 0, 'overdue'],
      ['2017-10-01', 0, 'upcoming'],
    ]);
    expect(result.balances).toEqual([
      {
        payerOrganisationId: stockholm,
        recipientOrganisationId: bris,
        scheduled: kronor(1_423_666),
        dueByToday: kronor(533_875),
        paid: kronor(277_959),
        repaid: 0,
        balance: -kronor(255_916),
      },
    ]);
  });

  test('a part payment before the due date is partly paid, not overdue', () => {
    const result = comparePayments(schedule(), [pay('2016-12-20', 100_000)], '2016-12-31', none);
    expect(result.instalments[0]).toMatchObject({ paid: kronor(100_000), state: 'partlyPaid' });
  });

  test('a repayment (återbetalning) reduces what counts as paid', () => {
    const result = comparePayments(
      schedule(),
      [pay('2017-01-02', 177_959), pay('2017-04-02', 177_958), pay('2017-05-10', 50_000, 'repayment')],
      '2017-05-31',
      none,
    );
    expect(result.instalments[1]).toMatchObject({ paid: kronor(127_958), state: 'overdue' });
    expect(result.balances[0]).toMatchObject({
      paid: kronor(355_917),
      repaid: kronor(50_000),
      balance: -kronor(50_000),
    });
  });

  test('payments from a party with no instalments still show in the balances', () => {
    const result = comparePayments(
      [],
      [{ ...pay('2017-01-01', 10), payerOrganisationId: redCross }],
      '2017-02-01',
      none,
    );
    expect(result.balances).toEqual([
      {
        payerOrganisationId: redCross,
        recipientOrganisationId: bris,
        scheduled: 0,
        dueByToday: 0,
        paid: kronor(10),
        repaid: 0,
        balance: kronor(10),
      },
    ]);
  });
});

describe('rounding: whole kronor or exact öre (711 833 kr a year, quarterly)', () => {
  const withRounding = (rounding: 'wholeKronor' | 'exactOre') => {
    const data = stockholmBris();
    return deriveSchedule(
      { ...data.economy, paymentRule: { kind: 'quarterlyInAdvance', rounding } },
      data.period,
    );
  };

  test('whole kronor: 177 959 + 3 × 177 958 kr, the remainder in the first instalment', () => {
    const year = withRounding('wholeKronor').filter((i) => i.year === 2017);
    expect(year.map((i) => i.amount)).toEqual([17_795_900, 17_795_800, 17_795_800, 17_795_800]);
    expect(year.every((i) => i.rounding === 'wholeKronor')).toBe(true);
  });

  test('exact öre: 4 × 177 958,25 kr', () => {
    const year = withRounding('exactOre').filter((i) => i.year === 2017);
    expect(year.map((i) => [i.dueDate, i.amount])).toEqual([
      ['2017-01-01', 17_795_825],
      ['2017-04-01', 17_795_825],
      ['2017-07-01', 17_795_825],
      ['2017-10-01', 17_795_825],
    ]);
    expect(year.every((i) => i.rounding === 'exactOre')).toBe(true);
  });

  test('either way each year adds up to its amount, also when it does not split evenly to the öre', () => {
    const data = stockholmBris();
    const odd = {
      ...data.economy,
      years: data.economy.years.map((y) => ({
        ...y,
        funding: y.funding.map((f) => ({ ...f, amount: f.amount + 3 })),
      })),
    };
    for (const rounding of ['wholeKronor', 'exactOre'] as const) {
      const schedule = deriveSchedule(
        { ...odd, paymentRule: { kind: 'quarterlyInAdvance', rounding } },
        data.period,
      );
      for (const year of [2017, 2018])
        expect(sumOre(schedule.filter((i) => i.year === year).map((i) => i.amount))).toBe(71_183_303);
    }
    expect(
      deriveSchedule(
        { ...odd, paymentRule: { kind: 'quarterlyInAdvance', rounding: 'exactOre' } },
        data.period,
      )
        .slice(0, 4)
        .map((i) => i.amount),
    ).toEqual([17_795_826, 17_795_826, 17_795_826, 17_795_825]);
  });

  test('a yearly payment is the whole share either way', () => {
    const data = malmoRegionRedCross();
    const rule = { kind: 'yearlyOnInvoice' as const, month: 1, day: 31, rounding: 'exactOre' as const };
    expect(deriveSchedule({ ...data.economy, paymentRule: rule }, data.period)[0]!.amount).toBe(
      kronor(400_000),
    );
  });
});

describe('a payment within the rounding settles an instalment', () => {
  const schedule = (rounding: 'wholeKronor' | 'exactOre') => {
    const data = stockholmBris();
    return deriveSchedule(
      { ...data.economy, paymentRule: { kind: 'quarterlyInAdvance', rounding } },
      data.period,
    );
  };
  const pay = (date: string, amount: number): ActualPayment => ({
    date,
    kind: 'payment',
    payerOrganisationId: stockholm,
    recipientOrganisationId: bris,
    amount,
  });
  const custom = (rounding: 'wholeKronor' | 'exactOre') =>
    deriveSchedule(
      {
        ...stockholmBris().economy,
        paymentRule: {
          kind: 'custom',
          rounding,
          instalments: [
            {
              dueDate: '2017-01-01',
              payerOrganisationId: stockholm,
              recipientOrganisationId: bris,
              amount: 17_795_825,
            },
          ],
        },
      },
      stockholmBris().period,
    );

  test('whole kronor: 177 958 kr paid against 177 958,25 kr settles it, with nothing left unpaid', () => {
    const [first] = comparePayments(
      custom('wholeKronor'),
      [pay('2017-01-02', kronor(177_958))],
      '2017-02-01',
      none,
    ).instalments;
    expect(first).toMatchObject({ paid: kronor(177_958), unpaid: 0, state: 'paid' });
  });

  test('exact öre: the same payment leaves 0,25 kr unpaid, and after the due date the instalment is overdue', () => {
    const [first] = comparePayments(
      custom('exactOre'),
      [pay('2017-01-02', kronor(177_958))],
      '2017-02-01',
      none,
    ).instalments;
    expect(first).toMatchObject({ paid: kronor(177_958), unpaid: 25, state: 'overdue' });
    const [exact] = comparePayments(
      custom('exactOre'),
      [pay('2017-01-02', 17_795_825)],
      '2017-02-01',
      none,
    ).instalments;
    expect(exact).toMatchObject({ unpaid: 0, state: 'paid' });
  });

  test('whole kronor: a payer who rounds each quarter down (4 × 177 958 kr) has settled the year', () => {
    const payments = ['2017-01-02', '2017-04-03', '2017-07-03', '2017-10-02'].map((d) =>
      pay(d, kronor(177_958)),
    );
    const result = comparePayments(schedule('wholeKronor'), payments, '2017-12-31', none);
    expect(result.instalments.filter((i) => i.year === 2017).map((i) => [i.paid, i.unpaid, i.state])).toEqual(
      [
        [kronor(177_958), 0, 'paid'],
        [kronor(177_958), 0, 'paid'],
        [kronor(177_958), 0, 'paid'],
        [kronor(177_958), 0, 'paid'],
      ],
    );
    // The balance stays exact: 1 kr short of the year's 711 833 kr.
    expect(result.balances[0]).toMatchObject({ dueByToday: kronor(711_833), balance: -kronor(1) });
  });

  test('whole kronor: rounding down every quarter for two years never adds up to a debt', () => {
    const dates = ['01-02', '04-03', '07-03', '10-02'].flatMap((d) => [`2017-${d}`, `2018-${d}`]).sort();
    const result = comparePayments(
      schedule('wholeKronor'),
      dates.map((d) => pay(d, kronor(177_958))),
      '2018-12-31',
      none,
    );
    expect(result.instalments.map((i) => i.state)).toEqual(Array(8).fill('paid'));
    expect(result.instalments.every((i) => i.unpaid === 0)).toBe(true);
  });

  test('one payment for the whole year, 1 kr short, settles all four quarters', () => {
    const result = comparePayments(
      schedule('wholeKronor'),
      [pay('2017-01-02', kronor(711_832))],
      '2017-12-31',
      none,
    );
    expect(result.instalments.slice(0, 4).map((i) => [i.paid / 100, i.state])).toEqual([
      [177_959, 'paid'],
      [177_958, 'paid'],
      [177_958, 'paid'],
      [177_957, 'paid'],
    ]);
  });

  test('whole kronor: more than 1 kr short is not within the rounding', () => {
    const [first] = comparePayments(
      schedule('wholeKronor'),
      [pay('2017-01-02', kronor(177_957))],
      '2017-02-01',
      none,
    ).instalments;
    expect(first).toMatchObject({ paid: kronor(177_957), unpaid: kronor(2), state: 'overdue' });
  });

  test('exact öre: payments of exactly 177 958,25 kr settle each quarter; 1 öre short does not', () => {
    const exact = comparePayments(schedule('exactOre'), [pay('2017-01-02', 17_795_825)], '2017-02-01', none);
    expect(exact.instalments[0]).toMatchObject({ unpaid: 0, state: 'paid' });
    const short = comparePayments(schedule('exactOre'), [pay('2017-01-02', 17_795_824)], '2017-02-01', none);
    expect(short.instalments[0]).toMatchObject({ unpaid: 1, state: 'overdue' });
  });
});

describe('unconfirmed funds', () => {
  test('the instalments of a year whose funds are not confirmed are flagged, the others not', () => {
    const data = stockholmBris();
    const result = comparePayments(
      deriveSchedule(data.economy, data.period),
      [],
      '2017-02-01',
      new Set([2018]),
    );
    expect(result.instalments.map((i) => [i.year, i.unconfirmed])).toEqual([
      [2017, false],
      [2017, false],
      [2017, false],
      [2017, false],
      [2018, true],
      [2018, true],
      [2018, true],
      [2018, true],
    ]);
  });
});
