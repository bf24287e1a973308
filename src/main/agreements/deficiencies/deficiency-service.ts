// Deficiencies (brister): recorded against a party while the agreement binds
// the parties, with a remedy deadline; later marked remedied or not remedied.
// A record of its own: a rescission rests on one, and the process (dialogue,
// action plan, follow-up, outcome: deficiency-step-service.ts) builds on it.
// It names the commitment or term it concerns and the meeting where it was
// found, and may come from a party's notification of changed circumstances.
import {
  deficiencyProblems,
  outcomeProblems,
  recordsBreaches,
  type DeficiencyOutcome,
} from '../../../shared/agreements/deficiencies';
import { viewOn } from '../../../shared/agreements/amendments/in-force';
import { allowedNextSteps, outcomeOfStep, stageOf } from '../../../shared/agreements/deficiency-process';
import type { Deficiency } from '../../../shared/ipc/agreements/deficiencies';
import { AppFailure } from '../../base/app-error';
import { mustRedact, nowIso, today, type ServiceContext } from '../../context/service-context';
import type { ReadDb } from '../../db/handles';
import { requireAgreementRow } from '../agreement-service';
import { loadData } from '../agreement-view';
import { loadLife } from '../amendments/agreement-life';
import { circumstanceNoticeRow, updateCircumstanceNotice } from './circumstance-notice-repository';
import {
  agreementMeeting,
  deficiencyFactsOf,
  deficiencyRows,
  deficiencyStepRows,
  deleteDeficiencyStep,
  insertDeficiency,
  updateDeficiency,
} from './deficiency-repository';
import { stepFactsOf } from './deficiency-view';

export async function listDeficiencies(
  ctx: ServiceContext<ReadDb>,
  agreementId: number,
): Promise<Deficiency[]> {
  await requireAgreementRow(ctx, agreementId);
  const [rows, stepRows] = await Promise.all([
    deficiencyRows(ctx.db, agreementId),
    deficiencyStepRows(ctx.db, agreementId),
  ]);
  const redact = mustRedact(ctx);
  return rows.map((r) => {
    const mine = stepRows.filter((s) => s.deficiency_id === r.id);
    const facts = mine.map(stepFactsOf);
    return {
      id: r.id,
      organisationId: r.organisation_id,
      description: r.description,
      commitmentKey: r.commitment_key,
      commitmentText: r.commitment_now ?? r.commitment_text,
      commitmentRemoved: r.commitment_key !== null && r.commitment_now === null,
      meetingId: r.meeting_found,
      foundOn: r.found_on,
      remedyBy: r.remedy_by,
      outcome: r.outcome,
      outcomeOn: r.outcome_on,
      outcomeNote: r.outcome_note,
      groundsRescission: r.rescission_deficiency_id === r.id,
      recordedBy: redact ? null : r.recorded_by_name,
      recordedAt: r.recorded_at,
      steps: mine.map((s) => ({
        kind: s.kind,
        date: s.taken_on,
        by: s.taken_by,
        meetingId: s.meeting_id,
        deadline: s.deadline,
        responsibleOrganisationId: s.responsible_organisation_id,
        followUpBy: s.follow_up_by,
        result: s.result,
        decision: s.decision,
        note: s.note,
        recordedBy: redact ? null : s.recorded_by_name,
        recordedAt: s.recorded_at,
      })),
      stage: stageOf(facts, r.outcome),
      nextSteps: r.rescission_deficiency_id === r.id ? [] : allowedNextSteps(facts, r.outcome),
    };
  });
}

