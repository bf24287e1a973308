import { describe, expect, it } from 'vitest';
import { endedOn, wasWaiting } from './waiting-at';

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
