// The agreement's lifecycle: which status may follow which, and what must be
// in place first. Main enforces these guards; the renderer uses them to show
// what is missing before the user tries.
import { addMonths, minDate, type IsoDate } from '../dates';
import { clauseProblems } from './clause-checks';
import { boardDecisionProblems, type BoardDecision, type DecisionRequest } from './decisions';
import { rescissionGroundProblems, type DeficiencyFacts } from './deficiencies';
import {
  iopCriteria,
  type AgreementData,
  type AgreementStatus,
  type Decision,
  type LifecycleData,
  type NoticeGiven,
  type Rescission,
} from './model';

export const allowedTransitions: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  draft: ['forDecision'],
  forDecision: ['draft', 'decided'],
  decided: ['signed'],
  signed: ['active', 'terminated', 'rescinded'],
  active: ['ended', 'terminated', 'rescinded'],
  terminated: ['ended', 'rescinded'],
  ended: [],
  rescinded: [],
};

/** Statuses in which the whole draft may be edited. */
export const isDraftEditable = (status: AgreementStatus) => status === 'draft';

/**
 * After the decision the agreement's terms change only through an amendment
 * (amendments/); what may still be edited directly is what the parties record
 * along the way: governance members and contact persons.
 */
export const acceptsLaterChanges = (status: AgreementStatus) =>
  status === 'decided' || status === 'signed' || status === 'active' || status === 'terminated';

export const acceptsSignatures = (status: AgreementStatus) => status === 'decided' || status === 'signed';

export type TransitionRequest =
  | { to: 'draft' | 'forDecision' | 'signed' | 'active' | 'ended' }
  | { to: 'decided'; decision: DecisionRequest }
  | { to: 'terminated'; notice: NoticeGiven }
  | { to: 'rescinded'; rescission: Rescission };

/**
 * Records beside the agreement that some guards need: the boards' decisions
 * already recorded (decided) and the deficiencies (rescinded). Left out, there
 * are none.
 */
export interface TransitionFacts {
  decisions?: readonly BoardDecision[];
  deficiencies?: readonly DeficiencyFacts[];
}

/** Field path → message key; empty when the transition may happen. */
export type Problems = Record<string, string>;

const blank = (text: string | null | undefined) => (text ?? '').trim() === '';

/** The end that applies: notice moves it to the notice date + notice months (never past the agreed end). */
export function effectiveEnd(
  data: Pick<AgreementData, 'period' | 'notice'>,
  noticeGiven: NoticeGiven | null,
): IsoDate {
  if (!noticeGiven || data.notice.months === null) return data.period.end;
  return minDate(data.period.end, addMonths(noticeGiven.givenOn, data.notice.months));
}

export function missingCriteria(data: Pick<AgreementData, 'criteria'>): Problems {
  const problems: Problems = {};
  for (const c of iopCriteria)
    if (blank(data.criteria[c])) problems[`criteria.${c}`] = 'agreements.criterionMissing';
  return problems;
}

export function decisionProblems(decision: Decision | null): Problems {
  const problems: Problems = {};
  if (!decision) return { decision: 'agreements.decisionMissing' };
  if (blank(decision.board)) problems['decision.board'] = 'field.required';
  if (blank(decision.date)) problems['decision.date'] = 'field.required';
  if (blank(decision.paragraph)) problems['decision.paragraph'] = 'field.required';
  return problems;
}

/** Parties (organisation ids) that have not signed yet. */
export function unsignedParties(
  data: Pick<AgreementData, 'parties'>,
  lifecycle: Pick<LifecycleData, 'signatures'>,
): number[] {
  const signed = new Set(lifecycle.signatures.map((s) => s.organisationId));
  return data.parties.map((p) => p.organisationId).filter((id) => !signed.has(id));
}

export function signatureProblems(
  data: Pick<AgreementData, 'parties'>,
  lifecycle: Pick<LifecycleData, 'status' | 'decision'>,
  organisationId: number,
): Problems {
  if (!acceptsSignatures(lifecycle.status) || Object.keys(decisionProblems(lifecycle.decision)).length > 0) {
    return { status: 'agreements.signBeforeDecision' };
  }
  if (!data.parties.some((p) => p.organisationId === organisationId))
    return { organisationId: 'agreements.notAParty' };
  return {};
}

/**
 * What stands in the way of moving to `request.to` on `today`. The data and
 * lifecycle are the agreement as saved; the request carries what the
 * transition itself records (the decision, the notice, the rescission).
 */
export function transitionProblems(
  data: AgreementData,
  lifecycle: LifecycleData,
  request: TransitionRequest,
  today: IsoDate,
  facts: TransitionFacts = {},
): Problems {
  if (!allowedTransitions[lifecycle.status].includes(request.to))
    return { status: 'agreements.transitionNotAllowed' };
  switch (request.to) {
    case 'draft':
      return {};
    case 'forDecision':
      return { ...missingCriteria(data), ...clauseProblems(data) };
    case 'decided': {
      const problems = decisionProblems(request.decision);
      if (request.decision.date && request.decision.date > today)
        problems['decision.date'] = 'agreements.dateInFuture';
      return { ...problems, ...boardDecisionProblems(data, facts.decisions ?? [], request.decision, true) };
    }
    case 'signed': {
      const problems = decisionProblems(lifecycle.decision);
      if (lifecycle.signatures.length === 0) problems.signatures = 'agreements.noSignatures';
      return problems;
    }
    case 'active':
      return unsignedParties(data, lifecycle).length > 0
        ? { signatures: 'agreements.missingSignatures' }
        : {};
    case 'ended':
      return today < effectiveEnd(data, lifecycle.noticeGiven) ? { status: 'agreements.notYetEnded' } : {};
    case 'terminated': {
      const problems: Problems = {};
      if (data.notice.months === null) problems['notice.months'] = 'agreements.noNoticeTerms';
      if (!data.parties.some((p) => p.organisationId === request.notice.byOrganisationId)) {
        problems['notice.byOrganisationId'] = 'agreements.notAParty';
      }
      if (request.notice.givenOn > today) problems['notice.givenOn'] = 'agreements.dateInFuture';
      if (request.notice.givenOn < data.period.start) problems['notice.givenOn'] = 'agreements.beforeStart';
      return problems;
    }
    case 'rescinded': {
      const problems: Problems = {};
      if (blank(request.rescission.reason)) problems['rescission.reason'] = 'field.required';
      if (request.rescission.date > today) problems['rescission.date'] = 'agreements.dateInFuture';
      return { ...problems, ...rescissionGroundProblems(facts.deficiencies ?? [], request.rescission) };
    }
  }
}
