// How the app speaks of the person on an enrolment or a child's page (issue
// 11): the umbrella partnership serves young adults up to 24, and a
// 20-year-old is no "barn". DOMAIN.md's glossary: barn / deltagare. One rule,
// the consent rules' own: "barnet" until the person is certainly 18 on the
// day that counts (the group's first session, else today), then
// "deltagaren". A text that speaks of the person has its adult wording under
// the same key plus `.participant`, in the UI catalogues and in the error
// messages alike; `personParams` asks an error message for it.
import { adultOn, type AgeFacts } from './consent-rules';
import type { EstimatedAgeBand } from './vocabulary';

export const personTerms = ['child', 'participant'] as const;
export type PersonTerm = (typeof personTerms)[number];

/** The key suffix of a text's wording for an adult participant. */
export const participantSuffix = '.participant';

export function personTermOn(age: AgeFacts, day: string): PersonTerm {
  return adultOn(age, day) ? 'participant' : 'child';
}

/** A child's age facts as the contracts carry them (birth date, birth year, an age band and its day). */
export function ageFactsOf(child: {
  birthDate: string | null;
  birthYear: number | null;
  ageBand: EstimatedAgeBand | null;
  ageBandOn: string | null;
}): AgeFacts {
  const { birthDate, birthYear, ageBand, ageBandOn } = child;
  return {
    birthDate,
    birthYear,
    ageBand: ageBand && ageBandOn ? { band: ageBand, enteredOn: ageBandOn } : null,
  };
}

/** An error's params that pick its wording for the person (messages.ts reads `person`). */
export const personParams = (term: PersonTerm): { person: PersonTerm } => ({ person: term });
