// "Provided funds are granted": recording and removing the confirmation that a
// year's funds were granted. A year can be confirmed only for an agreement
// under the condition, only a year of its period, once; a decision date in
// the future is refused. Each refusal names the field and changes nothing.
import { fundsYears } from '../../../shared/agreements/funds';
import { effectiveEnd } from '../../../shared/agreements/lifecycle';
import type { Agreement } from '../../../shared/ipc/agreements';
import { AppFailure } from '../../base/app-error';
import { nowIso, today, type ServiceContext } from '../../context/service-context';
import { getAgreement, requireAgreementRow } from '../agreement-service';
import { loadData } from '../agreement-view';
import { agreementNoticeOf } from '../amendments/agreement-life';
import { deleteFundsConfirmation, insertFundsConfirmation } from './funds-confirmation-repository';

/** The notice of the whole agreement in force, as the lifecycle records it. */
async function noticeGivenOn(ctx: ServiceContext, agreementId: number) {
  const notice = await agreementNoticeOf(ctx.db, agreementId);
  return (
    notice && { givenOn: notice.givenOn, byOrganisationId: notice.organisationId, ongoingInterventions: '' }
  );
}

export interface FundsConfirmationInput {
  agreementId: number;
  year: number;
  grantedOn: string;
  grantedBy: string;
  decisionReference: string;
  note: string;
}

export async function recordFundsConfirmation(
  ctx: ServiceContext,
  input: FundsConfirmationInput,
): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  const data = await loadData(ctx.db, row);
  const fields: Record<string, string> = {};
  if (!data.period.fundsCondition) fields.year = 'agreements.noFundsCondition';
  else if (
    !fundsYears(data.period, effectiveEnd(data, await noticeGivenOn(ctx, row.id))).some(
      (y) => y.year === input.year,
    )
  )
    fields.year = 'agreements.fundsYearOutsidePeriod';
  if (input.grantedOn > today(ctx)) fields.grantedOn = 'agreements.dateInFuture';
  if (Object.keys(fields).length > 0) throw new AppFailure('validation', { fields });
  const inserted = await insertFundsConfirmation(ctx.db, {
    agreement_id: row.id,
    year: input.year,
    granted_on: input.grantedOn,
    granted_by: input.grantedBy,
    decision_reference: input.decisionReference,
    note: input.note,
    recorded_by_user_id: ctx.user.id,
    recorded_at: nowIso(ctx),
  });
  if (!inserted) throw new AppFailure('validation', { fields: { year: 'agreements.fundsAlreadyConfirmed' } });
  return getAgreement(ctx, row.id);
}

export async function removeFundsConfirmation(
  ctx: ServiceContext,
  input: { agreementId: number; year: number },
): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  if (!(await deleteFundsConfirmation(ctx.db, row.id, input.year))) throw new AppFailure('notFound');
  return getAgreement(ctx, row.id);
}
