import { describe, expect, test } from 'vitest';
import { malmoRegionRedCross, stockholmBris } from '../../../test/support/agreements/fixtures';
import { fundsYearStatuses, fundsYears, unconfirmedYears, type FundsConfirmation } from './funds';

const confirmation = (year: number): FundsConfirmation => ({
  year,
  grantedOn: `${year - 1}-11-28`,
  grantedBy: 'Kommunfullmäktige',
  decisionReference: `KF ${year - 1}-11-28 § 212`,
  note: '',
  recordedBy: 'Karin Handläggare',
  recordedAt: `${year - 1}-12-01T10:00:00.000Z`,
});

describe('provided funds are granted', () => {
  test('Stockholm–Bris: each year is confirmed before it starts, the first by the start date', () => {
    expect(fundsYears(stockholmBris().period)).toEqual([
      { year: 2017, dueDate: '2017-01-01' },
      { year: 2018, dueDate: '2017-12-31' },
    ]);
  });

  test('a period starting mid-year: its first year is due by the start, the next by 31 December', () => {
    const period = { start: '2024-08-15', end: '2026-08-14', fundsCondition: true };
    expect(fundsYears(period)).toEqual([
      { year: 2024, dueDate: '2024-08-15' },
      { year: 2025, dueDate: '2024-12-31' },
      { year: 2026, dueDate: '2025-12-31' },
    ]);
  });

  test('an agreement without the condition has no years to confirm', () => {
    const period = malmoRegionRedCross().period;
    expect(period.fundsCondition).toBe(false);
    expect(fundsYears(period)).toEqual([]);
    expect(unconfirmedYears(period, new Set())).toEqual(new Set());
    expect(fundsYearStatuses(period, period.end, [], '2022-01-01')).toEqual([]);
  });

  test('under notice only the years up to the effective end need a confirmation', () => {
    const period = { start: '2024-01-01', end: '2026-12-31', fundsCondition: true };
    expect(fundsYears(period, '2025-06-10').map((y) => y.year)).toEqual([2024, 2025]);
  });

  test('unconfirmed years are those without a confirmation', () => {
    const period = stockholmBris().period;
    expect(unconfirmedYears(period, new Set([2017]))).toEqual(new Set([2018]));
    expect(unconfirmedYears(period, new Set([2017, 2018]))).toEqual(new Set());
  });

  test('each year confirmed, overdue or pending on a given day', () => {
    const period = stockholmBris().period;
    const states = fundsYearStatuses(period, period.end, [confirmation(2017)], '2018-01-10');
    expect(states.map((s) => [s.year, s.dueDate, s.state, s.confirmation?.grantedBy ?? null])).toEqual([
      [2017, '2017-01-01', 'confirmed', 'Kommunfullmäktige'],
      [2018, '2017-12-31', 'overdue', null],
    ]);
    expect(fundsYearStatuses(period, period.end, [], '2017-12-31').map((s) => s.state)).toEqual([
      'overdue',
      'pending',
    ]);
  });

  test('a confirmation for a year the period no longer covers stays listed, so it can be removed', () => {
    const period = stockholmBris().period;
    const states = fundsYearStatuses(period, period.end, [confirmation(2019)], '2018-01-10');
    expect(states.map((s) => [s.year, s.state])).toEqual([
      [2017, 'overdue'],
      [2018, 'overdue'],
      [2019, 'confirmed'],
    ]);
  });
});
