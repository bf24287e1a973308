// What an instrument is, as scoring and statistics need it: items on a scale
// (reverse-scored ones counted from the other end) and the totals or
// subscales computed from them, each with the reliability and norm standard
// deviation its reliable change index uses.
import type { Respondent, ScoreMethod } from './vocabulary';

export interface InstrumentItem {
  text: string;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  /** Counted from the other end: min + max − answer. */
  reverse: boolean;
  /** An answer must be given. */
  required: boolean;
}

export interface InstrumentScale {
  name: string;
  /** Positions (from 0) of the items in the instrument. */
  items: number[];
  method: ScoreMethod;
  /** Whether a higher score is the better one (decides which way is "improved"). */
  higherIsBetter: boolean;
  /** The norm group's standard deviation of this score. */
  normSd: number;
  /** The score's reliability r (e.g. test–retest or Cronbach's α), 0 ≤ r < 1. */
  reliability: number;
}

export interface InstrumentDefinition {
  name: string;
  respondent: Respondent;
  items: InstrumentItem[];
  scales: InstrumentScale[];
}
