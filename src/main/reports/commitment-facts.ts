// A report's commitments and open deficiencies: the statuses on the report's
// day (the end of its period, today at the latest; the steering group's:
// today) through the same batched follow-up as Översikt, with the target in
// fixed wording; and the deficiencies not closed, with their stage and the
// next deadline of their process. Deficiencies' own descriptions (free text
// that may name people) are never part of a report.
import { describeCommitmentKind } from '../../shared/agreements/commitments/describe';
import { stageOf } from '../../shared/agreements/deficiency-process';
import type { IsoDate } from '../../shared/dates';
import type { CommitmentFact, DeficiencyFact } from '../../shared/reports/facts';
import { organisationNames } from '../agreements/agreement-repository';
import { followUpsOf } from '../agreements/commitments/commitment-alerts';
import { commitmentRowsOf } from '../agreements/commitments/commitment-repository';
import type { ReadDb } from '../db/handles';
import { openDeficiencyRows } from './steering-facts-repository';

const periodLabel = (p: { year: number; term: number | null } | null): string =>
  p === null ? '–' : p.term === 1 ? `VT ${p.year}` : p.term === 2 ? `HT ${p.year}` : String(p.year);

export async function commitmentFacts(
  db: ReadDb,
  agreementIds: readonly number[],
  day: IsoDate,
): Promise<{ commitments: CommitmentFact[]; deficiencies: DeficiencyFact[] }> {
  if (agreementIds.length === 0) return { commitments: [], deficiencies: [] };
  const [names, rows, open] = await Promise.all([
    organisationNames(db),
    commitmentRowsOf(db, agreementIds),
    openDeficiencyRows(db, agreementIds),
  ]);
  const party = (id: number) => names.get(id) ?? '';
  const commitments: CommitmentFact[] = [];
  for (const [agreementId, results] of await followUpsOf(db, rows, day)) {
    for (const r of results) {
      commitments.push({
        agreementId,
        party: party(r.organisationId),
        text: r.appendixIndex === null ? r.text : `${r.text} (bilaga ${r.appendixIndex + 1})`,
        target: r.kind === 'unknown' ? 'Inte angivet' : describeCommitmentKind({ ...r, appendixIndex: null }),
        period: r.kind === 'oneOff' ? (r.dueDate ?? '–') : periodLabel(r.period),
        status: r.status,
        achieved: r.achieved,
        required: r.required,
        countsChildren: r.target?.measure === 'childrenEnrolled' || r.target?.measure === 'childrenCompleted',
      });
    }
  }
  const stepsOf = new Map<number, typeof open.steps>();
  for (const s of open.steps) stepsOf.set(s.deficiency_id, [...(stepsOf.get(s.deficiency_id) ?? []), s]);
  const deficiencies = open.deficiencies.map((d): DeficiencyFact => {
    const steps = stepsOf.get(d.id) ?? [];
    const last = steps.at(-1);
    return {
      agreementId: d.agreement_id,
      party: party(d.organisation_id),
      concerns: d.commitment_text || 'Villkor i överenskommelsen',
      foundOn: d.found_on,
      stage: stageOf(steps, 'open'),
      nextDeadline: !last ? d.remedy_by : last.kind === 'actionPlanRequired' ? last.deadline : last.follow_up_by,
    };
  });
  return { commitments, deficiencies };
}
