import { describe, expect, test } from 'vitest';
import { allowedTransitions, canTransition, isFinal } from './enrolment-lifecycle';

describe('enrolment lifecycle', () => {
  test('the main path runs interest → waitlisted → offered → admitted → participating → completed', () => {
    const path = ['interest', 'waitlisted', 'offered', 'admitted', 'participating', 'completed'] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  test('steps cannot be skipped past admission', () => {
    expect(canTransition('waitlisted', 'participating')).toBe(false);
    expect(canTransition('offered', 'participating')).toBe(false);
    expect(canTransition('interest', 'completed')).toBe(false);
  });

  test('every state that is not final can be cancelled; final states go nowhere', () => {
    for (const s of ['interest', 'waitlisted', 'offered', 'admitted', 'participating'] as const) {
      expect(canTransition(s, 'cancelled')).toBe(true);
    }
    expect(allowedTransitions('completed')).toEqual([]);
    expect(isFinal('cancelled')).toBe(true);
  });

  test('a declined offer goes back to the waiting list', () => {
    expect(canTransition('offered', 'waitlisted')).toBe(true);
  });
});
