// Status changes and signatures: validated with the shared guards, recorded
// with who and when (besides the router's audit entry).
import {
  signatureProblems,
  transitionProblems,
  type TransitionRequest,
} from '../../shared/agreements/lifecycle';
import type { Signature } from '../../shared/agreements/model';
import type { Agreement } from '../../shared/ipc/agreements';
import { AppFailure } from '../base/app-error';
import { today, type ServiceContext } from '../context/service-context';
import { upsertSignature } from './agreement-records-repository';
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
  const problems = transitionProblems(data, lifecycle, request, today(ctx));
  if (Object.keys(problems).length > 0)
    throw new AppFailure('agreements.transitionBlocked', { fields: inputPaths(problems) });
  if (request.to === 'ended') await refuseWhileGroupsRun(ctx, row.id);

  const now = ctx.clock.now().toISOString();
  const recorded =
    request.to === 'decided'
      ? {
          decision_board: request.decision.board,
          decision_date: request.decision.date,
          decision_paragraph: request.decision.paragraph,
          decision_proposal: request.decision.proposal,
        }
      : request.to === 'terminated'
        ? {
            notice_given_on: request.notice.givenOn,
            notice_by_organisation_id: request.notice.byOrganisationId,
            notice_ongoing_interventions: request.notice.ongoingInterventions,
          }
        : request.to === 'rescinded'
          ? { rescinded_on: request.rescission.date, rescission_reason: request.rescission.reason }
          : {};
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
