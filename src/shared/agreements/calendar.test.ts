import { describe, expect, test } from 'vitest';
import {
  malmoRegionRedCross,
  pureIds,
  stockholmBris,
  umbrella,
} from '../../../test/support/agreements/fixtures';
import {
  attentionItems,
  deriveCalendar,
  extensionDecisionDate,
  followUpItemKey,
  lastNoticeDate,
  needsAttention,
  type CalendarInput,
} from './calendar';
import type { AgreementData, LifecycleData } from './model';

const input = (
  data: AgreementData,
  extra: Partial<CalendarInput> = {},
  lifecycle: Partial<LifecycleData> = {},
): CalendarInput => ({
  data,
  lifecycle: { status: 'active', noticeGiven: null, ...lifecycle },
  meetings: [],
  completed: new Set(),
  actuals: [],
  fundsConfirmed: new Set(),
  ...extra,
});
const find = (items: ReturnType<typeof deriveCalendar>, key: string) => items.find((i) => i.key === key);

describe('deadline calendar', () => {
  test('Malmö–Region Skåne–Röda Korset: the extension decision is due 9 months before 2024-12-31, on 2024-03-31', () => {
    const data = malmoRegionRedCross();
    expect(extensionDecisionDate(data)).toBe('2024-03-31');
    expect(find(deriveCalendar(input(data), '2023-10-01'), 'extensionDecision')).toMatchObject({
      date: '2024-03-31',
      state: 'later',
    });
    expect(find(deriveCalendar(input(data), '2024-01-15'), 'extensionDecision')).toMatchObject({
      state: 'due',
    });
    expect(find(deriveCalendar(input(data), '2024-04-01'), 'extensionDecision')).toMatchObject({
      state: 'overdue',
    });
    expect(
      find(
        deriveCalendar(input(data, { completed: new Set(['extensionDecision']) }), '2024-04-01'),
        'extensionDecision',
      ),
    ).toMatchObject({
      state: 'done',
    });
  });

  test('the end of the period informs but is never overdue; no notice date without notice terms', () => {
    const unknown = malmoRegionRedCross();
    unknown.notice.months = null;
    const items = deriveCalendar(input(unknown), '2025-02-01');
    expect(find(items, 'end')).toMatchObject({ date: '2024-12-31', state: 'past' });
    expect(find(items, 'noticeDeadline')).toBeUndefined();
    expect(lastNoticeDate(unknown)).toBeNull();
    // No notice period (the support groups): nothing to give notice by either.
    expect(stockholmBris().notice.months).toBe(0);
    expect(lastNoticeDate(stockholmBris())).toBeNull();
    expect(find(deriveCalendar(input(stockholmBris()), '2018-01-01'), 'noticeDeadline')).toBeUndefined();
    // The three-party agreement: 9 months' notice, so 2024-03-31 at the latest.
    expect(lastNoticeDate(malmoRegionRedCross())).toBe('2024-03-31');
  });

  test('the umbrella: last day to give 4 months’ notice before the end is 2026-08-31', () => {
    const data = umbrella();
    expect(lastNoticeDate(data)).toBe('2026-08-31');
    expect(find(deriveCalendar(input(data), '2026-07-01'), 'noticeDeadline')).toMatchObject({
      date: '2026-08-31',
      state: 'due',
    });
  });

  test('report due dates come from the follow-up rules and can be marked done', () => {
    const data = malmoRegionRedCross();
    const key = followUpItemKey('annualReport', '2022-03-31');
    const before = deriveCalendar(input(data), '2022-04-02');
    expect(find(before, key)).toMatchObject({
      kind: 'followUp',
      followUpKind: 'annualReport',
      year: 2021,
      organisationId: pureIds.redCross,
      state: 'overdue',
    });
    const after = deriveCalendar(input(data, { completed: new Set([key]) }), '2022-04-02');
    expect(find(after, key)).toMatchObject({ state: 'done' });
    expect(find(after, followUpItemKey('finalReport', '2025-04-30'))).toMatchObject({ state: 'later' });
  });

  test('the next meeting each body owes, overdue when the cadence was missed', () => {
    const data = umbrella();
    const items = deriveCalendar(
      input(data, { meetings: [{ bodyKey: 'steering', date: '2024-01-20' }] }),
      '2024-03-25',
    );
    expect(find(items, 'meeting:steering')).toMatchObject({
      date: '2024-03-20',
      state: 'overdue',
      organisationId: pureIds.malmo,
    });
    expect(find(items, 'meeting:cooperation')).toMatchObject({ date: '2024-04-01', state: 'due' });
  });

  test('scheduled payments appear, done once paid', () => {
    const data = stockholmBris();
    const items = deriveCalendar(
      input(data, {
        actuals: [
          {
            date: '2016-12-28',
            kind: 'payment',
            payerOrganisationId: pureIds.stockholm,
            recipientOrganisationId: pureIds.bris,
            amount: 17_795_900,
          },
        ],
      }),
      '2017-02-01',
    );
    const payments = items.filter((i) => i.kind === 'payment');
    expect(payments).toHaveLength(8);
    expect(payments[0]).toMatchObject({ date: '2017-01-01', state: 'done', amount: 17_795_900 });
    expect(payments[1]).toMatchObject({ date: '2017-04-01', state: 'due', amount: 17_795_800 });
  });

  test('after notice, nothing falls due beyond the new end except what is due after the end', () => {
    const data = umbrella();
    const noticeGiven = {
      givenOn: '2025-02-10',
      byOrganisationId: pureIds.saveTheChildren,
      ongoingInterventions: '',
    };
    const items = deriveCalendar(input(data, {}, { status: 'terminated', noticeGiven }), '2025-03-01');
    expect(find(items, 'end')).toMatchObject({ date: '2025-06-10' });
    expect(find(items, 'noticeDeadline')).toBeUndefined();
    expect(
      items.filter((i) => i.kind === 'followUp' && i.refKey === 'steeringReport').map((i) => i.date),
    ).toEqual(['2024-07-01', '2025-01-01']);
    expect(items.find((i) => i.refKey === 'finalReport')).toMatchObject({ date: '2025-10-10' });
    expect(items.filter((i) => i.kind === 'payment').at(-1)!.date).toBe('2025-04-01');
  });

  test('items come in date order; the dashboard shows the overdue and those due within 90 days', () => {
    const items = deriveCalendar(input(malmoRegionRedCross()), '2024-01-15');
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    const attention = items.filter(needsAttention);
    expect(attention.every((i) => i.state === 'overdue' || i.date <= '2024-04-14')).toBe(true);
    expect(attention.map((i) => i.key)).toContain('extensionDecision');
  });

  test('attention items gather a payer’s overdue payments into one', () => {
    const items = deriveCalendar(input(stockholmBris()), '2017-08-15');
    const attention = attentionItems(items);
    const payments = attention.filter((i) => i.kind === 'payment');
    expect(payments.map((i) => [i.key, i.date, i.amount, i.count, i.state])).toEqual([
      [`paymentsOverdue:${pureIds.stockholm}`, '2017-01-01', 53_387_500, 3, 'overdue'],
      [payments[1]!.key, '2017-10-01', 17_795_800, 1, 'due'],
    ]);
    expect(attention.every((i) => i.state === 'overdue' || i.state === 'due')).toBe(true);
  });
});

