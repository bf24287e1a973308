// Before a group's data is erased, its effect results are kept as anonymised
// sums (n, the sums of the scores before and after and of the changes and
// their squares, and how many changed reliably each way), computed by the
// same function as the live results, so a report reads the same afterwards.
// The answer sheets themselves go with the enrolments (erasure-routine.ts).
import type { WriteDb } from '../db/handles';
import { liveGroupSums } from '../reports/effect-facts';
import { groupPlaces, insertEffectRecords } from './effect-records-repository';

export async function keepEffectRecords(
  db: WriteDb,
  groupIds: readonly number[],
  erasedOn: string,
): Promise<void> {
  if (groupIds.length === 0) return;
  const sums = await liveGroupSums(db, groupIds);
  if (sums.length === 0) return;
  const places = new Map((await groupPlaces(db, groupIds)).map((g) => [g.id, g]));
  await insertEffectRecords(
    db,
    sums.map((s) => {
      const place = places.get(s.groupId)!;
      return {
        agreement_id: place.agreement_id,
        programme_id: place.programme_id,
        group_id: s.groupId,
        instrument_id: s.instrumentId,
        scale: s.scale,
        comparison: s.comparison,
        n: s.sums.n,
        sum_before: s.sums.sumBefore,
        sum_after: s.sums.sumAfter,
        sum_change: s.sums.sumChange,
        sum_change_squared: s.sums.sumChangeSquared,
        improved: s.sums.improved,
        unchanged: s.sums.unchanged,
        worse: s.sums.worse,
        erased_on: erasedOn,
      };
    }),
  );
}
