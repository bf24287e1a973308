// Each group's effect sums, kept in step with its answer sheets. Triggers
// (migration 0020) mark a group whenever something changes what its sums
// should be: a sheet written, changed or deleted, an enrolment that moves
// group or is deleted (by mistake or at gallring), foreign-key cascades
// included. Every write path that can do so ends with settleEffectSums() in
// its own transaction, which recomputes the marked groups from their sheets
// with the one function live results always used (group-sums.ts), so the
// rows are bit for bit what the sheets give. Results then read the rows;
// a group still marked (a path that forgot) is computed from its sheets.
import { groupSums, type AnswerFact, type GroupSums } from '../../shared/effect-evaluation/group-sums';
import type { ReadDb, WriteDb } from '../db/handles';
import { definitions } from './instrument-service';
import { markSumsKept, replaceLiveSums, sheetsOfGroups, staleGroupIds } from './group-sums-repository';

/** The sums of these groups computed from the answer sheets now in the database. */
export async function liveGroupSums(db: ReadDb, groupIds: readonly number[]): Promise<GroupSums[]> {
  const rows = await sheetsOfGroups(db, groupIds);
  const answers: AnswerFact[] = rows.map((r) => ({
    groupId: r.group_id,
    enrolmentId: r.enrolment_id,
    instrumentId: r.instrument_id,
    occasion: r.occasion,
    values: JSON.parse(r.answer_values) as (number | null)[],
  }));
  const instruments = await definitions(db, [...new Set(answers.map((a) => a.instrumentId))]);
  return groupSums(answers, instruments);
}

const chunk = 2000;

/** Recomputes the live sums of every marked group and clears the marks. Returns how many groups. */
export async function settleEffectSums(db: WriteDb): Promise<number> {
  const stale = await staleGroupIds(db);
  for (let i = 0; i < stale.length; i += chunk) {
    const part = stale.slice(i, i + chunk);
    const sums = await liveGroupSums(db, part);
    await replaceLiveSums(
      db,
      part,
      sums.map((s) => ({
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
        erased_on: null,
      })),
    );
  }
  return stale.length;
}

/**
 * Gallring, before the groups' sheets go: their live sums (settled first)
 * become the anonymised sums kept for them, so results read the same after.
 */
export async function keepEffectSums(
  db: WriteDb,
  groupIds: readonly number[],
  erasedOn: string,
): Promise<void> {
  if (groupIds.length === 0) return;
  await settleEffectSums(db);
  await markSumsKept(db, groupIds, erasedOn);
}
