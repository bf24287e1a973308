// What is recorded along the way, beside the drafted data: actual payments
// and repayments, governance meetings, and deadlines marked done.
import { deriveCalendar } from '../../shared/agreements/calendar';
import type { Agreement } from '../../shared/ipc/agreements';
import { AppFailure } from '../errors/app-error';
import { todayOf, type AgreementServiceContext } from './agreement-context';
import {
  deleteCompletion,
  deleteMeeting,
  deletePayment,
  insertCompletion,
  insertMeeting,
  insertPayment,
} from './agreement-records-repository';
import { getAgreement, requireAgreementRow } from './agreement-service';
import { lifecycleOf, loadData } from './agreement-view';

export interface PaymentInput {
  agreementId: number;
  kind: 'payment' | 'repayment';
  date: string;
  payerOrganisationId: number;
  recipientOrganisationId: number;
  amount: number;
  reference: string;
  note: string;
}

export async function recordPayment(ctx: AgreementServiceContext, input: PaymentInput): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  const data = await loadData(ctx.db, row);
  const parties = new Set(data.parties.map((p) => p.organisationId));
  const fields: Record<string, string> = {};
  if (!parties.has(input.payerOrganisationId)) fields.payerOrganisationId = 'agreements.notAParty';
  if (!parties.has(input.recipientOrganisationId)) fields.recipientOrganisationId = 'agreements.notAParty';
  else if (input.recipientOrganisationId === input.payerOrganisationId)
    fields.recipientOrganisationId = 'agreements.payerIsRecipient';
  if (input.date > todayOf(ctx)) fields.date = 'agreements.dateInFuture';
  if (Object.keys(fields).length > 0) throw new AppFailure('validation', { fields });
  await insertPayment(ctx.db, {
    agreement_id: row.id,
    kind: input.kind,
    paid_on: input.date,
    payer_organisation_id: input.payerOrganisationId,
    recipient_organisation_id: input.recipientOrganisationId,
    amount: input.amount,
    reference: input.reference,
    note: input.note,
    recorded_by_user_id: ctx.userId,
    recorded_at: ctx.clock.now().toISOString(),
  });
  return getAgreement(ctx, row.id);
}

export async function removePayment(
  ctx: AgreementServiceContext,
  input: { agreementId: number; paymentId: number },
): Promise<Agreement> {
  if (!(await deletePayment(ctx.db, input.agreementId, input.paymentId))) throw new AppFailure('notFound');
  return getAgreement(ctx, input.agreementId);
}

export interface MeetingInput {
  agreementId: number;
  bodyKey: string;
  date: string;
  attendees: string[];
  decisions: string[];
  minutesReference: string;
}

export async function recordMeeting(ctx: AgreementServiceContext, input: MeetingInput): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  const data = await loadData(ctx.db, row);
  const fields: Record<string, string> = {};
  if (!data.governanceBodies.some((b) => b.key === input.bodyKey)) fields.bodyKey = 'agreements.unknownBody';
  if (input.date > todayOf(ctx)) fields.date = 'agreements.dateInFuture';
  if (Object.keys(fields).length > 0) throw new AppFailure('validation', { fields });
  await insertMeeting(ctx.db, {
    agreement_id: row.id,
    body_key: input.bodyKey,
    held_on: input.date,
    attendees: JSON.stringify(input.attendees),
    decisions: JSON.stringify(input.decisions),
    minutes_reference: input.minutesReference,
    recorded_by_user_id: ctx.userId,
    recorded_at: ctx.clock.now().toISOString(),
  });
  return getAgreement(ctx, row.id);
}

export async function removeMeeting(
  ctx: AgreementServiceContext,
  input: { agreementId: number; meetingId: number },
): Promise<Agreement> {
  if (!(await deleteMeeting(ctx.db, input.agreementId, input.meetingId))) throw new AppFailure('notFound');
  return getAgreement(ctx, input.agreementId);
}

/** Marks a follow-up occurrence or the extension decision done (or not done again). */
export async function setCompleted(
  ctx: AgreementServiceContext,
  input: { agreementId: number; itemKey: string; done: boolean },
): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  if (input.done) {
    const data = await loadData(ctx.db, row);
    const lifecycle = await lifecycleOf(ctx.db, row);
    const calendar = deriveCalendar(
      { data, lifecycle, meetings: [], completed: new Set(), actuals: [] },
      todayOf(ctx),
    );
    const item = calendar.find((i) => i.key === input.itemKey);
    if (!item || (item.kind !== 'followUp' && item.kind !== 'extensionDecision')) {
      throw new AppFailure('validation', { fields: { itemKey: 'agreements.unknownItem' } });
    }
    await insertCompletion(ctx.db, {
      agreement_id: row.id,
      item_key: input.itemKey,
      completed_at: ctx.clock.now().toISOString(),
      user_id: ctx.userId,
    });
  } else {
    await deleteCompletion(ctx.db, row.id, input.itemKey);
  }
  return getAgreement(ctx, row.id);
}
