// The notices of whole agreements in force and the agreements with a life
// since their decision, read for every agreement at once (the dashboard and
// the deadline report follow them all).
import type { NoticeGiven } from '../../../shared/agreements/model';
import type { ReadDb } from '../../db/handles';
import { activeAgreementNoticeRows, livingAgreementIds } from './amendment-repository';

export async function activeAgreementNotices(
  db: ReadDb,
  agreementIds: readonly number[],
): Promise<Map<number, NoticeGiven>> {
  const wanted = new Set(agreementIds);
  const map = new Map<number, NoticeGiven>();
  for (const r of await activeAgreementNoticeRows(db)) {
    if (!wanted.has(r.agreement_id)) continue;
    map.set(r.agreement_id, {
      givenOn: r.given_on,
      byOrganisationId: r.organisation_id,
      ongoingInterventions: r.ongoing_interventions,
    });
  }
  return map;
}

/** Of these agreements, those with an amendment in force, a notice or an extension decision. */
export async function agreementsWithLife(db: ReadDb, agreementIds: readonly number[]): Promise<Set<number>> {
  const wanted = new Set(agreementIds);
  return new Set((await livingAgreementIds(db)).filter((id) => wanted.has(id)));
}
