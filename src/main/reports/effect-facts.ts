// The facts effect results are computed from: per group in scope, its sums
// (kept in step with its answer sheets, or kept at gallring: one row per
// instrument, scale and comparison, group-sums-service.ts), with the
// instruments' names and scales. No answer sheet is read, except for a group
// a trigger marked and no write path settled: that one is computed from its
// sheets, so results are right even then.
import type { EffectFacts, EffectGroupFact } from '../../shared/effect-evaluation/effect-tables';
import { effectTables } from '../../shared/effect-evaluation/effect-tables';
import type { GroupSums } from '../../shared/effect-evaluation/group-sums';
import type { EffectResults } from '../../shared/ipc/effect-evaluation';
import { reportPeriod } from '../../shared/reports/periods';
import type { ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { staleGroupIds } from '../effect-evaluation/group-sums-repository';
import { liveGroupSums } from '../effect-evaluation/group-sums-service';
import { definitions } from '../effect-evaluation/instrument-service';
import { groupsInScope, sumsInScope, type ScopedGroupRow } from './effect-facts-repository';
import { readReportSettings } from './report-settings';
import { scopeAgreements } from './report-scope';

type Place = Omit<EffectGroupFact, 'instrumentId' | 'scale' | 'comparison' | 'sums'>;

const placeOf = (g: ScopedGroupRow): Place => ({
  agreementId: g.agreement_id,
  programmeId: g.programme_id,
  programmeName: g.programme_name,
  groupId: g.id,
  groupName: g.name,
  groupStart: g.start_date,
});

export async function effectFacts(
  db: ReadDb,
  agreementIds: readonly number[],
  period: { from: string; to: string },
): Promise<EffectFacts> {
  const [places, rows, stale] = await Promise.all([
    groupsInScope(db, agreementIds, period),
    sumsInScope(db, agreementIds, period),
    staleGroupIds(db),
  ]);
  const byId = new Map(places.map((g) => [g.id, placeOf(g)]));
  const staleInScope = stale.filter((id) => byId.has(id));
  const groups: EffectGroupFact[] = [];
  // A group still marked: its live sums from its sheets, in place of its (outdated) live rows.
  if (staleInScope.length > 0) {
    const live: GroupSums[] = await liveGroupSums(db, staleInScope);
    for (const s of live) groups.push({ ...byId.get(s.groupId)!, ...s });
  }
  const staleSet = new Set(staleInScope);
  // A group's rows are added in the order they were written (a group erased and given sheets again has both).
  rows.sort((a, b) => a.id - b.id);
  for (const r of rows) {
    if (r.live === 1 && staleSet.has(r.group_id)) continue;
    groups.push({
      ...byId.get(r.group_id)!,
      instrumentId: r.instrument_id,
      scale: r.scale,
      comparison: r.comparison,
      sums: {
        n: r.n,
        sumBefore: r.sum_before,
        sumAfter: r.sum_after,
        sumChange: r.sum_change,
        sumChangeSquared: r.sum_change_squared,
        improved: r.improved,
        unchanged: r.unchanged,
        worse: r.worse,
      },
    });
  }
  const instruments = await definitions(db, [...new Set(groups.map((s) => s.instrumentId))]);
  return {
    instruments: [...instruments].map(([id, d]) => ({
      id,
      name: d.name,
      respondent: d.respondent,
      scales: d.scales.map((s) => s.name),
    })),
    groups,
  };
}

export async function effectResults(
  ctx: ServiceContext<ReadDb>,
  input: { year: number; agreementId: number | null },
): Promise<EffectResults> {
  const period = reportPeriod({ kind: 'year', year: input.year });
  const scope =
    input.agreementId === null
      ? ({ kind: 'all' } as const)
      : ({ kind: 'agreement', agreementId: input.agreementId } as const);
  const [settings, agreements] = await Promise.all([
    readReportSettings(ctx.db),
    scopeAgreements(ctx.db, scope, period),
  ]);
  const facts = await effectFacts(
    ctx.db,
    agreements.map((a) => a.id),
    period,
  );
  const { tables } = effectTables(facts, agreements, settings.threshold, scope.kind === 'agreement');
  return { year: input.year, threshold: settings.threshold, tables };
}
