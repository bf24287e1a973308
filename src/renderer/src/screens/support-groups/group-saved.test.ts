import { describe, expect, it } from 'vitest';
import { sv } from '../../i18n/sv';
import { groupSavedKey } from './group-saved';

const sessions = (...ids: number[]) => ({
  sessions: ids.map((id) => ({
    id,
    date: '2026-03-04',
    startTime: '17:00',
    minutes: 120,
    kind: 'session' as const,
    cancelled: false,
  })),
});

describe('the notice after saving a group', () => {
  it('a status change or a new name does not say the schedule was made', () => {
    const key = groupSavedKey(sessions(1, 2, 3), sessions(1, 2, 3));
    expect(sv[key]).toBe('Gruppen är sparad.');
    expect(sv[key]).not.toContain('Schemat');
  });

  it('a new group, or a new start that made the schedule anew, says so', () => {
    expect(sv[groupSavedKey(null, sessions(1))]).toBe(
      'Gruppen är skapad. Schemat är skapat utifrån insatsens upplägg.',
    );
    expect(sv[groupSavedKey(sessions(1, 2), sessions(3, 4))]).toBe(
      'Gruppen är sparad. Schemat är skapat på nytt från det nya startdatumet.',
    );
  });
});
