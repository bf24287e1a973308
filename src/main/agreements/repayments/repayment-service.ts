// Repayment (återbetalning) settled against the work done: the app proposes,
// per payer and recipient, what was paid minus the value of the work carried
// out up to a date (the rule is in shared/agreements/repayments.ts); the
// caseworker confirms it or records another amount with a reason. The record
// is the planned repayment; the money itself is recorded as a payment of kind
// 'repayment'.
import { proposeRepayments } from '../../../shared/agreements/repayments';
import {
  repaymentLineSchema,
  type Repayment,
  type RepaymentProposal,
} from '../../../shared/ipc/agreements/deficiencies';
import { AppFailure } from '../../base/app-error';
import { nowIso, today, type ServiceContext } from '../../context/service-context';
import type { ReadDb } from '../../db/handles';
import type { AgreementRow } from '../agreement-columns';
import { paymentRows } from '../agreement-repository';
import { requireAgreementRow } from '../agreement-service';
import { loadData } from '../agreement-view';
import { disputeRows } from '../disputes/dispute-repository';
import { insertRepayment, repaymentRows, workFacts } from './repayment-repository';

async function moneyMoved(db: ReadDb, agreementId: number) {
  const rows = await paymentRows(db, [agreementId]);
  return rows.map((p) => ({
    kind: p.kind,
    date: p.paid_on,
    payerOrganisationId: p.payer_organisation_id,
    recipientOrganisationId: p.recipient_organisation_id,
    amount: p.amount,
  }));
}

async function proposalFor(ctx: ServiceContext<ReadDb>, row: AgreementRow, asOf: string) {
  const data = await loadData(ctx.db, row);
  if (asOf > today(ctx)) throw new AppFailure('validation', { fields: { asOf: 'agreements.dateInFuture' } });
  if (asOf < data.period.start)
    throw new AppFailure('validation', { fields: { asOf: 'agreements.beforeStart' } });
  return proposeRepayments(
    data,
    await moneyMoved(ctx.db, row.id),
    await workFacts(ctx.db, row.id, asOf),
    asOf,
  );
}

export async function proposeRepayment(
  ctx: ServiceContext<ReadDb>,
  input: { agreementId: number; asOf: string },
): Promise<RepaymentProposal> {
  return proposalFor(ctx, await requireAgreementRow(ctx, input.agreementId), input.asOf);
}

export async function listRepayments(ctx: ServiceContext<ReadDb>, agreementId: number): Promise<Repayment[]> {
  await requireAgreementRow(ctx, agreementId);
  const [rows, moved] = await Promise.all([
    repaymentRows(ctx.db, agreementId),
    moneyMoved(ctx.db, agreementId),
  ]);
  return rows.map((r) => ({
    id: r.id,
    disputeId: r.dispute_id,
    asOf: r.as_of,
    dueOn: r.due_on,
    payerOrganisationId: r.payer_organisation_id,
    recipientOrganisationId: r.recipient_organisation_id,
    proposedAmount: r.proposed_amount,
    amount: r.amount,
    reason: r.reason,
    line: repaymentLineSchema.parse(JSON.parse(r.basis)),
    repaidSince: moved
      .filter(
        (m) =>
          m.kind === 'repayment' &&
          m.payerOrganisationId === r.recipient_organisation_id &&
          m.recipientOrganisationId === r.payer_organisation_id &&
          m.date >= r.as_of,
      )
      .reduce((n, m) => n + m.amount, 0),
    recordedAt: r.recorded_at,
  }));
}

export async function recordRepayment(
  ctx: ServiceContext,
  input: {
    agreementId: number;
    asOf: string;
    dueOn: string;
    disputeId: number | null;
    payerOrganisationId: number;
    recipientOrganisationId: number;
    amount: number;
    reason: string;
  },
): Promise<Repayment[]> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  const proposal = await proposalFor(ctx, row, input.asOf);
  const line = proposal.lines.find(
    (l) =>
      l.payerOrganisationId === input.payerOrganisationId &&
      l.recipientOrganisationId === input.recipientOrganisationId,
  );
  const fields: Record<string, string> = {};
  if (!line) fields.payerOrganisationId = 'repayments.noSuchShare';
  if (input.dueOn < input.asOf) fields.dueOn = 'repayments.dueBeforeAsOf';
  if (line && input.amount !== line.proposed && input.reason.trim() === '')
    fields.reason = 'repayments.reasonRequired';
  if (input.disputeId !== null && !(await disputeRows(ctx.db, row.id)).some((d) => d.id === input.disputeId))
    fields.disputeId = 'disputes.unknown';
  if (!line || Object.keys(fields).length > 0) throw new AppFailure('validation', { fields });
  const recorded = await repaymentRows(ctx.db, row.id);
  if (
    recorded.some(
      (r) =>
        r.payer_organisation_id === input.payerOrganisationId &&
        r.recipient_organisation_id === input.recipientOrganisationId,
    )
  )
    throw new AppFailure('repayments.alreadyRecorded');
  await insertRepayment(ctx.db, {
    agreement_id: row.id,
    dispute_id: input.disputeId,
    as_of: input.asOf,
    due_on: input.dueOn,
    payer_organisation_id: input.payerOrganisationId,
    recipient_organisation_id: input.recipientOrganisationId,
    proposed_amount: line.proposed,
    amount: input.amount,
    reason: input.reason,
    basis: JSON.stringify(line),
    recorded_by_user_id: ctx.user.id,
    recorded_at: nowIso(ctx),
  });
  return listRepayments(ctx, row.id);
}