export async function recordDeficiency(
  ctx: ServiceContext,
  input: {
    agreementId: number;
    organisationId: number;
    description: string;
    foundOn: string;
    remedyBy: string;
    commitmentKey?: string | null | undefined;
    commitmentText?: string | undefined;
    meetingId?: number | null | undefined;
    noticeId?: number | null | undefined;
  },
): Promise<Deficiency[]> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  if (!recordsBreaches(row.status)) throw new AppFailure('agreements.notInForce');
  const data = await loadData(ctx.db, row);
  const problems = deficiencyProblems(data, input, today(ctx));
  // The commitment by its key, among those of the agreement in force on the day found.
  const commitmentKey = input.commitmentKey ?? null;
  const inForce =
    commitmentKey === null
      ? []
      : viewOn((await loadLife(ctx.db, row.id, data)).segments, input.foundOn).commitments;
  const commitment = commitmentKey === null ? null : inForce.find((c) => c.key === commitmentKey);
  if (commitmentKey !== null && !commitment) problems.commitmentKey = 'deficiencies.noSuchCommitment';
  if (input.meetingId) {
    const meeting = await agreementMeeting(ctx.db, row.id, input.meetingId);
    if (!meeting) problems.meetingId = 'deficiencies.noSuchMeeting';
    else if (meeting.held_on !== input.foundOn) problems.meetingId = 'deficiencies.meetingOnOtherDay';
  }
  const notice = input.noticeId ? await circumstanceNoticeRow(ctx.db, row.id, input.noticeId) : null;
  if (input.noticeId && (!notice || notice.status !== 'open'))
    problems.noticeId = 'deficiencies.noticeNotOpen';
  else if (notice && notice.organisation_id !== input.organisationId)
    problems.organisationId = 'deficiencies.noticeFromOtherParty';
  else if (notice && input.foundOn < notice.notified_on) problems.foundOn = 'deficiencies.foundBeforeNotice';
  if (Object.keys(problems).length > 0) throw new AppFailure('validation', { fields: problems });
  const now = nowIso(ctx);
  const deficiencyId = await insertDeficiency(ctx.db, {
    agreement_id: row.id,
    organisation_id: input.organisationId,
    description: input.description,
    found_on: input.foundOn,
    remedy_by: input.remedyBy,
    commitment_key: commitmentKey,
    commitment_text: commitment ? commitment.text : (input.commitmentText ?? ''),
    meeting_id: input.meetingId ?? null,
    outcome: 'open',
    outcome_on: null,
    outcome_note: '',
    recorded_by_user_id: ctx.user.id,
    recorded_at: now,
    updated_by_user_id: ctx.user.id,
    updated_at: now,
  });
  if (notice)
    await updateCircumstanceNotice(ctx.db, row.id, notice.id, {
      status: 'deficiency',
      closed_on: input.foundOn,
      deficiency_id: deficiencyId,
      updated_by_user_id: ctx.user.id,
      updated_at: now,
    });
  return listDeficiencies(ctx, row.id);
}

export async function setDeficiencyOutcome(
  ctx: ServiceContext,
  input: {
    agreementId: number;
    deficiencyId: number;
    outcome: DeficiencyOutcome;
    date: string | null;
    note: string;
  },
): Promise<Deficiency[]> {
  await requireAgreementRow(ctx, input.agreementId);
  const row = (await deficiencyRows(ctx.db, input.agreementId)).find((d) => d.id === input.deficiencyId);
  if (!row) throw new AppFailure('notFound');
  if (row.rescission_deficiency_id === row.id) throw new AppFailure('deficiencies.groundsRescission');
  const problems = outcomeProblems(deficiencyFactsOf(row), input, today(ctx));
  if (Object.keys(problems).length > 0) throw new AppFailure('validation', { fields: problems });
  const open = input.outcome === 'open';
  // Opened again (a mistake corrected): the outcome step that closed it goes with it.
  const last = (await deficiencyStepRows(ctx.db, row.agreement_id))
    .filter((s) => s.deficiency_id === row.id)
    .at(-1);
  if (open && last && outcomeOfStep(last) !== null) await deleteDeficiencyStep(ctx.db, row.id, last.position);
  await updateDeficiency(ctx.db, row.agreement_id, row.id, {
    outcome: input.outcome,
    outcome_on: open ? null : input.date,
    outcome_note: open ? '' : input.note,
    updated_by_user_id: ctx.user.id,
    updated_at: nowIso(ctx),
  });
  return listDeficiencies(ctx, row.agreement_id);
}
