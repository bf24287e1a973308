// English texts for commitments that can be followed up (Swedish in commitments-sv.ts).
import type { commitmentsSv } from './commitments-sv';

export const commitmentsEn: Record<keyof typeof commitmentsSv, string> = {
  'commitments.targetNotWhole': 'The target must be a whole number, for example 4.',
  'commitments.targetNegative': 'The target cannot be negative.',
  'commitments.targetRequired': 'Give a target for a recurring commitment.',
  'commitments.targetOnlyRecurring': 'Only a recurring commitment has a target per period.',
  'commitments.dueDateRequired': 'Give the date a one-off commitment is due.',
  'commitments.dueDateOnlyOneOff': 'Only a one-off commitment has a due date.',
  'commitments.toleranceOnlyAbout': 'A tolerance applies only to an "about" target.',
  'commitments.noSuchAppendix': 'The appendix is not in the agreement.',
  'commitments.appendixOfOtherParty': 'The appendix belongs to another party than the commitment.',
  'commitments.tickOffInFuture': 'The date cannot be in the future. Tick off what has already been done.',
  'commitments.tickOffBeforeStart': 'The date is before the agreement starts.',
  'commitments.unknown': 'The commitment is not in the agreement.',
  'commitments.counted': 'This commitment is counted from the support-group records, not ticked off by hand.',
  'commitments.tickOffNotFound': 'The tick-off does not exist (it may already have been removed).',
  'commitments.tickOffOfOtherAgreement': 'The tick-off belongs to another agreement and cannot be removed here.',
};