describe('payments and funds in the calendar', () => {
  const payment = (date: string, kr: number) => ({
    date,
    kind: 'payment' as const,
    payerOrganisationId: pureIds.stockholm,
    recipientOrganisationId: pureIds.bris,
    amount: kr * 100,
  });

  test('overdue sums count what is still unpaid of partly paid instalments, not whole instalments', () => {
    // Quarters 1–3 of 2017 are due by 2017-08-15: 177 959 + 177 958 + 177 958 kr, of which 200 000 kr is paid.
    const items = deriveCalendar(
      input(stockholmBris(), {
        actuals: [payment('2017-01-05', 200_000)],
        fundsConfirmed: new Set([2017, 2018]),
      }),
      '2017-08-15',
    );
    const payments = items.filter((i) => i.kind === 'payment').slice(0, 3);
    expect(payments.map((i) => [i.state, i.amount, i.unpaid])).toEqual([
      ['done', 17_795_900, 0],
      ['overdue', 17_795_800, 15_591_700],
      ['overdue', 17_795_800, 17_795_800],
    ]);
    const gathered = attentionItems(items).find((i) => i.kind === 'payment' && i.state === 'overdue')!;
    expect(gathered).toMatchObject({ count: 2, amount: 35_591_600, unpaid: 33_387_500 });
  });

  test('each year’s funds confirmation is its own item, due before the year, done once recorded', () => {
    const data = stockholmBris();
    const before = deriveCalendar(input(data), '2017-11-15');
    expect(
      before.filter((i) => i.kind === 'fundsConfirmation').map((i) => [i.key, i.date, i.year, i.state]),
    ).toEqual([
      ['fundsConfirmation:2017', '2017-01-01', 2017, 'overdue'],
      ['fundsConfirmation:2018', '2017-12-31', 2018, 'due'],
    ]);
    const after = deriveCalendar(input(data, { fundsConfirmed: new Set([2017]) }), '2017-11-15');
    expect(after.filter((i) => i.kind === 'fundsConfirmation').map((i) => i.state)).toEqual(['done', 'due']);
    expect(
      attentionItems(after)
        .filter((i) => i.kind === 'fundsConfirmation')
        .map((i) => i.key),
    ).toEqual(['fundsConfirmation:2018']);
  });

  test('without the confirmation a year’s payments are unconfirmed; without the condition there is nothing to confirm', () => {
    const items = deriveCalendar(input(stockholmBris(), { fundsConfirmed: new Set([2017]) }), '2017-11-15');
    const byYear = (year: number) => items.filter((i) => i.kind === 'payment' && i.year === year);
    expect(byYear(2017).every((i) => !i.unconfirmed)).toBe(true);
    expect(byYear(2018).every((i) => i.unconfirmed)).toBe(true);
    const coFinanced = deriveCalendar(input(malmoRegionRedCross()), '2022-01-15');
    expect(coFinanced.some((i) => i.kind === 'fundsConfirmation' || i.unconfirmed)).toBe(false);
  });

  test('overdue confirmations of several years are gathered into one item', () => {
    const attention = attentionItems(deriveCalendar(input(stockholmBris()), '2018-06-01'));
    expect(
      attention.filter((i) => i.kind === 'fundsConfirmation').map((i) => [i.key, i.date, i.count]),
    ).toEqual([['fundsConfirmationsOverdue', '2017-01-01', 2]]);
  });
});
