// The age rule: a child's age at the group's start (or today, before a group
// is chosen) must lie within the programme's age range; outside it, an
// enrolment needs an override with a written reason.
import { ageOn } from '../identity/personal-identity-number';

export interface AgeRange {
  min: number;
  max: number;
}

export type AgeCheck =
  | { kind: 'unknown' }
  | { kind: 'within'; age: number }
  | { kind: 'outside'; age: number; needsOverride: true };

/**
 * @param birth `YYYY-MM-DD`, or only the birth year for a person without an
 *   identity number whose date is unknown (then the age is the age reached
 *   during the year of `on`, the usual convention for school years).
 */
export function ageAt(
  birth: { birthDate: string | null; birthYear: number | null },
  on: string,
): number | null {
  if (birth.birthDate) return ageOn(birth.birthDate, on);
  if (birth.birthYear !== null) return Number(on.slice(0, 4)) - birth.birthYear;
  return null;
}

export function checkAge(age: number | null, range: AgeRange): AgeCheck {
  if (age === null) return { kind: 'unknown' };
  return age >= range.min && age <= range.max
    ? { kind: 'within', age }
    : { kind: 'outside', age, needsOverride: true };
}

/** True when the enrolment may proceed: within range, or outside it with a reason. */
export function ageAllowed(check: AgeCheck, overrideReason: string | null): boolean {
  return check.kind !== 'outside' || (overrideReason ?? '').trim().length > 0;
}
