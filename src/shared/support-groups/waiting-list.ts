// Suggests a group for a child on the waiting list: a group of the same
// programme that is planned or open, has not started yet, has a free place,
// and whose age band fits the child's age at its start. The earliest wins.
import { checkAge, type AgeRange } from './age-rule';
import type { GroupStatus } from './vocabulary';

export interface CandidateGroup {
  id: number;
  status: GroupStatus;
  startDate: string;
  placed: number;
  max: number;
  /** The group's own age band (a weekend subgroup), else the programme's. */
  ageRange: AgeRange;
}

export function suggestGroup(
  groups: readonly CandidateGroup[],
  ageAtStart: (startDate: string) => number | null,
  today: string,
): CandidateGroup | null {
  const fitting = groups.filter(
    (g) =>
      (g.status === 'planned' || g.status === 'open') &&
      g.startDate >= today &&
      g.placed < g.max &&
      checkAge(ageAtStart(g.startDate), g.ageRange).kind !== 'outside',
  );
  fitting.sort((a, b) => (a.startDate === b.startDate ? a.id - b.id : a.startDate < b.startDate ? -1 : 1));
  return fitting[0] ?? null;
}
