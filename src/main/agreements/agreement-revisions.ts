// Version history: every save keeps a snapshot of the data; two versions are
// compared section by section.
import { withStructuredCommitments } from '../../shared/agreements/commitments/commitment';
import { diffAgreements, type SectionDiff } from '../../shared/agreements/diff';
import type { AgreementData, AgreementStatus } from '../../shared/agreements/model';
import type { Revision } from '../../shared/ipc/agreements';
import { AppFailure } from '../base/app-error';
import type { ServiceContext } from '../context/service-context';
import { organisationsByIds, revisionCount } from './agreement-repository';
import { insertRevision, revisionRows, revisionSnapshot } from './agreement-revision-repository';
import { referencedOrganisations } from './agreement-view';
import type { ReadDb } from '../db/handles';

export async function saveRevision(
  ctx: ServiceContext,
  agreementId: number,
  status: AgreementStatus,
  data: AgreementData,
  at: string,
): Promise<number> {
  const revision = (await revisionCount(ctx.db, agreementId)) + 1;
  await insertRevision(ctx.db, {
    agreement_id: agreementId,
    revision,
    status,
    saved_at: at,
    saved_by_user_id: ctx.user.id,
    snapshot: JSON.stringify(data),
  });
  return revision;
}

export async function listRevisions(ctx: ServiceContext<ReadDb>, agreementId: number): Promise<Revision[]> {
  const rows = await revisionRows(ctx.db, agreementId);
  if (rows.length === 0) throw new AppFailure('notFound');
  return rows.map((r) => ({
    revision: r.revision,
    savedAt: r.saved_at,
    savedBy: r.display_name,
    status: r.status,
  }));
}

async function snapshot(
  ctx: ServiceContext<ReadDb>,
  agreementId: number,
  revision: number,
): Promise<AgreementData> {
  const stored = await revisionSnapshot(ctx.db, agreementId, revision);
  if (stored === undefined) throw new AppFailure('notFound');
  return withStructuredCommitments(JSON.parse(stored) as AgreementData);
}

export async function diffRevisions(
  ctx: ServiceContext<ReadDb>,
  input: { id: number; from: number; to: number },
): Promise<SectionDiff[]> {
  const [before, after] = await Promise.all([
    snapshot(ctx, input.id, input.from),
    snapshot(ctx, input.id, input.to),
  ]);
  const names = await organisationsByIds(ctx.db, [
    ...referencedOrganisations(before),
    ...referencedOrganisations(after),
  ]);
  return diffAgreements(before, after, (id) => names.get(id)?.name ?? `organisation ${id}`);
}
