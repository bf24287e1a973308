// Disputes (tvister): opened while the agreement binds the parties, closed as
// resolved by dialogue, or, where the terms say so (the support-group
// agreement), closed because the dialogue failed: the agreement then ends that
// day (status avslutad, with its history entry) and the settlement of work done
// against money paid is recorded as repayments (repayments/).
import {
  closeDisputeProblems,
  endsOnFailedDialogue,
  recordsBreaches,
} from '../../../shared/agreements/deficiencies';
import type { Dispute } from '../../../shared/ipc/agreements/deficiencies';
import { AppFailure } from '../../base/app-error';
import { nowIso, today, type ServiceContext } from '../../context/service-context';
import type { ReadDb } from '../../db/handles';
import { recordStatusChange, updateAgreementRow } from '../agreement-repository';
import { requireAgreementRow } from '../agreement-service';
import { loadData } from '../agreement-view';
import { disputeRows, insertDispute, updateDispute } from './dispute-repository';

interface Disputes {
  endsOnFailedDialogue: boolean;
  disputes: Dispute[];
}

export async function listDisputes(ctx: ServiceContext<ReadDb>, agreementId: number): Promise<Disputes> {
  const row = await requireAgreementRow(ctx, agreementId);
  const data = await loadData(ctx.db, row);
  const rows = await disputeRows(ctx.db, agreementId);
  return {
    endsOnFailedDialogue: endsOnFailedDialogue(data),
    disputes: rows.map((r) => ({
      id: r.id,
      description: r.description,
      openedOn: r.opened_on,
      outcome: r.outcome,
      closedOn: r.closed_on,
      closingNote: r.closing_note,
    })),
  };
}

export async function openDispute(
  ctx: ServiceContext,
  input: { agreementId: number; description: string; openedOn: string },
): Promise<Disputes> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  if (!recordsBreaches(row.status)) throw new AppFailure('agreements.notInForce');
  const data = await loadData(ctx.db, row);
  if (input.openedOn > today(ctx))
    throw new AppFailure('validation', { fields: { openedOn: 'agreements.dateInFuture' } });
  if (input.openedOn < data.period.start)
    throw new AppFailure('validation', { fields: { openedOn: 'agreements.beforeStart' } });
  const now = nowIso(ctx);
  await insertDispute(ctx.db, {
    agreement_id: row.id,
    description: input.description,
    opened_on: input.openedOn,
    outcome: 'open',
    closed_on: null,
    closing_note: '',
    recorded_by_user_id: ctx.user.id,
    recorded_at: now,
    updated_by_user_id: ctx.user.id,
    updated_at: now,
  });
  return listDisputes(ctx, row.id);
}

export async function closeDispute(
  ctx: ServiceContext,
  input: {
    agreementId: number;
    disputeId: number;
    outcome: 'resolved' | 'dialogueFailed';
    date: string;
    note: string;
  },
): Promise<Disputes> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  const dispute = (await disputeRows(ctx.db, row.id)).find((d) => d.id === input.disputeId);
  if (!dispute) throw new AppFailure('notFound');
  const data = await loadData(ctx.db, row);
  const problems = closeDisputeProblems(
    data,
    { openedOn: dispute.opened_on, outcome: dispute.outcome },
    input,
    today(ctx),
  );
  if (problems.outcome === 'disputes.termsDoNotEnd') throw new AppFailure('disputes.termsDoNotEnd');
  if (problems.disputeId) throw new AppFailure('disputes.alreadyClosed');
  if (Object.keys(problems).length > 0) throw new AppFailure('validation', { fields: problems });
  const ends = input.outcome === 'dialogueFailed';
  if (ends && !recordsBreaches(row.status)) throw new AppFailure('agreements.notInForce');

  const now = nowIso(ctx);
  await updateDispute(ctx.db, row.id, dispute.id, {
    outcome: input.outcome,
    closed_on: input.date,
    closing_note: input.note,
    updated_by_user_id: ctx.user.id,
    updated_at: now,
  });
  if (ends) {
    await updateAgreementRow(ctx.db, row.id, {
      status: 'ended',
      ended_on: input.date,
      version: row.version + 1,
      updated_at: now,
      updated_by_user_id: ctx.user.id,
    });
    await recordStatusChange(ctx.db, {
      agreementId: row.id,
      from: row.status,
      to: 'ended',
      at: now,
      userId: ctx.user.id,
    });
  }
  return listDisputes(ctx, row.id);
}
