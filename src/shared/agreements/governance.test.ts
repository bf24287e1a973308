import { describe, expect, test } from 'vitest';
import { nextMeeting, termOf } from './governance';

describe('next meeting by cadence', () => {
  test('every 2 months: due two months after the last meeting, or after the start', () => {
    const cadence = { kind: 'everyMonths', months: 2 } as const;
    expect(nextMeeting(cadence, [], '2024-01-01', '2024-02-01')).toEqual({
      due: '2024-03-01',
      missed: false,
    });
    expect(nextMeeting(cadence, ['2024-02-20', '2024-01-10'], '2024-01-01', '2024-03-01')).toEqual({
      due: '2024-04-20',
      missed: false,
    });
    expect(nextMeeting(cadence, ['2024-01-10'], '2024-01-01', '2024-03-11')).toEqual({
      due: '2024-03-10',
      missed: true,
    });
  });

  test('"at least twice a year" is every 6 months; five times a year every 73 days', () => {
    expect(
      nextMeeting({ kind: 'timesPerYear', times: 2 }, ['2021-03-15'], '2021-01-01', '2021-04-01'),
    ).toEqual({ due: '2021-09-15', missed: false });
    expect(nextMeeting({ kind: 'timesPerYear', times: 5 }, [], '2021-01-01', '2021-01-01')).toEqual({
      due: '2021-03-15',
      missed: false,
    });
  });

  test('once per term: each term from the start needs a meeting', () => {
    const cadence = { kind: 'perTerm' } as const;
    expect(termOf('2017-03-01')).toEqual({ start: '2017-01-01', end: '2017-06-30' });
    expect(termOf('2017-08-01')).toEqual({ start: '2017-07-01', end: '2017-12-31' });
    expect(nextMeeting(cadence, [], '2017-01-01', '2017-03-01')).toEqual({
      due: '2017-06-30',
      missed: false,
    });
    expect(nextMeeting(cadence, ['2017-05-10'], '2017-01-01', '2017-09-01')).toEqual({
      due: '2017-12-31',
      missed: false,
    });
    // The autumn term passed without a meeting although a later one was held: still missed.
    expect(nextMeeting(cadence, ['2017-05-10', '2018-02-01'], '2017-01-01', '2018-03-01')).toEqual({
      due: '2017-12-31',
      missed: true,
    });
  });
});
