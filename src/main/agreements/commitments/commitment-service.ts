// Commitments of one agreement followed up: their statuses this period (or on
// a given day) and tick-offs by hand. A tick-off is for a commitment of the
// agreement that is not counted from the records, dated in the agreement's
// period and never in the future; otherwise nothing is saved. A tick-off
// recorded by mistake is removed, given a reason (asked for, not kept).
import type { CountedMeasure } from '../../../shared/agreements/commitments/commitment';
import { periodAt } from '../../../shared/agreements/commitments/status';
import { followUpCommitments, type CommitmentFollowUpResult } from '../../../shared/agreements/commitments/follow-up';
import type { AgreementData } from '../../../shared/agreements/model';
import type { TickOff } from '../../../shared/ipc/agreements/commitments';
import { minDate, type IsoDate } from '../../../shared/dates';
import { AppFailure } from '../../base/app-error';
import { mustRedact, nowIso, today, type ServiceContext } from '../../context/service-context';
import type { ReadDb } from '../../db/handles';
import type { AgreementRow } from '../agreement-columns';
import { requireAgreementRow } from '../agreement-service';
import { loadData } from '../agreement-view';
import {
  countRows,
  deleteTickOff,
  insertTickOff,
  tickOffAgreement,
  tickOffDates,
  tickOffRows,
} from './commitment-repository';

/** The agreement's period as followed up: its end brought forward when it ended early. */
export const followedPeriod = (row: Pick<AgreementRow, 'ended_on'>, data: Pick<AgreementData, 'period'>) => ({
  start: data.period.start,
  end: row.ended_on ? minDate(row.ended_on, data.period.end) : data.period.end,
});

export const runningParties = (data: Pick<AgreementData, 'parties'>): Set<number> =>
  new Set(data.parties.filter((p) => p.role === 'nonprofit').map((p) => p.organisationId));

/** Statuses of one agreement's commitments on `day`, from one read of its counts and tick-offs. */
export async function statusesOf(
  db: ReadDb,
  row: AgreementRow,
  data: AgreementData,
  day: IsoDate,
): Promise<CommitmentFollowUpResult[]> {
  const period = followedPeriod(row, data);
  // Tick-offs since the start (a one-off's of any earlier day); counts within the year `day` falls in.
  const from = data.period.start;
  const year = periodAt('year', period, day);
  const measures = new Set<CountedMeasure>();
  for (const c of data.commitments)
    if (c.kind === 'recurring' && c.target && c.target.measure !== 'tickOffs') measures.add(c.target.measure);
  const [counts, ticks] = await Promise.all([
    countRows(db, [{ agreementId: row.id, from: year.start, to: minDate(year.end, day) }], measures),
    tickOffDates(db, [row.id], from, day),
  ]);
  return followUpCommitments(
    {
      commitments: data.commitments,
      period,
      runningParties: runningParties(data),
      counts: counts.map((c) => ({ organisationId: c.organisation_id, measure: c.measure, day: c.day, n: c.n })),
      tickOffs: ticks.map((t) => ({ key: t.commitment_key, day: t.done_on })),
    },
    day,
  );
}

export async function commitmentStatuses(
  ctx: ServiceContext<ReadDb>,
  input: { agreementId: number; asOf?: string | undefined },
): Promise<CommitmentFollowUpResult[]> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  const data = await loadData(ctx.db, row);
  return statusesOf(ctx.db, row, data, input.asOf ?? today(ctx));
}

export async function listTickOffs(ctx: ServiceContext<ReadDb>, agreementId: number): Promise<TickOff[]> {
  await requireAgreementRow(ctx, agreementId);
  const redact = mustRedact(ctx);
  return (await tickOffRows(ctx.db, agreementId)).map((r) => ({
    id: r.id,
    commitmentKey: r.commitment_key,
    doneOn: r.done_on,
    whatDone: r.what_done,
    note: r.note,
    recordedBy: redact ? null : r.recorded_by_name,
    recordedAt: r.recorded_at,
  }));
}

export async function recordTickOff(
  ctx: ServiceContext,
  input: { agreementId: number; commitmentKey: string; doneOn: string; whatDone: string; note: string },
): Promise<TickOff[]> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  const data = await loadData(ctx.db, row);
  const commitment = data.commitments.find((c) => c.key === input.commitmentKey);
  const fields: Record<string, string> = {};
  if (!commitment) fields.commitmentKey = 'commitments.unknown';
  else if (commitment.target && commitment.target.measure !== 'tickOffs') fields.commitmentKey = 'commitments.counted';
  if (input.doneOn > today(ctx)) fields.doneOn = 'commitments.tickOffInFuture';
  else if (input.doneOn < data.period.start) fields.doneOn = 'commitments.tickOffBeforeStart';
  if (Object.keys(fields).length > 0) throw new AppFailure('validation', { fields });
  await insertTickOff(ctx.db, {
    agreement_id: row.id,
    commitment_key: input.commitmentKey,
    done_on: input.doneOn,
    what_done: input.whatDone,
    note: input.note,
    recorded_by_user_id: ctx.user.id,
    recorded_at: nowIso(ctx),
  });
  return listTickOffs(ctx, row.id);
}

/**
 * Removes a tick-off recorded by mistake. The caller runs this inside the one
 * erasure routine (its note may name people). The reason is required by the
 * contract so the removal is deliberate; it is not kept (no table holds it and
 * it could name people). Refused, nothing changed: an unknown tick-off, one of
 * another agreement.
 */
export async function removeTickOff(
  ctx: ServiceContext,
  input: { agreementId: number; tickOffId: number },
): Promise<TickOff[]> {
  const row = await requireAgreementRow(ctx, input.agreementId);
  const owner = await tickOffAgreement(ctx.db, input.tickOffId);
  if (owner === undefined) throw new AppFailure('commitments.tickOffNotFound');
  if (owner !== row.id) throw new AppFailure('commitments.tickOffOfOtherAgreement');
  await deleteTickOff(ctx.db, input.tickOffId);
  return listTickOffs(ctx, row.id);
}
