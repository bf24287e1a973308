import { describe, expect, test } from 'vitest';
import { suggestGroup, type CandidateGroup } from './waiting-list';

const group = (over: Partial<CandidateGroup> & { id: number }): CandidateGroup => ({
  status: 'open',
  startDate: '2026-04-01',
  placed: 3,
  max: 8,
  ageRange: { min: 7, max: 18 },
  ...over,
});
const age = (birthYear: number) => (start: string) => Number(start.slice(0, 4)) - birthYear;

describe('waiting list suggestion', () => {
  test('the earliest open group with a free place and a fitting age band', () => {
    const groups = [
      group({ id: 1, startDate: '2026-05-01' }),
      group({ id: 2, startDate: '2026-04-01', placed: 8 }),
      group({ id: 3, startDate: '2026-04-15', ageRange: { min: 13, max: 18 } }),
      group({ id: 4, startDate: '2026-04-20', ageRange: { min: 7, max: 12 } }),
    ];
    expect(suggestGroup(groups, age(2016), '2026-03-02')?.id).toBe(4);
    expect(suggestGroup(groups, age(2010), '2026-03-02')?.id).toBe(3);
  });

  test('running, finished and already started groups are not suggested', () => {
    const groups = [
      group({ id: 1, status: 'running' }),
      group({ id: 2, status: 'finished' }),
      group({ id: 3, startDate: '2026-02-01' }),
    ];
    expect(suggestGroup(groups, age(2015), '2026-03-02')).toBeNull();
  });
});
