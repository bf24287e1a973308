import { describe, expect, test } from 'vitest';
import { dueDates } from './follow-ups';

describe('follow-up due dates', () => {
  test('an annual report on each year, due 31 March the year after', () => {
    expect(
      dueDates({ kind: 'yearly', month: 3, day: 31, followingYear: true }, '2021-01-01', '2024-12-31'),
    ).toEqual([
      { dueDate: '2022-03-31', year: 2021 },
      { dueDate: '2023-03-31', year: 2022 },
      { dueDate: '2024-03-31', year: 2023 },
      { dueDate: '2025-03-31', year: 2024 },
    ]);
  });

  test('an activity plan at the start of each year', () => {
    expect(
      dueDates({ kind: 'yearly', month: 1, day: 31, followingYear: false }, '2017-01-01', '2018-12-31'),
    ).toEqual([
      { dueDate: '2017-01-31', year: 2017 },
      { dueDate: '2018-01-31', year: 2018 },
    ]);
  });

  test('a written report to the steering group twice per 12 months, within the period', () => {
    expect(
      dueDates({ kind: 'everyMonths', months: 6 }, '2024-01-01', '2026-12-31').map((o) => o.dueDate),
    ).toEqual(['2024-07-01', '2025-01-01', '2025-07-01', '2026-01-01', '2026-07-01']);
  });

  test('a final report some months after the end; a one-off on its date', () => {
    expect(dueDates({ kind: 'afterEnd', months: 4 }, '2024-01-01', '2026-12-31')).toEqual([
      { dueDate: '2027-04-30', year: null },
    ]);
    expect(dueDates({ kind: 'once', date: '2025-05-05' }, '2024-01-01', '2026-12-31')).toEqual([
      { dueDate: '2025-05-05', year: null },
    ]);
  });

  test('29 February only in leap years', () => {
    expect(
      dueDates({ kind: 'yearly', month: 2, day: 29, followingYear: false }, '2023-01-01', '2024-12-31').map(
        (o) => o.dueDate,
      ),
    ).toEqual(['2023-02-28', '2024-02-29']);
  });
});
