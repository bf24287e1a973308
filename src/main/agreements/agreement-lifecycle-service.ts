// Status changes and signatures: validated with the shared guards, recorded
// with who and when (besides the router's audit entry).
import {
  signatureProblems,
  transitionProblems,
  type TransitionRequest,
} from '../../shared/agreements/lifecycle';
import type { DeficiencyFacts } from '../../shared/agreements/deficiencies';
import type { Signature } from '../../shared/agreements/model';
import type { Agreement } from '../../shared/ipc/agreements';
import { AppFailure } from '../base/app-error';
import { today, type ServiceContext } from '../context/service-context';
import { upsertSignature } from './agreement-records-repository';
import { insertNotice } from './amendments/amendment-repository';
import { deleteDecisions, decisionsOf } from './decisions/decision-repository';
import { saveBoardDecision } from './decisions/decision-service';
import { deficiencyFacts, updateDeficiency } from './deficiencies/deficiency-repository';
import { recordStatusChange, updateAgreementRow } from './agreement-repository';
import { getAgreement, requireAgreementRow } from './agreement-service';
import { lifecycleOf, loadData } from './agreement-view';
import { groupsHoldingOpen } from './groups-holding-repository';

/** An agreement ends only when every group under it is finished or cancelled; the refusal lists them. */
async function refuseWhileGroupsRun(ctx: ServiceContext, agreementId: number): Promise<void> {
  const running = await groupsHoldingOpen(ctx.db, agreementId, null);
  if (running.length === 0) return;
  throw new AppFailure('agreements.groupsStillRunning', {
    items: running.map((g) => `${g.name} (${g.startDate}–${g.lastSessionDate})`),
  });
}

/**
 * What the request itself carries (decision, notice, rescission) is named by
 * its input path, like the schema's errors; the rest (criteria, signatures,
 * status) names the agreement's own fields.
 */
const inputPaths = (problems: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(problems).map(([path, key]) => [
      /^(decision|notice|rescission)\./.test(path) && path !== 'notice.months' ? `request.${path}` : path,
      key,
    ]),
  );

export async function transitionAgreement(
  ctx: ServiceContext,
  input: { id: number; version: number; request: TransitionRequest },
): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.id);
  if (row.version !== input.version) throw new AppFailure('conflict');
  const data = await loadData(ctx.db, row);
  const lifecycle = await lifecycleOf(ctx.db, row);
  const request = input.request;
  const facts = {
    decisions: await decisionsOf(ctx.db, row.id),
    deficiencies: request.to === 'rescinded' ? await deficiencyFacts(ctx.db, row.id) : [],
  };
  const problems = transitionProblems(data, lifecycle, request, today(ctx), facts);
  if (Object.keys(problems).length > 0)
    throw new AppFailure('agreements.transitionBlocked', { fields: inputPaths(problems) });
  if (request.to === 'ended') await refuseWhileGroupsRun(ctx, row.id);

  const now = ctx.clock.now().toISOString();
  if (request.to === 'decided') await saveBoardDecision(ctx, row.id, data, facts.decisions, request.decision);
  // Decisions taken on a text that goes back to draft no longer hold.
  if (request.to === 'draft') await deleteDecisions(ctx.db, row.id);
  if (request.to === 'rescinded')
    await settleGround(ctx, row.id, request.rescission, facts.deficiencies, now);
  const recorded =
    request.to === 'rescinded'
      ? {
          rescinded_on: request.rescission.date,
          rescission_reason: request.rescission.reason,
          rescission_deficiency_id: request.rescission.deficiencyId,
        }
      : {};
  if (request.to === 'terminated') {
    // Notice of the whole agreement is a record of its own: it binds, and is withdrawn only by agreement.
    await insertNotice(ctx.db, {
      agreement_id: row.id,
      scope: 'agreement',
      organisation_id: request.notice.byOrganisationId,
      given_on: request.notice.givenOn,
      months: data.notice.months,
      ongoing_interventions: request.notice.ongoingInterventions,
      previous_status: row.status,
      recorded_by_user_id: ctx.user.id,
      recorded_at: now,
    });
  }
  await updateAgreementRow(ctx.db, row.id, {
    ...recorded,
    status: request.to,
    version: row.version + 1,
    updated_at: now,
    updated_by_user_id: ctx.user.id,
  });
  await recordStatusChange(ctx.db, {
    agreementId: row.id,
    from: row.status,
    to: request.to,
    at: now,
    userId: ctx.user.id,
  });
  return getAgreement(ctx, row.id);
}

/** The deficiency a rescission rests on, still open past its deadline, is recorded as not remedied on the rescission date. */
async function settleGround(
  ctx: ServiceContext,
  agreementId: number,
  rescission: { date: string; deficiencyId: number | null },
  deficiencies: readonly DeficiencyFacts[],
  now: string,
) {
  const ground = deficiencies.find((d) => d.id === rescission.deficiencyId);
  if (ground?.outcome !== 'open') return;
  await updateDeficiency(ctx.db, agreementId, ground.id, {
    outcome: 'notRemedied',
    outcome_on: rescission.date,
    updated_by_user_id: ctx.user.id,
    updated_at: now,
  });
}

/** Records (or corrects) one party's signature; only after the decision, never dated before it. */
export async function recordSignature(
  ctx: ServiceContext,
  input: { id: number; version: number; signature: Signature },
): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.id);
  if (row.version !== input.version) throw new AppFailure('conflict');
  const data = await loadData(ctx.db, row);
  const lifecycle = await lifecycleOf(ctx.db, row);
  const { signature } = input;
  const problems = signatureProblems(data, lifecycle, signature.organisationId);
  if (problems.organisationId) problems['signature.organisationId'] = problems.organisationId;
  delete problems.organisationId;
  if (lifecycle.decision && signature.date < lifecycle.decision.date)
    problems['signature.date'] = 'agreements.signBeforeDecision';
  if (signature.date > today(ctx)) problems['signature.date'] = 'agreements.dateInFuture';
  if (Object.keys(problems).length > 0) {
    throw new AppFailure(
      problems['signature.organisationId'] ? 'agreements.notAParty' : 'agreements.transitionBlocked',
      { fields: problems },
    );
  }
  const now = ctx.clock.now().toISOString();
  const values = {
    name: signature.name,
    title: signature.title,
    place: signature.place,
    signed_on: signature.date,
    recorded_by_user_id: ctx.user.id,
    recorded_at: now,
  };
  await upsertSignature(ctx.db, { agreement_id: row.id, organisation_id: signature.organisationId }, values);
  await updateAgreementRow(ctx.db, row.id, {
    version: row.version + 1,
    updated_at: now,
    updated_by_user_id: ctx.user.id,
  });
  return getAgreement(ctx, row.id);
}
