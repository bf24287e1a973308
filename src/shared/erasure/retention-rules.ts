// The retention rules beside gallring (which erases the enrolments of groups
// that are over, after the hand-back):
// - a waiting entry (intresseanmälan, väntelista, erbjuden plats, or an
//   avbruten enrolment) that never led to a place (no attendance recorded,
//   and not in a group that is over: those are gallring's) is erased
//   `waitingEntryDays` after it was cancelled or refused, or after it went
//   stale (unchanged for `staleAfterDays`);
// - a child with no enrolment left is erased `childWithoutEnrolmentDays`
//   after the child's last change; a child whose last enrolment is erased by
//   gallring or by the rule above goes in the same erasure;
// - guardians, the foster home and contacts of an erased child go with it.
// Due and overdue are decided like gallring's (retention.ts).
import { z } from 'zod';
import { addDays } from '../dates';
import type { EnrolmentStatus } from '../support-groups/vocabulary';

export const retentionRules = ['waitingEntries', 'childrenWithoutEnrolment'] as const;
export type RetentionRule = (typeof retentionRules)[number];

const days = (min: number, max: number) =>
  z
    .number({ error: 'retention.daysRange' })
    .int({ error: 'retention.daysRange' })
    .min(min, { error: 'retention.daysRange' })
    .max(max, { error: 'retention.daysRange' });

export const retentionSettings = z.object({
  waitingEntryDays: days(0, 730),
  staleAfterDays: days(30, 1095),
  childWithoutEnrolmentDays: days(0, 730),
});
export type RetentionSettings = z.infer<typeof retentionSettings>;

export const defaultRetentionSettings: RetentionSettings = {
  waitingEntryDays: 90,
  staleAfterDays: 365,
  childWithoutEnrolmentDays: 90,
};

/** The day a waiting entry is due for erasure, from its status and the Swedish day of its last change. */
export function waitingEntryDueOn(
  status: EnrolmentStatus,
  lastChangedOn: string,
  settings: RetentionSettings,
): string {
  const from = status === 'cancelled' ? lastChangedOn : addDays(lastChangedOn, settings.staleAfterDays);
  return addDays(from, settings.waitingEntryDays);
}

export const childWithoutEnrolmentDueOn = (lastChangedOn: string, settings: RetentionSettings) =>
  addDays(lastChangedOn, settings.childWithoutEnrolmentDays);
