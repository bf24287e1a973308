// The retention rule (gallring): when a group is over, its children's data is
// handed back to social services and erased within a set number of days
// (default 30). A group is over when it is finished (avslutad: after its
// last session) or cancelled (inställd: from the day it was cancelled).
import { addDays, daysBetween } from '../dates';
import type { GroupStatus } from '../support-groups/vocabulary';

/** later: not yet due; due: the deadline falls within the next `soonDays`; overdue: the deadline has passed. */
export type RetentionState = 'later' | 'due' | 'overdue';

export const defaultRetentionDays = 30;
/** How far ahead the dashboard warns. */
export const soonDays = 14;

export interface GroupEnd {
  status: GroupStatus;
  /** The last session that was not cancelled, if any. */
  lastSessionDate: string | null;
  startDate: string;
  /** The Swedish day of the group's last change (when a cancellation was saved). */
  lastChangedOn: string;
}

export const isOver = (status: GroupStatus) => status === 'finished' || status === 'cancelled';

/** The day the group counts as over, or null while it is not. */
export function overOn(group: GroupEnd): string | null {
  if (group.status === 'finished') return group.lastSessionDate ?? group.startDate;
  if (group.status === 'cancelled') return group.lastChangedOn;
  return null;
}

export const erasureDueOn = (over: string, retentionDays: number) => addDays(over, retentionDays);

export function retentionState(dueOn: string, today: string): RetentionState {
  if (dueOn < today) return 'overdue';
  return daysBetween(today, dueOn) <= soonDays ? 'due' : 'later';
}
