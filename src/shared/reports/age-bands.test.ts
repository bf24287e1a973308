import { describe, expect, it } from 'vitest';
import { ageBand } from './age-bands';
import { reportPeriod, yearsOf } from './periods';

describe('age bands', () => {
  it('puts each age in its band, with the edges inclusive', () => {
    expect([6, 9, 10, 12, 13, 15, 16, 18, 19, 24].map(ageBand)).toEqual([
      '6-9',
      '6-9',
      '10-12',
      '10-12',
      '13-15',
      '13-15',
      '16-18',
      '16-18',
      '19-24',
      '19-24',
    ]);
  });

  it('keeps ages outside the bands and unknown ages apart', () => {
    expect([5, 25, null].map(ageBand)).toEqual(['other', 'other', 'unknown']);
  });
});

describe('report periods', () => {
  it('spans a year, each half-year and custom dates', () => {
    expect(reportPeriod({ kind: 'year', year: 2025 })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      label: '2025',
    });
    expect(reportPeriod({ kind: 'halfYear', year: 2025, half: 1 })).toMatchObject({
      from: '2025-01-01',
      to: '2025-06-30',
    });
    expect(reportPeriod({ kind: 'halfYear', year: 2025, half: 2 })).toMatchObject({
      from: '2025-07-01',
      to: '2025-12-31',
    });
    expect(reportPeriod({ kind: 'custom', from: '2024-09-01', to: '2025-02-28' })).toMatchObject({
      from: '2024-09-01',
      to: '2025-02-28',
    });
  });

  it('lists the budget years a period touches', () => {
    expect(yearsOf({ from: '2024-09-01', to: '2026-02-28' })).toEqual([2024, 2025, 2026]);
  });
});
