import type { Generated } from 'kysely';
import type { Comparison, Occasion, Respondent } from '../../../shared/effect-evaluation/vocabulary';

/** An organisation's instrument; `definition` holds its items and scales as JSON. */
export interface EffectInstrumentTable {
  id: Generated<number>;
  organisation_id: number;
  name: string;
  respondent: Respondent;
  definition: string;
  created_at: string;
}

/** An instrument a programme uses: before the first session, after the last, and a follow-up after N months. */
export interface ProgrammeInstrumentTable {
  programme_id: number;
  instrument_id: number;
  follow_up_months: number | null;
}

/** One answer sheet: the values per item as a JSON array (personal data; goes with its enrolment). */
export interface EffectAnswerTable {
  id: Generated<number>;
  enrolment_id: number;
  instrument_id: number;
  occasion: Occasion;
  answered_on: string;
  entered_by: number;
  answer_values: string;
  created_at: string;
}

/**
 * A group's effect sums for one instrument, scale and comparison: kept in step
 * with its answer sheets (`erased_on` null), or kept at gallring when the
 * sheets went (`erased_on` the date). Anonymised: no row names a child.
 */
export interface EffectGroupSumsTable {
  id: Generated<number>;
  group_id: number;
  instrument_id: number;
  scale: number;
  comparison: Comparison;
  n: number;
  sum_before: number;
  sum_after: number;
  sum_change: number;
  sum_change_squared: number;
  improved: number;
  unchanged: number;
  worse: number;
  erased_on: string | null;
}

/** Groups whose live sums a trigger marked as changed; recomputed before the transaction commits. */
export interface EffectSumsStaleTable {
  group_id: number;
}
