// Closing a group (issue 11): every child still in it gets an outcome in the
// same step: completed (genomförd), or dropped out (avbruten) after a session.
// Main refuses a closing that leaves a child without one; the form offers the
// default below, which the coordinator can change child by child.
import type { EnrolmentStatus } from './vocabulary';

/** Children still waiting for or taking part in the group when it closes: each needs an outcome. */
export const openAtClosing: readonly EnrolmentStatus[] = ['offered', 'admitted', 'participating'];
export const needsOutcome = (status: EnrolmentStatus): boolean => openAtClosing.includes(status);

export type ClosingOutcome = 'completed' | 'droppedOut';

/** Only a child taking part can complete the group; one who never started dropped out. */
export const canComplete = (status: EnrolmentStatus): boolean => status === 'participating';

/** A child taking part who missed more than this many of the last held sessions is offered "dropped out". */
export const missedAtTheEnd = 2;

export interface ClosingChild {
  status: EnrolmentStatus;
  /** sessionId → present, as the group page has it. */
  attendance: Readonly<Record<string, boolean>>;
}

export interface ClosingSession {
  id: number;
  date: string;
  cancelled: boolean;
}

export interface ClosingDefault {
  outcome: ClosingOutcome;
  /** The last session the child came to; null when the child never came. */
  afterSessionId: number | null;
}

/**
 * The outcome offered for a child: completed when taking part and present at
 * one of the last `missedAtTheEnd + 1` sessions held (on or before `today`);
 * otherwise dropped out after the last session the child came to.
 */
export function defaultClosing(
  child: ClosingChild,
  sessions: readonly ClosingSession[],
  today: string,
): ClosingDefault {
  const held = sessions.filter((s) => !s.cancelled && s.date <= today);
  let lastPresent = -1;
  held.forEach((s, i) => {
    if (child.attendance[String(s.id)] === true) lastPresent = i;
  });
  const afterSessionId = lastPresent >= 0 ? held[lastPresent]!.id : null;
  const stayedToTheEnd = lastPresent >= 0 && held.length - 1 - lastPresent <= missedAtTheEnd;
  return canComplete(child.status) && stayedToTheEnd
    ? { outcome: 'completed', afterSessionId }
    : { outcome: 'droppedOut', afterSessionId };
}
