// What must hold for an amendment: it changes something, takes effect inside
// the period and not before an amendment already in force, keeps a public and
// a non-profit party, extends no further than the agreement allows, and is
// signed by every party it concerns; an organisation joining accepts all the
// partnership's terms and gets an appendix of its own.
import { addMonths, type IsoDate } from '../../dates';
import type { AgreementData, AgreementStatus } from '../model';
import { changesNothing } from './apply';
import { keepsPartyRules, type Problems } from './notices';
import type { AmendmentChanges, AmendmentDecision } from './model';

/** Agreement statuses under which amendments may be drafted and put in force. */
export const acceptsAmendments = (status: AgreementStatus) =>
  status === 'decided' || status === 'signed' || status === 'active' || status === 'terminated';

/** The latest end the agreement may be extended to: the first agreed end plus the maximum, or null without extension terms. */
export function latestExtendedEnd(original: Pick<AgreementData, 'period' | 'extension'>): IsoDate | null {
  const years = original.extension.maxYears;
  return years === null ? null : addMonths(original.period.end, 12 * years);
}

export const addedParties = (before: AgreementData, after: AgreementData) =>
  after.parties
    .filter((p) => !before.parties.some((b) => b.organisationId === p.organisationId))
    .map((p) => p.organisationId);
export const removedParties = (before: AgreementData, after: AgreementData) =>
  before.parties
    .filter((p) => !after.parties.some((a) => a.organisationId === p.organisationId))
    .map((p) => p.organisationId);

/** Parties an amendment concerns by default: every party before and after. */
export const defaultConcerned = (before: Pick<AgreementData, 'parties'>, after: Pick<AgreementData, 'parties'>) => [
  ...new Set([...before.parties, ...after.parties].map((p) => p.organisationId)),
];

export interface DraftCheck {
  original: AgreementData;
  before: AgreementData;
  after: AgreementData;
  changes: AmendmentChanges;
  effectiveFrom: IsoDate;
  concerned: readonly number[];
  /** The effective date of the latest amendment already in force, if any. */
  latestInForce: IsoDate | null;
}

/** Problems with an amendment's content (field path → message key). */
export function amendmentProblems(check: DraftCheck): Problems {
  const { before, after } = check;
  const problems: Problems = {};
  if (changesNothing(check.changes)) problems.data = 'amendments.nothingChanged';
  if (check.effectiveFrom < before.period.start || check.effectiveFrom > before.period.end)
    problems.effectiveFrom = 'amendments.effectiveOutsidePeriod';
  else if (check.latestInForce !== null && check.effectiveFrom < check.latestInForce)
    problems.effectiveFrom = 'amendments.effectiveBeforeEarlier';
  if (after.period.end > before.period.end) {
    const latest = latestExtendedEnd(check.original);
    if (latest === null) problems['data.period.end'] = 'amendments.noExtensionTerms';
    else if (after.period.end > latest) problems['data.period.end'] = 'amendments.extensionBeyondMax';
  }
  if (after.period.start !== before.period.start) problems['data.period.start'] = 'amendments.startFixed';
  if (!keepsPartyRules(after, new Set())) problems['data.parties'] = 'amendments.partyRules';
  const added = addedParties(before, after);
  const needed = [
    ...after.parties.filter((p) => p.role === 'public').map((p) => p.organisationId),
    ...added,
    ...removedParties(before, after),
  ];
  if (needed.some((id) => !check.concerned.includes(id))) problems.concerned = 'amendments.concernedMissing';
  const byAppendix = before.appendices.some((a) => a.organisationId !== null);
  if (byAppendix && added.some((id) => !after.appendices.some((a) => a.organisationId === id)))
    problems['data.appendices'] = 'amendments.joiningNeedsAppendix';
  return problems;
}

export type AmendmentTransition = { to: 'decided'; decision: AmendmentDecision } | { to: 'inForce' };

export function decisionOfAmendmentProblems(
  decision: AmendmentDecision,
  joining: readonly number[],
  acceptedTerms: readonly number[],
  today: IsoDate,
): Problems {
  const problems: Problems = {};
  if (decision.body.trim() === '') problems['decision.body'] = 'field.required';
  if (decision.paragraph.trim() === '') problems['decision.paragraph'] = 'field.required';
  if (decision.date > today) problems['decision.date'] = 'agreements.dateInFuture';
  if (joining.some((id) => !acceptedTerms.includes(id)))
    problems.acceptedTerms = 'amendments.termsNotAccepted';
  return problems;
}
