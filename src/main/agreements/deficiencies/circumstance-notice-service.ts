// A party's duty to tell the steering group at once about changed
// circumstances, recorded as a notification: what changed and which
// commitments it touches. It stays open until it is closed without a
// deficiency, or a deficiency is recorded from it (deficiency-service.ts).
import { recordsBreaches } from '../../../shared/agreements/deficiencies';
import type { CircumstanceNotice } from '../../../shared/ipc/agreements/deficiency-process';
import { AppFailure } from '../../base/app-error';
import { mustRedact, nowIso, today, type ServiceContext } from '../../context/service-context';
import type { ReadDb } from '../../db/handles';
import { parseStringList } from '../agreement-columns';
import { requireAgreementRow } from '../agreement-service';
import { loadData } from '../agreement-view';
import {
  circumstanceNoticeRow,
  circumstanceNoticeRows,
  insertCircumstanceNotice,
  updateCircumstanceNotice,
} from './circumstance-notice-repository';

export async function listCircumstanceNotices(
  ctx: ServiceContext<ReadDb>,
  agreementId: number,
): Promise<CircumstanceNotice[]> {
  await requireAgreementRow(ctx, agreementId);
  const redact = mustRedact(ctx);
  return (await circumstanceNoticeRows(ctx.db, agreementId)).map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    notifiedOn: r.notified_on,
    whatChanged: r.what_changed,
    commitments: parseStringList(r.commitments),
    status: r.status,
    closedOn: r.closed_on,
    closingNote: r.closing_note,
    deficiencyId: r.deficiency_id,
    recordedBy: redact ? null : r.recorded_by_name,
    recordedAt: r.recorded_at,
  }));
}

/** A notification from a party of the agreement, on a day in its period up to today. */
export async function recordCircumstanceNotice(
  ctx: ServiceContext,
  input: {
    agreementId: number;
    organisationId: number;
    notifiedOn: string;
    whatChanged: string;
    commitments: string[];
  },
): Promise<CircumstanceNotice[]> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  if (!recordsBreaches(row.status)) throw new AppFailure('agreements.notInForce');
  const data = await loadData(ctx.db, row);
  const fields: Record<string, string> = {};
  if (!data.parties.some((p) => p.organisationId === input.organisationId))
    fields.organisationId = 'agreements.notAParty';
  if (input.notifiedOn > today(ctx)) fields.notifiedOn = 'agreements.dateInFuture';
  else if (input.notifiedOn < data.period.start) fields.notifiedOn = 'agreements.beforeStart';
  if (Object.keys(fields).length > 0) throw new AppFailure('validation', { fields });
  const now = nowIso(ctx);
  await insertCircumstanceNotice(ctx.db, {
    agreement_id: row.id,
    organisation_id: input.organisationId,
    notified_on: input.notifiedOn,
    what_changed: input.whatChanged,
    commitments: JSON.stringify(input.commitments),
    status: 'open',
    closed_on: null,
    closing_note: '',
    deficiency_id: null,
    recorded_by_user_id: ctx.user.id,
    recorded_at: now,
    updated_by_user_id: ctx.user.id,
    updated_at: now,
  });
  return listCircumstanceNotices(ctx, row.id);
}

/** Closed without a deficiency: once, not before it came, not in the future. */
export async function closeCircumstanceNotice(
  ctx: ServiceContext,
  input: { agreementId: number; noticeId: number; closedOn: string; note: string },
): Promise<CircumstanceNotice[]> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  const notice = await circumstanceNoticeRow(ctx.db, row.id, input.noticeId);
  if (!notice) throw new AppFailure('notFound');
  const fields: Record<string, string> = {};
  if (notice.status !== 'open') fields.noticeId = 'deficiencies.noticeNotOpen';
  else if (input.closedOn > today(ctx)) fields.closedOn = 'agreements.dateInFuture';
  else if (input.closedOn < notice.notified_on) fields.closedOn = 'deficiencies.closedBeforeNotice';
  if (Object.keys(fields).length > 0) throw new AppFailure('validation', { fields });
  await updateCircumstanceNotice(ctx.db, row.id, notice.id, {
    status: 'closed',
    closed_on: input.closedOn,
    closing_note: input.note,
    updated_by_user_id: ctx.user.id,
    updated_at: nowIso(ctx),
  });
  return listCircumstanceNotices(ctx, row.id);
}
