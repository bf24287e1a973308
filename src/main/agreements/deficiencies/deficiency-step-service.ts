// The next step of a deficiency's process (deficiency-process.ts): in the
// prescribed order, dated from the day found and the previous step up to
// today, linked to the agreement's governance meeting held that day when it
// was taken there. An outcome step closes the deficiency (remedied, or not
// remedied with the decision to exclude the party or rescind) or keeps it open
// for a new plan. Out of order or otherwise refused: nothing is saved.
import {
  outcomeOfStep,
  stepProblems,
  type DeficiencyStepFacts,
} from '../../../shared/agreements/deficiency-process';
import type { Deficiency } from '../../../shared/ipc/agreements/deficiencies';
import type { StepInput } from '../../../shared/ipc/agreements/deficiency-process';
import { AppFailure } from '../../base/app-error';
import { nowIso, today, type ServiceContext } from '../../context/service-context';
import { requireAgreementRow } from '../agreement-service';
import { loadData } from '../agreement-view';
import {
  agreementMeeting,
  deficiencyFactsOf,
  deficiencyRows,
  deficiencyStepRows,
  insertDeficiencyStep,
  updateDeficiency,
} from './deficiency-repository';
import { listDeficiencies } from './deficiency-service';
import { stepFactsOf } from './deficiency-view';

const factsOfInput = (step: StepInput): DeficiencyStepFacts => ({
  kind: step.kind,
  date: step.date,
  deadline: step.kind === 'actionPlanRequired' ? step.deadline : null,
  responsibleOrganisationId: step.kind === 'actionPlanRequired' ? step.responsibleOrganisationId : null,
  followUpBy: step.kind === 'actionPlanReceived' || step.kind === 'followUp' ? step.followUpBy : null,
  result: step.kind === 'outcome' ? step.result : null,
  decision: step.kind === 'outcome' && step.result === 'stillDeficient' ? step.decision : null,
});

export async function recordDeficiencyStep(
  ctx: ServiceContext,
  input: { agreementId: number; deficiencyId: number; step: StepInput },
): Promise<Deficiency[]> {
  const agreement = await requireAgreementRow(ctx, input.agreementId);
  const row = (await deficiencyRows(ctx.db, agreement.id)).find((d) => d.id === input.deficiencyId);
  if (!row) throw new AppFailure('notFound');
  if (row.rescission_deficiency_id === row.id) throw new AppFailure('deficiencies.groundsRescission');
  const stepRows = (await deficiencyStepRows(ctx.db, agreement.id)).filter((s) => s.deficiency_id === row.id);
  const step = factsOfInput(input.step);
  const data = await loadData(ctx.db, agreement);
  const problems = stepProblems(deficiencyFactsOf(row), stepRows.map(stepFactsOf), step, {
    today: today(ctx),
    partyIds: data.parties.map((p) => p.organisationId),
  });
  if (input.step.meetingId !== null && !problems.kind) {
    const meeting = await agreementMeeting(ctx.db, agreement.id, input.step.meetingId);
    if (!meeting) problems.meetingId = 'deficiencies.noSuchMeeting';
    else if (meeting.held_on !== step.date) problems.meetingId = 'deficiencies.meetingOnOtherDay';
  }
  if (Object.keys(problems).length > 0) throw new AppFailure('validation', { fields: problems });
  const now = nowIso(ctx);
  await insertDeficiencyStep(ctx.db, {
    deficiency_id: row.id,
    position: stepRows.length === 0 ? 0 : stepRows.at(-1)!.position + 1,
    kind: step.kind,
    taken_on: step.date,
    taken_by: input.step.by,
    meeting_id: input.step.meetingId,
    deadline: step.deadline,
    responsible_organisation_id: step.responsibleOrganisationId,
    follow_up_by: step.followUpBy,
    result: step.result,
    decision: step.decision,
    note: input.step.note,
    recorded_by_user_id: ctx.user.id,
    recorded_at: now,
  });
  const outcome = outcomeOfStep(step);
  if (outcome !== null)
    await updateDeficiency(ctx.db, agreement.id, row.id, {
      outcome,
      outcome_on: step.date,
      outcome_note: input.step.note,
      updated_by_user_id: ctx.user.id,
      updated_at: now,
    });
  return listDeficiencies(ctx, agreement.id);
}
