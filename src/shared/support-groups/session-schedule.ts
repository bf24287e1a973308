// Generates a group's session schedule (träffar) from its programme's format.
// - weekly: default 8 sessions of 120 minutes, one a week;
// - weekend: at least three full days spread over Saturdays and Sundays
//   (Sat, Sun, the next Sat, ...) plus a follow-up Saturday some weeks later;
// - custom: any count, length and interval, e.g. 14 weekly sessions.
// The result is a proposal: the coordinator can edit every session after.
import { addDays, weekday } from '../dates';
import type { ProgrammeFormat } from './vocabulary';

export interface FormatSpec {
  format: ProgrammeFormat;
  /** Weekly/custom: number of sessions. Weekend: number of full days (>= 3). */
  sessionCount: number;
  /** Minutes per session (per full day for weekends). */
  sessionMinutes: number;
  /** Days between sessions (custom; weekly is always 7). */
  intervalDays: number;
  /** Weekend: weeks from the last full day's Saturday to the follow-up Saturday. */
  followUpWeeks: number;
  /** Weekend: length of the follow-up day. */
  followUpMinutes: number;
}

export const formatDefaults: Record<ProgrammeFormat, FormatSpec> = {
  weekly: {
    format: 'weekly',
    sessionCount: 8,
    sessionMinutes: 120,
    intervalDays: 7,
    followUpWeeks: 0,
    followUpMinutes: 0,
  },
  weekend: {
    format: 'weekend',
    sessionCount: 3,
    sessionMinutes: 360,
    intervalDays: 0,
    followUpWeeks: 4,
    followUpMinutes: 240,
  },
  custom: {
    format: 'custom',
    sessionCount: 14,
    sessionMinutes: 90,
    intervalDays: 7,
    followUpWeeks: 0,
    followUpMinutes: 0,
  },
};

export const minimumWeekendDays = 3;

export type SessionKind = 'session' | 'fullDay' | 'followUp';

export interface PlannedSession {
  date: string;
  startTime: string;
  minutes: number;
  kind: SessionKind;
}

export type ScheduleProblem =
  'schedule.weekendStartsSaturday' | 'schedule.weekendTooShort' | 'schedule.count';

export type ScheduleResult =
  { ok: true; sessions: PlannedSession[] } | { ok: false; problem: ScheduleProblem };

export function generateSchedule(spec: FormatSpec, startDate: string, startTime: string): ScheduleResult {
  if (!Number.isInteger(spec.sessionCount) || spec.sessionCount < 1 || spec.sessionCount > 60) {
    return { ok: false, problem: 'schedule.count' };
  }
  if (spec.format === 'weekend') {
    if (weekday(startDate) !== 6) return { ok: false, problem: 'schedule.weekendStartsSaturday' };
    if (spec.sessionCount < minimumWeekendDays) return { ok: false, problem: 'schedule.weekendTooShort' };
    const sessions: PlannedSession[] = [];
    // Day i falls on the Saturday (even i) or Sunday (odd i) of weekend floor(i / 2).
    for (let i = 0; i < spec.sessionCount; i++) {
      const date = addDays(startDate, Math.floor(i / 2) * 7 + (i % 2));
      sessions.push({ date, startTime, minutes: spec.sessionMinutes, kind: 'fullDay' });
    }
    const lastSaturday = addDays(startDate, Math.floor((spec.sessionCount - 1) / 2) * 7);
    sessions.push({
      date: addDays(lastSaturday, Math.max(1, spec.followUpWeeks) * 7),
      startTime,
      minutes: spec.followUpMinutes > 0 ? spec.followUpMinutes : spec.sessionMinutes,
      kind: 'followUp',
    });
    return { ok: true, sessions };
  }
  const interval = spec.format === 'weekly' ? 7 : Math.max(1, spec.intervalDays);
  return {
    ok: true,
    sessions: Array.from({ length: spec.sessionCount }, (_, i) => ({
      date: addDays(startDate, i * interval),
      startTime,
      minutes: spec.sessionMinutes,
      kind: 'session' as const,
    })),
  };
}
