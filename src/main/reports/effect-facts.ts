// The facts effect results are computed from: per group in scope, its sums
// from the live answer sheets and from the anonymised records of erased
// groups, with the instruments' names and scales. No answer leaves here.
import type { EffectFacts, EffectGroupFact } from '../../shared/effect-evaluation/effect-tables';
import { effectTables } from '../../shared/effect-evaluation/effect-tables';
import { groupSums, type AnswerFact } from '../../shared/effect-evaluation/group-sums';
import type { EffectResults } from '../../shared/ipc/effect-evaluation';
import { reportPeriod } from '../../shared/reports/periods';
import type { ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import { definitions } from '../effect-evaluation/instrument-service';
import { answersOfGroups, effectRecordsOfGroups, groupsInScope } from './effect-facts-repository';
import { readReportSettings } from './report-settings';
import { scopeAgreements } from './report-scope';

/** The live sums of these groups (the answer sheets now in the database). */
export async function liveGroupSums(db: ReadDb, groupIds: readonly number[]) {
  const rows = await answersOfGroups(db, groupIds);
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

export async function effectFacts(
  db: ReadDb,
  agreementIds: readonly number[],
  period: { from: string; to: string },
): Promise<EffectFacts> {
  const groups = await groupsInScope(db, agreementIds, period);
  const groupIds = groups.map((g) => g.id);
  const byId = new Map(groups.map((g) => [g.id, g]));
  const [live, records] = await Promise.all([
    liveGroupSums(db, groupIds),
    effectRecordsOfGroups(db, groupIds),
  ]);
  const sums = [
    ...live,
    ...records.map((r) => ({
      groupId: r.group_id,
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
    })),
  ];
  const instruments = await definitions(db, [...new Set(sums.map((s) => s.instrumentId))]);
  return {
    instruments: [...instruments].map(([id, d]) => ({
      id,
      name: d.name,
      respondent: d.respondent,
      scales: d.scales.map((s) => s.name),
    })),
    groups: sums.map((s): EffectGroupFact => {
      const g = byId.get(s.groupId)!;
      return {
        ...s,
        agreementId: g.agreement_id,
        programmeId: g.programme_id,
        programmeName: g.programme_name,
        groupName: g.name,
        groupStart: g.start_date,
      };
    }),
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
