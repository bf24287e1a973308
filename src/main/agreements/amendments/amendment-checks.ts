// What stands in the way of an amendment's next step, computed the same way
// for the agreement page (shown before the user tries) and for the service
// (which refuses): content rules while a draft, the parties' acceptance of
// terms before the decision, every signature before it is signed, and before
// it comes into force that the agreement has not changed under it.
import { applyChanges, sameTerms } from '../../../shared/agreements/amendments/apply';
import { inForceOrder } from '../../../shared/agreements/amendments/in-force';
import type { Amendment } from '../../../shared/agreements/amendments/model';
import type { Problems } from '../../../shared/agreements/amendments/notices';
import { addedParties, amendmentProblems } from '../../../shared/agreements/amendments/rules';
import type { AgreementData } from '../../../shared/agreements/model';
import type { AgreementLife } from './agreement-life';

export interface AmendmentState {
  before: AgreementData;
  after: AgreementData;
  joining: number[];
  unsigned: number[];
  problems: Problems;
}

export const latestInForce = (amendments: readonly Amendment[]) =>
  inForceOrder(amendments).at(-1)?.effectiveFrom ?? null;

export function amendmentState(
  life: Pick<AgreementLife, 'original' | 'amendments'>,
  current: AgreementData,
  amendment: Amendment,
): AmendmentState {
  const inForce = amendment.status === 'inForce';
  // An amendment in force is shown against what it changed; the others against today's terms.
  const base = inForce ? { ...current, ...amendment.changes.before } : current;
  const before = base;
  const after = applyChanges(base, amendment.changes.after);
  const joining = addedParties(before, after);
  const signed = new Set(amendment.signatures.map((s) => s.organisationId));
  const unsigned = amendment.concerned.filter((id) => !signed.has(id));
  let problems: Problems = {};
  if (amendment.recordedSignedBy === null && !inForce) {
    problems = amendmentProblems({
      original: life.original,
      before,
      after,
      changes: amendment.changes,
      effectiveFrom: amendment.effectiveFrom,
      concerned: amendment.concerned,
      latestInForce: latestInForce(life.amendments.filter((a) => a.id !== amendment.id)),
    });
    if (amendment.status === 'draft' && joining.some((id) => !amendment.acceptedTerms.includes(id)))
      problems.acceptedTerms = 'amendments.termsNotAccepted';
    if (amendment.status === 'decided' && unsigned.length > 0)
      problems.signatures = 'agreements.missingSignatures';
    if (!sameTerms(current, amendment.changes.before)) problems.data = 'amendments.stale';
  }
  return { before, after, joining, unsigned, problems };
}
