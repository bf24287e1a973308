// Who decides an agreement: each public party's own board (in a three-party
// agreement the region's and the municipality's). One decision is recorded per
// public party; the agreement is decided (beslutad) when all are in.
import type { AgreementData, Decision } from './model';

export interface BoardDecision extends Decision {
  /** The public party whose board decided. */
  organisationId: number;
}

/** A decision as a form or the transition sends it: without a party, it is the one public party still to decide. */
export type DecisionRequest = Decision & { organisationId?: number | null };

export const publicParties = (data: Pick<AgreementData, 'parties'>): number[] =>
  data.parties.filter((p) => p.role === 'public').map((p) => p.organisationId);

/** Public parties whose board has not decided yet, in party order. */
export const boardsToDecide = (
  data: Pick<AgreementData, 'parties'>,
  decisions: readonly Pick<BoardDecision, 'organisationId'>[],
): number[] => publicParties(data).filter((id) => !decisions.some((d) => d.organisationId === id));

/** The public party a decision is for, or null when it cannot be told. */
export function decidingParty(
  data: Pick<AgreementData, 'parties'>,
  decisions: readonly BoardDecision[],
  request: DecisionRequest,
): number | null {
  if (request.organisationId != null)
    return publicParties(data).includes(request.organisationId) ? request.organisationId : null;
  const waiting = boardsToDecide(data, decisions);
  return waiting.length === 1 ? (waiting[0] ?? null) : null;
}

/**
 * What stands in the way of recording `request` (with the decisions already
 * recorded): the party must be a public party (or, left out, the only one
 * still to decide); with `mustComplete`, every public party must have decided
 * once it is recorded. Keys are the request's field paths.
 */
export function boardDecisionProblems(
  data: Pick<AgreementData, 'parties'>,
  decisions: readonly BoardDecision[],
  request: DecisionRequest,
  mustComplete: boolean,
): Record<string, string> {
  const organisationId = decidingParty(data, decisions, request);
  if (organisationId === null)
    return {
      'decision.organisationId':
        request.organisationId != null ? 'decisions.notPublicParty' : 'decisions.whichBoard',
    };
  const after = [...decisions.filter((d) => d.organisationId !== organisationId), { organisationId }];
  if (mustComplete && boardsToDecide(data, after).length > 0) return { decisions: 'decisions.othersMissing' };
  return {};
}

/** The decision that made the agreement beslutad: the latest of its boards' decisions. */
export function decisiveDecision(decisions: readonly BoardDecision[]): Decision | null {
  const latest = [...decisions].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (!latest) return null;
  return { board: latest.board, date: latest.date, paragraph: latest.paragraph, proposal: latest.proposal };
}
