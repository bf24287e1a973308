// The enrolment lifecycle:
// intresseanmälan → väntelista → erbjuden plats → antagen → deltar → genomförd,
// or avbruten (with a reason) from any state that is not final.
import type { EnrolmentStatus } from './vocabulary';

const next: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  interest: ['waitlisted', 'offered', 'cancelled'],
  waitlisted: ['offered', 'cancelled'],
  // A declined or withdrawn offer goes back to the waiting list.
  offered: ['admitted', 'waitlisted', 'cancelled'],
  admitted: ['participating', 'cancelled'],
  participating: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export const allowedTransitions = (from: EnrolmentStatus): readonly EnrolmentStatus[] => next[from];

export const canTransition = (from: EnrolmentStatus, to: EnrolmentStatus): boolean => next[from].includes(to);

export const isFinal = (status: EnrolmentStatus): boolean => next[status].length === 0;

/** Statuses in which the child is still waiting for or taking part in a group. */
export const activeStatuses: readonly EnrolmentStatus[] = [
  'interest',
  'waitlisted',
  'offered',
  'admitted',
  'participating',
];

/** Statuses that need a group. */
export const needsGroup = (status: EnrolmentStatus): boolean =>
  status === 'offered' || status === 'admitted' || status === 'participating' || status === 'completed';

/** Entering these statuses requires the gate (consent + notice to social services). */
export const needsGate = (status: EnrolmentStatus): boolean => status === 'participating';
