// A group's sums per instrument, scale and comparison, from its answer sheets:
// the one computation behind the live results and the anonymised records kept
// at gallring, so the two always agree. Pairs are added in enrolment order,
// so the floating-point sums come out bit for bit the same each time.
import type { InstrumentDefinition } from './instrument';
import { scaleScore, type AnswerValues } from './scoring';
import { addPair, emptySums, type EffectSums } from './statistics';
import type { Comparison, Occasion } from './vocabulary';

export interface AnswerFact {
  groupId: number;
  enrolmentId: number;
  instrumentId: number;
  occasion: Occasion;
  values: AnswerValues;
}

export interface GroupSums {
  groupId: number;
  instrumentId: number;
  scale: number;
  comparison: Comparison;
  sums: EffectSums;
}

interface Sheets {
  groupId: number;
  enrolmentId: number;
  instrumentId: number;
  before?: AnswerValues;
  after?: AnswerValues;
  followUp?: AnswerValues;
}

const comparisonsInOrder = ['after', 'followUp'] as const;

export function groupSums(
  answers: readonly AnswerFact[],
  instruments: ReadonlyMap<number, InstrumentDefinition>,
): GroupSums[] {
  // One entry per enrolment and instrument, with its sheets by occasion.
  const byEnrolment = new Map<string, Sheets>();
  for (const a of answers) {
    const key = `${a.enrolmentId}:${a.instrumentId}`;
    let entry = byEnrolment.get(key);
    if (!entry) {
      entry = { groupId: a.groupId, enrolmentId: a.enrolmentId, instrumentId: a.instrumentId };
      byEnrolment.set(key, entry);
    }
    entry[a.occasion] = a.values;
  }
  const entries = [...byEnrolment.values()].sort(
    (a, b) => a.groupId - b.groupId || a.instrumentId - b.instrumentId || a.enrolmentId - b.enrolmentId,
  );
  const result: GroupSums[] = [];
  const current = new Map<string, GroupSums>();
  for (const e of entries) {
    const instrument = instruments.get(e.instrumentId);
    if (!instrument || !e.before) continue;
    instrument.scales.forEach((scale, s) => {
      const before = scaleScore(instrument, scale, e.before!);
      if (before === null) return;
      for (const comparison of comparisonsInOrder) {
        const later = e[comparison];
        const after = later ? scaleScore(instrument, scale, later) : null;
        if (after === null) continue;
        const key = `${e.groupId}:${e.instrumentId}:${s}:${comparison}`;
        let sums = current.get(key);
        if (!sums) {
          sums = {
            groupId: e.groupId,
            instrumentId: e.instrumentId,
            scale: s,
            comparison,
            sums: emptySums(),
          };
          current.set(key, sums);
          result.push(sums);
        }
        addPair(sums.sums, before, after, scale);
      }
    });
  }
  return result;
}
