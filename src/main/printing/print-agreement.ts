// What a printout says of the agreement a programme runs under: its title,
// registration number, purpose, goals, target group and parties.
import { organisationsByIds } from '../agreements/agreement-repository';
import { requireAgreementRow } from '../agreements/agreement-service';
import { loadData } from '../agreements/agreement-view';
import type { ReadDb } from '../db/handles';

export interface AgreementFacts {
  registrationNumber: string;
  title: string;
  purpose: string;
  targetGroup: string;
  goals: string[];
  /** The parties' names, public first. */
  parties: string[];
  /** The non-profit parties' names. */
  nonprofits: string[];
}

/** The organisation running a programme: its own party, else the agreement's non-profit parties. */
export const runningOrganisation = (programme: { organisationName: string }, agreement: AgreementFacts) =>
  programme.organisationName.trim() || agreement.nonprofits.join(' och ');

export async function agreementFacts(db: ReadDb, agreementId: number): Promise<AgreementFacts> {
  const row = await requireAgreementRow({ db }, agreementId);
  const data = await loadData(db, row);
  const organisations = await organisationsByIds(
    db,
    data.parties.map((p) => p.organisationId),
  );
  const parties = [...data.parties]
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'public' ? -1 : 1))
    .map((p) => organisations.get(p.organisationId)?.name ?? '')
    .filter((name) => name !== '');
  return {
    registrationNumber: data.registrationNumber,
    title: data.title,
    purpose: data.purpose,
    targetGroup: data.targetGroup.description,
    goals: data.goals,
    parties,
    nonprofits: data.parties
      .filter((p) => p.role === 'nonprofit')
      .map((p) => organisations.get(p.organisationId)?.name ?? '')
      .filter((name) => name !== ''),
  };
}
