import { describe, expect, test } from 'vitest';
import { malmoRegionRedCross, pureIds, stockholmBris } from '../../../test/support/agreements/fixtures';
import type { AgreementData } from './model';
import { kronor } from './money';
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
