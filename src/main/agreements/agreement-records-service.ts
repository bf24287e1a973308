// What is recorded along the way, beside the drafted data: actual payments
// and repayments, governance meetings, and deadlines marked done.
import { deriveCalendar } from '../../shared/agreements/calendar';
import type { AgreementData } from '../../shared/agreements/model';
import type { Agreement } from '../../shared/ipc/agreements';
import { AppFailure } from '../base/app-error';
import { today, type ServiceContext } from '../context/service-context';
import {
  deleteCompletion,
  deleteRecord,
  insertCompletion,
  insertMeeting,
  insertPayment,
} from './agreement-records-repository';
import { getAgreement, requireAgreementRow } from './agreement-service';
import { lifecycleOf, loadData } from './agreement-view';
import { loadLife } from './amendments/agreement-life';

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

/** Who recorded an entry, and when. */
interface Recorded {
  recorded_by_user_id: number;
  recorded_at: string;
}

/**
 * Records an entry beside the agreement's data: `check` adds the field errors
 * it finds against that data, a date in the future is refused too, and then
 * `insert` stores the entry. Returns the agreement as it now stands.
 */
async function recordEntry(
  ctx: ServiceContext,
  input: { agreementId: number; date: string },
  check: (data: AgreementData, fields: Record<string, string>) => void,
  insert: (agreementId: number, recorded: Recorded) => Promise<void>,
): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  const data = await loadData(ctx.db, row);
  const fields: Record<string, string> = {};
  check(data, fields);
  if (input.date > today(ctx)) fields.date = 'agreements.dateInFuture';
  if (Object.keys(fields).length > 0) throw new AppFailure('validation', { fields });
  await insert(row.id, { recorded_by_user_id: ctx.user.id, recorded_at: ctx.clock.now().toISOString() });
  return getAgreement(ctx, row.id);
}

/** A payment (not a repayment) to or from a party after its participation ended is refused. */
async function refusePaymentAfterLeaving(ctx: ServiceContext, input: PaymentInput) {
  if (input.kind !== 'payment') return;
  const row = await requireAgreementRow(ctx, input.agreementId);
  const life = await loadLife(ctx.db, row.id, await loadData(ctx.db, row));
  const left = life.exits.find(
    (e) =>
      (e.organisationId === input.payerOrganisationId ||
        e.organisationId === input.recipientOrganisationId) &&
      input.date > e.endsOn,
  );
  if (left)
    throw new AppFailure('agreements.paymentAfterPartyLeft', {
      fields: { date: 'agreements.paymentAfterPartyLeft' },
    });
}

export async function recordPayment(ctx: ServiceContext, input: PaymentInput): Promise<Agreement> {
  await refusePaymentAfterLeaving(ctx, input);
  return recordEntry(
    ctx,
    input,
    (data, fields) => {
      const parties = new Set(data.parties.map((p) => p.organisationId));
      if (!parties.has(input.payerOrganisationId)) fields.payerOrganisationId = 'agreements.notAParty';
      if (!parties.has(input.recipientOrganisationId))
        fields.recipientOrganisationId = 'agreements.notAParty';
      else if (input.recipientOrganisationId === input.payerOrganisationId)
        fields.recipientOrganisationId = 'agreements.payerIsRecipient';
    },
    (agreementId, recorded) =>
      insertPayment(ctx.db, {
        agreement_id: agreementId,
        kind: input.kind,
        paid_on: input.date,
        payer_organisation_id: input.payerOrganisationId,
        recipient_organisation_id: input.recipientOrganisationId,
        amount: input.amount,
        reference: input.reference,
        note: input.note,
        ...recorded,
      }),
  );
}

export async function removePayment(
  ctx: ServiceContext,
  input: { agreementId: number; paymentId: number },
): Promise<Agreement> {
  if (!(await deleteRecord(ctx.db, 'agreement_payment', input.agreementId, input.paymentId)))
    throw new AppFailure('notFound');
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

export async function recordMeeting(ctx: ServiceContext, input: MeetingInput): Promise<Agreement> {
  return recordEntry(
    ctx,
    input,
    (data, fields) => {
      if (!data.governanceBodies.some((b) => b.key === input.bodyKey))
        fields.bodyKey = 'agreements.unknownBody';
    },
    (agreementId, recorded) =>
      insertMeeting(ctx.db, {
        agreement_id: agreementId,
        body_key: input.bodyKey,
        held_on: input.date,
        attendees: JSON.stringify(input.attendees),
        decisions: JSON.stringify(input.decisions),
        minutes_reference: input.minutesReference,
        ...recorded,
      }),
  );
}

export async function removeMeeting(
  ctx: ServiceContext,
  input: { agreementId: number; meetingId: number },
): Promise<Agreement> {
  if (!(await deleteRecord(ctx.db, 'agreement_meeting', input.agreementId, input.meetingId)))
    throw new AppFailure('notFound');
  return getAgreement(ctx, input.agreementId);
}

/** Marks a follow-up occurrence or the extension decision done (or not done again). */
export async function setCompleted(
  ctx: ServiceContext,
  input: { agreementId: number; itemKey: string; done: boolean },
): Promise<Agreement> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  if (input.done) {
    const data = await loadData(ctx.db, row);
    const lifecycle = await lifecycleOf(ctx.db, row);
    const calendar = deriveCalendar(
      { data, lifecycle, meetings: [], completed: new Set(), actuals: [], fundsConfirmed: new Set() },
      today(ctx),
    );
    const item = calendar.find((i) => i.key === input.itemKey);
    if (!item || (item.kind !== 'followUp' && item.kind !== 'extensionDecision')) {
      throw new AppFailure('validation', { fields: { itemKey: 'agreements.unknownItem' } });
    }
    await insertCompletion(ctx.db, {
      agreement_id: row.id,
      item_key: input.itemKey,
      completed_at: ctx.clock.now().toISOString(),
      user_id: ctx.user.id,
    });
  } else {
    await deleteCompletion(ctx.db, row.id, input.itemKey);
  }
  return getAgreement(ctx, row.id);
}
