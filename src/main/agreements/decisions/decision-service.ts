// Each public party's board decides (DOMAIN.md: in a three-party agreement,
// the region's and the municipality's). A decision is recorded per public
// party while the agreement is för beslut; when the last one is in, the
// agreement becomes beslutad, with its history entry.
import {
  boardDecisionProblems,
  boardsToDecide,
  decidingParty,
  type BoardDecision,
  type DecisionRequest,
} from '../../../shared/agreements/decisions';
import { allowedTransitions, decisionProblems } from '../../../shared/agreements/lifecycle';
import type { AgreementData } from '../../../shared/agreements/model';
import type { Agreement } from '../../../shared/ipc/agreements';
import { AppFailure } from '../../base/app-error';
import { nowIso, today, type ServiceContext } from '../../context/service-context';
import { recordStatusChange, updateAgreementRow } from '../agreement-repository';
import { getAgreement, requireAgreementRow } from '../agreement-service';
import { loadData } from '../agreement-view';
import { decisionsOf, upsertDecision } from './decision-repository';

/** Stores the decision for its public party (already checked with boardDecisionProblems). */
export async function saveBoardDecision(
  ctx: ServiceContext,
  agreementId: number,
  data: AgreementData,
  decisions: readonly BoardDecision[],
  request: DecisionRequest,
): Promise<BoardDecision[]> {
  const organisationId = decidingParty(data, decisions, request);
  if (organisationId === null) throw new Error('decision party not checked');
  const decision: BoardDecision = {
    organisationId,
    board: request.board,
    date: request.date,
    paragraph: request.paragraph,
    proposal: request.proposal,
  };
  await upsertDecision(ctx.db, agreementId, decision, {
    recorded_by_user_id: ctx.user.id,
    recorded_at: nowIso(ctx),
  });
  return [...decisions.filter((d) => d.organisationId !== organisationId), decision];
}

/** Records one board's decision; the agreement becomes beslutad when every public party's is in. */
export async function recordDecision(
  ctx: ServiceContext,
  input: { id: number; version: number; decision: BoardDecision },
): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.id);
  if (row.version !== input.version) throw new AppFailure('conflict');
  if (!allowedTransitions[row.status].includes('decided'))
    throw new AppFailure('agreements.transitionBlocked', {
      fields: { status: 'agreements.transitionNotAllowed' },
    });
  const data = await loadData(ctx.db, row);
  const decisions = await decisionsOf(ctx.db, row.id);
  const problems: Record<string, string> = {
    ...decisionProblems(input.decision),
    ...boardDecisionProblems(data, decisions, input.decision, false),
  };
  if (input.decision.date > today(ctx)) problems['decision.date'] = 'agreements.dateInFuture';
  if (Object.keys(problems).length > 0) throw new AppFailure('validation', { fields: problems });

  const after = await saveBoardDecision(ctx, row.id, data, decisions, input.decision);
  const complete = boardsToDecide(data, after).length === 0;
  const now = nowIso(ctx);
  await updateAgreementRow(ctx.db, row.id, {
    ...(complete ? { status: 'decided' as const } : {}),
    version: row.version + 1,
    updated_at: now,
    updated_by_user_id: ctx.user.id,
  });
  if (complete)
    await recordStatusChange(ctx.db, {
      agreementId: row.id,
      from: row.status,
      to: 'decided',
      at: now,
      userId: ctx.user.id,
    });
  return getAgreement(ctx, row.id);
}
