import { describe, expect, it } from 'vitest';
import { erasureDueOn, isOver, overOn, retentionState } from './retention';

const group = { startDate: '2025-02-03', lastSessionDate: '2025-03-24', lastChangedOn: '2025-04-02' };

describe('the retention rule', () => {
  it('counts a finished group as over after its last session, a cancelled one from the cancellation', () => {
    expect(overOn({ ...group, status: 'finished' })).toBe('2025-03-24');
    expect(overOn({ ...group, status: 'finished', lastSessionDate: null })).toBe('2025-02-03');
    expect(overOn({ ...group, status: 'cancelled' })).toBe('2025-04-02');
    for (const status of ['planned', 'open', 'running'] as const) {
      expect(overOn({ ...group, status })).toBeNull();
      expect(isOver(status)).toBe(false);
    }
  });

  it('makes the data due for erasure the configured number of days later (default 30)', () => {
    expect(erasureDueOn('2025-03-24', 30)).toBe('2025-04-23');
    expect(erasureDueOn('2025-03-24', 0)).toBe('2025-03-24');
  });

  it('is due within 14 days of the deadline, overdue after it, and later before', () => {
    expect(retentionState('2025-04-23', '2025-04-01')).toBe('later');
    expect(retentionState('2025-04-23', '2025-04-09')).toBe('due');
    expect(retentionState('2025-04-23', '2025-04-23')).toBe('due');
    expect(retentionState('2025-04-23', '2025-04-24')).toBe('overdue');
  });
});
