// Checking one answer sheet against its instrument and computing its scores.
// A sum needs every item of the scale answered; a mean is taken over the
// items answered (none answered: no score).
import type { InstrumentDefinition, InstrumentItem, InstrumentScale } from './instrument';

/** An answer sheet: one value per item, in the instrument's order; null where not answered. */
export type AnswerValues = readonly (number | null)[];

/** Field problems of an answer sheet, keyed `values.<item>`; empty when it may be saved. */
export function answerProblems(
  instrument: InstrumentDefinition,
  values: AnswerValues,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (values.length !== instrument.items.length) return { values: 'effect.itemCount' };
  instrument.items.forEach((item, i) => {
    const v = values[i];
    if (v === null || v === undefined) {
      if (item.required) problems[`values.${i}`] = 'effect.itemRequired';
    } else if (!Number.isInteger(v) || v < item.min || v > item.max) {
      problems[`values.${i}`] = 'effect.outOfScale';
    }
  });
  return problems;
}

/** The item's score: a reverse-scored item counts from the other end of its scale. */
export const itemScore = (item: InstrumentItem, value: number): number =>
  item.reverse ? item.min + item.max - value : value;

export function scaleScore(
  instrument: InstrumentDefinition,
  scale: InstrumentScale,
  values: AnswerValues,
): number | null {
  const scores: number[] = [];
  for (const i of scale.items) {
    const v = values[i];
    if (v === null || v === undefined) {
      if (scale.method === 'sum') return null;
      continue;
    }
    scores.push(itemScore(instrument.items[i]!, v));
  }
  if (scores.length === 0) return null;
  const sum = scores.reduce((a, b) => a + b, 0);
  return scale.method === 'sum' ? sum : sum / scores.length;
}
