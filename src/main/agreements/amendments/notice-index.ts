// The notices of whole agreements in force, read for many agreements at once
// (the dashboard and the deadline report follow every agreement).
import type { NoticeGiven } from '../../../shared/agreements/model';
import type { ReadDb } from '../../db/handles';
import { livingAgreementIds, noticeRows } from './amendment-repository';

export async function activeAgreementNotices(
  db: ReadDb,
  agreementIds: readonly number[],
): Promise<Map<number, NoticeGiven>> {
  const rows = await noticeRows(db, agreementIds);
  const map = new Map<number, NoticeGiven>();
  for (const r of rows) {
    if (r.scope !== 'agreement' || r.withdrawn_on !== null) continue;
    map.set(r.agreement_id, {
      givenOn: r.given_on,
      byOrganisationId: r.organisation_id,
      ongoingInterventions: r.ongoing_interventions,
    });
  }
  return map;
}

/** Agreements with anything recorded since the decision: an amendment in force, a notice, an extension decision. */
export async function agreementsWithLife(db: ReadDb, agreementIds: readonly number[]): Promise<Set<number>> {
  return new Set(await livingAgreementIds(db, agreementIds));
}
