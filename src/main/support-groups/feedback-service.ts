// The feedback and complaints log (synpunkter och klagomål) of an agreement:
// summaries without names, the response, and whether it is closed.
import type { FeedbackEntry } from '../../shared/ipc/support-groups';
import type { FeedbackCategory, FeedbackChannel } from '../../shared/support-groups/vocabulary';
import type { DbOrTrx } from '../db/schema/database';
import { AppFailure } from '../errors/app-error';
import { requireAgreement } from './agreement-link';
import {
  getFeedbackRow,
  insertFeedback,
  listFeedbackRows,
  updateFeedbackRow,
  type FeedbackRow,
} from './feedback-repository';
import { requireProgrammeRow } from './programme-service';
import { flag, nowIso, today, type ServiceContext } from './service-context';

export interface FeedbackData {
  agreementId: number;
  programmeId: number | null;
  receivedOn: string;
  channel: FeedbackChannel;
  category: FeedbackCategory;
  summary: string;
  response: string;
  closed: boolean;
  closedOn: string | null;
}

const toEntry = (r: FeedbackRow): FeedbackEntry => ({
  id: r.id,
  agreementId: r.agreement_id,
  programmeId: r.programme_id,
  receivedOn: r.received_on,
  channel: r.channel,
  category: r.category,
  summary: r.summary,
  response: r.response,
  closed: r.closed === 1,
  closedOn: r.closed_on,
  version: r.version,
});

export async function listFeedback(db: DbOrTrx, agreementId: number | null): Promise<FeedbackEntry[]> {
  return (await listFeedbackRows(db, agreementId, 1000)).map(toEntry);
}

async function columns(ctx: ServiceContext, data: FeedbackData) {
  await requireAgreement(ctx.db, data.agreementId);
  if (data.programmeId !== null) {
    const programme = await requireProgrammeRow(ctx.db, data.programmeId, 'programmeId');
    if (programme.agreement_id !== data.agreementId) {
      throw new AppFailure('validation', { fields: { programmeId: 'field.invalid' } });
    }
  }
  if (data.receivedOn > today(ctx))
    throw new AppFailure('validation', { fields: { receivedOn: 'field.futureDate' } });
  const closedOn = data.closed ? (data.closedOn ?? today(ctx)) : null;
  if (closedOn !== null && closedOn < data.receivedOn) {
    throw new AppFailure('validation', { fields: { closedOn: 'field.dateOrder' } });
  }
  return {
    agreement_id: data.agreementId,
    programme_id: data.programmeId,
    received_on: data.receivedOn,
    channel: data.channel,
    category: data.category,
    summary: data.summary,
    response: data.response,
    closed: flag(data.closed),
    closed_on: closedOn,
    updated_at: nowIso(ctx),
  };
}

async function getEntry(db: DbOrTrx, id: number): Promise<FeedbackEntry> {
  const row = await getFeedbackRow(db, id);
  if (!row) throw new AppFailure('notFound');
  return toEntry(row);
}

export async function createFeedback(ctx: ServiceContext, data: FeedbackData): Promise<FeedbackEntry> {
  const values = await columns(ctx, data);
  const id = await insertFeedback(ctx.db, { ...values, version: 1, created_at: values.updated_at });
  return getEntry(ctx.db, id);
}

export async function updateFeedback(
  ctx: ServiceContext,
  input: { id: number; version: number; data: FeedbackData },
): Promise<FeedbackEntry> {
  const current = await getEntry(ctx.db, input.id);
  if (current.version !== input.version) throw new AppFailure('conflict');
  const values = await columns(ctx, input.data);
  await updateFeedbackRow(ctx.db, input.id, { ...values, version: current.version + 1 });
  return getEntry(ctx.db, input.id);
}
