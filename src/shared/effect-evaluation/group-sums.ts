// A group's sums per instrument, scale and comparison, from its answer sheets:
// the one computation behind the live results and the anonymised records kept
// at gallring, so the two always agree. Sheets are taken in enrolment order,
// so the floating-point sums come out bit for bit the same each time.
import type { InstrumentDefinition } from './instrument';
import { scaleScore, type AnswerValues } from './scoring';
import { pairSums, type EffectSums } from './statistics';
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

export function groupSums(
  answers: readonly AnswerFact[],
  instruments: ReadonlyMap<number, InstrumentDefinition>,
): GroupSums[] {
  const sheets = new Map<string, Partial<Record<Occasion, AnswerValues>>>();
  const sorted = [...answers].sort(
    (a, b) => a.groupId - b.groupId || a.instrumentId - b.instrumentId || a.enrolmentId - b.enrolmentId,
  );
  for (const a of sorted) {
    const key = `${a.groupId}:${a.instrumentId}:${a.enrolmentId}`;
    sheets.set(key, { ...sheets.get(key), [a.occasion]: a.values });
  }
  const pairs = new Map<string, { before: number; after: number }[]>();
  for (const [key, byOccasion] of sheets) {
    const [groupId, instrumentId] = key.split(':').map(Number) as [number, number];
    const instrument = instruments.get(instrumentId);
    if (!instrument || !byOccasion.before) continue;
    instrument.scales.forEach((scale, s) => {
      const before = scaleScore(instrument, scale, byOccasion.before!);
      for (const comparison of ['after', 'followUp'] as const) {
        const later = byOccasion[comparison];
        const after = later ? scaleScore(instrument, scale, later) : null;
        if (before === null || after === null) continue;
        const pairKey = `${groupId}:${instrumentId}:${s}:${comparison}`;
        pairs.set(pairKey, [...(pairs.get(pairKey) ?? []), { before, after }]);
      }
    });
  }
  return [...pairs].map(([key, list]) => {
    const [groupId, instrumentId, scale, comparison] = key.split(':') as [string, string, string, Comparison];
    const definition = instruments.get(Number(instrumentId))!;
    return {
      groupId: Number(groupId),
      instrumentId: Number(instrumentId),
      scale: Number(scale),
      comparison,
      sums: pairSums(list, definition.scales[Number(scale)]!),
    };
  });
}
