// Deleting mistakes at once: a child registered by mistake, a draft
// agreement, an organisation that is no party to any agreement. Each goes
// through the one erasure routine (erasure-routine.ts), so its bytes are gone
// from the database file and its log, and leaves one row in the deletion log
// with the kind, the fixed reason and counts: never a name or a number.
import type { Db } from '../db/schema/database';
import type { ServiceContext } from '../context/service-context';
import { nowIso } from '../context/service-context';
import { AppFailure } from '../base/app-error';
import type { DeletionReason } from '../../shared/erasure/deletion';
import { eraseAttachmentsOf, eraseDraftsOf, eraseEnrolmentsAndOrphans, runErasure } from './erasure-routine';
import {
  agreementRow,
  agreementUses,
  childHistory,
  childRow,
  deleteAgreement,
  deleteOrganisation,
  insertDeletionRun,
  organisationRow,
  organisationUses,
} from './deletion-repository';

/** Statuses that mean the child had (or has) a place: such a child is erased by gallring, after the hand-back. */
const placed = new Set(['admitted', 'participating', 'completed']);

export async function deleteChildByMistake(
  ctx: ServiceContext<Db>,
  input: { id: number; version: number; reason: DeletionReason },
): Promise<{ enrolments: number; purged: boolean }> {
  return runErasure(ctx.db, async (trx) => {
    const child = await childRow(trx, input.id);
    if (!child) throw new AppFailure('notFound');
    if (child.version !== input.version) throw new AppFailure('conflict');
    const history = await childHistory(trx, input.id);
    if (
      history.enrolments.some((e) => placed.has(e.status)) ||
      history.attendance > 0 ||
      history.concerns > 0
    )
      throw new AppFailure('deletion.childHasHistory');
    const enrolmentIds = history.enrolments.map((e) => e.id);
    const { childrenDeleted } = await eraseEnrolmentsAndOrphans(trx, enrolmentIds, [input.id]);
    await insertDeletionRun(trx, {
      deleted_at: nowIso(ctx),
      user_id: ctx.user.id,
      kind: 'child',
      reason: input.reason,
      enrolments: enrolmentIds.length,
      children: childrenDeleted,
    });
    return { enrolments: enrolmentIds.length };
  });
}

export async function deleteDraftAgreement(
  ctx: ServiceContext<Db>,
  input: { id: number; version: number },
): Promise<{ purged: boolean }> {
  return runErasure(ctx.db, async (trx) => {
    const agreement = await agreementRow(trx, input.id);
    if (!agreement) throw new AppFailure('notFound');
    if (agreement.version !== input.version) throw new AppFailure('conflict');
    if (agreement.status !== 'draft') throw new AppFailure('deletion.notDraft');
    if ((await agreementUses(trx, input.id)) > 0) throw new AppFailure('deletion.draftInUse');
    await eraseDraftsOf(trx, { agreementIds: [input.id] });
    await eraseAttachmentsOf(trx, { agreementIds: [input.id] });
    await deleteAgreement(trx, input.id);
    await insertDeletionRun(trx, {
      deleted_at: nowIso(ctx),
      user_id: ctx.user.id,
      kind: 'agreementDraft',
      reason: '',
    });
    return {};
  });
}

export async function deleteUnusedOrganisation(
  ctx: ServiceContext<Db>,
  input: { id: number; version: number; reason: DeletionReason },
): Promise<{ purged: boolean }> {
  return runErasure(ctx.db, async (trx) => {
    const organisation = await organisationRow(trx, input.id);
    if (!organisation) throw new AppFailure('notFound');
    if (organisation.version !== input.version) throw new AppFailure('conflict');
    if ((await organisationUses(trx, input.id)) > 0) throw new AppFailure('deletion.organisationInUse');
    await deleteOrganisation(trx, input.id);
    await insertDeletionRun(trx, {
      deleted_at: nowIso(ctx),
      user_id: ctx.user.id,
      kind: 'organisation',
      reason: input.reason,
    });
    return {};
  });
}
