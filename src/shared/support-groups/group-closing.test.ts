import { describe, expect, it } from 'vitest';
import { canComplete, defaultClosing, needsOutcome } from './group-closing';

const sessions = [1, 2, 3, 4, 5, 6].map((id) => ({ id, date: `2026-03-0${id}`, cancelled: id === 5 }));
const marks = (present: number[], absent: number[] = []) =>
  Object.fromEntries([
    ...present.map((id) => [String(id), true]),
    ...absent.map((id) => [String(id), false]),
  ]);

describe('the outcome offered when a group closes', () => {
  it('a child taking part who came to the end completed the group', () => {
    expect(
      defaultClosing({ status: 'participating', attendance: marks([1, 2, 3, 4, 6]) }, sessions, '2026-03-09'),
    ).toEqual({
      outcome: 'completed',
      afterSessionId: 6,
    });
  });

  it('missing the last two held sessions (a cancelled one does not count) is still completed', () => {
    expect(
      defaultClosing(
        { status: 'participating', attendance: marks([1, 2, 3], [4, 6]) },
        sessions,
        '2026-03-09',
      ),
    ).toEqual({
      outcome: 'completed',
      afterSessionId: 3,
    });
  });

  it('a child who stopped coming earlier dropped out after the last session attended', () => {
    expect(
      defaultClosing(
        { status: 'participating', attendance: marks([1, 2], [3, 4, 6]) },
        sessions,
        '2026-03-09',
      ),
    ).toEqual({
      outcome: 'droppedOut',
      afterSessionId: 2,
    });
  });

  it('sessions after today are not held yet', () => {
    expect(
      defaultClosing({ status: 'participating', attendance: marks([1]) }, sessions, '2026-03-03'),
    ).toEqual({
      outcome: 'completed',
      afterSessionId: 1,
    });
  });

  it('a child admitted or offered a place who never came dropped out before the first session', () => {
    for (const status of ['admitted', 'offered'] as const) {
      expect(defaultClosing({ status, attendance: {} }, sessions, '2026-03-09')).toEqual({
        outcome: 'droppedOut',
        afterSessionId: null,
      });
    }
  });

  it('only children still in the group need an outcome, and only one taking part can complete', () => {
    expect(
      ['offered', 'admitted', 'participating', 'completed', 'cancelled', 'interest'].map((s) =>
        needsOutcome(s as never),
      ),
    ).toEqual([true, true, true, false, false, false]);
    expect(canComplete('participating')).toBe(true);
    expect(canComplete('admitted')).toBe(false);
  });
});
