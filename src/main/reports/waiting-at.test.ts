import { describe, expect, it } from 'vitest';
import { swedishDay } from '../../shared/dates';
import { endedOn, endedOnByHour, wasWaiting } from './waiting-at';

const day = '2025-12-31';

describe('who was waiting for a place on a given day', () => {
  it('counts anyone still on the list, and anyone placed in a group that had not started', () => {
    expect(wasWaiting({ status: 'waitlisted', groupStart: null, endedOn: null }, day)).toBe(true);
    expect(wasWaiting({ status: 'interest', groupStart: '2025-09-01', endedOn: null }, day)).toBe(true);
    expect(wasWaiting({ status: 'offered', groupStart: '2026-02-02', endedOn: null }, day)).toBe(true);
    expect(wasWaiting({ status: 'completed', groupStart: '2026-02-02', endedOn: '2026-04-01' }, day)).toBe(
      true,
    );
  });

  it('leaves out those whose group had started and those who had ended by then', () => {
    expect(wasWaiting({ status: 'completed', groupStart: '2025-09-01', endedOn: '2025-11-01' }, day)).toBe(
      false,
    );
    expect(wasWaiting({ status: 'participating', groupStart: '2025-12-31', endedOn: null }, day)).toBe(false);
    expect(wasWaiting({ status: 'cancelled', groupStart: null, endedOn: '2025-12-01' }, day)).toBe(false);
    expect(wasWaiting({ status: 'cancelled', groupStart: null, endedOn: '2026-01-10' }, day)).toBe(true);
  });

  it('takes the Swedish day of the last change as the day an enrolment ended', () => {
    expect(endedOn('cancelled', '2025-12-31T23:30:00.000Z')).toBe('2026-01-01');
    expect(endedOn('participating', '2025-12-31T10:00:00.000Z')).toBeNull();
  });
});

describe('endedOnByHour', () => {
  it('gives the Swedish day of every instant, worked out once per UTC hour, across both clock changes', () => {
    const ended = endedOnByHour();
    const start = Date.UTC(2025, 11, 31, 0, 0, 0);
    for (let hour = 0; hour < 366 * 24; hour++) {
      // The hour's last millisecond first, then its first: both must come out as their own day.
      for (const offset of [3_599_999, 0, 1_800_000]) {
        const at = new Date(start + hour * 3_600_000 + offset);
        expect(ended('completed', at.toISOString())).toBe(swedishDay(at));
      }
    }
    expect(ended('admitted', '2026-03-29T00:30:00.000Z')).toBeNull();
    expect(ended('cancelled', '2026-03-28T23:30:00+00:00')).toBe('2026-03-29');
  });
});
