// Notice of the whole agreement or of one party leaving it, withdrawing a
// notice (with the other parties' agreement, or the same day as a mistake),
// and a decision not to extend. Each asks nothing it cannot check: the party
// rules, one notice at a time, notice terms, dates not in the future.
import { withoutParties } from '../../../shared/agreements/amendments/apply';
import {
  noticeProblems,
  withdrawalProblems,
  type NoticeRequest,
} from '../../../shared/agreements/amendments/notices';
import { extensionDecisionDate } from '../../../shared/agreements/calendar';
import { swedishDay } from '../../../shared/dates';
import type { Agreement } from '../../../shared/ipc/agreements';
import { AppFailure } from '../../base/app-error';
import { today, type ServiceContext } from '../../context/service-context';
import { recordStatusChange, updateAgreementRow } from '../agreement-repository';
import { getAgreement } from '../agreement-service';
import { insertExtensionDecision, insertNotice, updateNotice } from './amendment-repository';
import { openForChange, refuse, touch } from './amendment-service';

export async function giveNotice(
  ctx: ServiceContext,
  input: {
    id: number;
    version: number;
    notice: {
      scope: NoticeRequest['scope'];
      byOrganisationId: number;
      givenOn: string;
      ongoingInterventions: string;
    };
  },
): Promise<Agreement> {
  const { row, current, life } = await openForChange(ctx, input.id, input.version);
  if (row.status !== 'signed' && row.status !== 'active' && row.status !== 'terminated')
    throw new AppFailure('agreements.transitionNotAllowed');
  const day = today(ctx);
  const view = withoutParties(
    current,
    new Set(life.exits.filter((e) => e.endsOn < day).map((e) => e.organisationId)),
  );
  const n = input.notice;
  const problems = noticeProblems(
    view,
    life.notices,
    { scope: n.scope, organisationId: n.byOrganisationId, givenOn: n.givenOn },
    day,
  );
  if (Object.keys(problems).length > 0) refuse(problems, 'agreements.transitionBlocked');
  const now = ctx.clock.now().toISOString();
  await insertNotice(ctx.db, {
    agreement_id: row.id,
    scope: n.scope,
    organisation_id: n.byOrganisationId,
    given_on: n.givenOn,
    months: view.notice.months,
    ongoing_interventions: n.ongoingInterventions,
    previous_status: n.scope === 'agreement' ? row.status : null,
    recorded_by_user_id: ctx.user.id,
    recorded_at: now,
  });
  if (n.scope === 'agreement') {
    await updateAgreementRow(ctx.db, row.id, {
      status: 'terminated',
      version: row.version + 1,
      updated_at: now,
      updated_by_user_id: ctx.user.id,
    });
    await recordStatusChange(ctx.db, {
      agreementId: row.id,
      from: row.status,
      to: 'terminated',
      at: now,
      userId: ctx.user.id,
    });
  } else await touch(ctx, row);
  return getAgreement(ctx, row.id);
}

export async function withdrawNotice(
  ctx: ServiceContext,
  input: { id: number; version: number; noticeId: number; kind: 'agreed' | 'mistake'; note: string },
): Promise<Agreement> {
  const { row, life } = await openForChange(ctx, input.id, input.version);
  const notice = life.notices.find((n) => n.id === input.noticeId);
  if (!notice) throw new AppFailure('notFound');
  const day = today(ctx);
  const problems = withdrawalProblems(
    notice,
    input.kind,
    input.note,
    swedishDay(new Date(notice.recordedAt)),
    day,
  );
  if (Object.keys(problems).length > 0) refuse(problems, 'agreements.transitionBlocked');
  const now = ctx.clock.now().toISOString();
  await updateNotice(ctx.db, notice.id, {
    withdrawn_on: day,
    withdrawal_kind: input.kind,
    withdrawal_note: input.note,
    withdrawn_by_user_id: ctx.user.id,
  });
  if (notice.scope === 'agreement' && row.status === 'terminated') {
    const back = notice.previousStatus === 'signed' ? 'signed' : 'active';
    await updateAgreementRow(ctx.db, row.id, {
      status: back,
      version: row.version + 1,
      updated_at: now,
      updated_by_user_id: ctx.user.id,
    });
    await recordStatusChange(ctx.db, {
      agreementId: row.id,
      from: row.status,
      to: back,
      at: now,
      userId: ctx.user.id,
    });
  } else await touch(ctx, row);
  return getAgreement(ctx, row.id);
}

/** A decision not to extend: closes the extension deadline of today's end date. */
export async function recordExtensionDecision(
  ctx: ServiceContext,
  input: { id: number; version: number; decidedOn: string; note: string },
): Promise<Agreement> {
  const { row, current, life } = await openForChange(ctx, input.id, input.version);
  const dueBy = extensionDecisionDate(current);
  if (dueBy === null || current.extension.maxYears === null)
    throw new AppFailure('amendments.noExtensionTerms');
  if (life.extensionDecisions.some((d) => d.forEnd === current.period.end))
    throw new AppFailure('amendments.extensionAlreadyDecided');
  if (input.decidedOn > today(ctx))
    throw new AppFailure('agreements.transitionBlocked', {
      fields: { decidedOn: 'agreements.dateInFuture' },
    });
  await insertExtensionDecision(ctx.db, {
    agreement_id: row.id,
    for_end: current.period.end,
    due_by: dueBy,
    decided_on: input.decidedOn,
    outcome: 'notExtend',
    new_end: null,
    note: input.note,
    recorded_by_user_id: ctx.user.id,
    recorded_at: ctx.clock.now().toISOString(),
  });
  await touch(ctx, row);
  return getAgreement(ctx, row.id);
}
