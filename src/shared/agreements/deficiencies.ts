// Deficiencies (brister) and disputes (tvister): what a party has not done,
// the time it gets to put it right, and what came of it; and the rule that an
// agreement may be rescinded (hävas) only on a recorded deficiency whose
// remedy deadline has passed without it being remedied (DOMAIN.md: "rescission
// after a chance to remedy"). Pure rules; main enforces them, the renderer
// uses them to show what is possible before the user tries.
import { addDays, type IsoDate } from '../dates';
import type { AgreementData, AgreementStatus } from './model';

export const deficiencyOutcomes = ['open', 'remedied', 'notRemedied'] as const;
export type DeficiencyOutcome = (typeof deficiencyOutcomes)[number];

export const disputeOutcomes = ['open', 'resolved', 'dialogueFailed'] as const;
export type DisputeOutcome = (typeof disputeOutcomes)[number];

export interface DeficiencyFacts {
  id: number;
  organisationId: number;
  foundOn: IsoDate;
  /** The last day the party may put it right. */
  remedyBy: IsoDate;
  outcome: DeficiencyOutcome;
  outcomeOn: IsoDate | null;
}

/** Field path → message key; empty when allowed. */
type Problems = Record<string, string>;

/** Deficiencies and disputes are recorded while the agreement binds the parties: from the signature until it ends. */
export const recordsBreaches = (status: AgreementStatus) =>
  status === 'signed' || status === 'active' || status === 'terminated';

/** A new deficiency: a party of the agreement, found on a day in the period up to today, a deadline not before that day. */
export function deficiencyProblems(
  data: Pick<AgreementData, 'parties' | 'period'>,
  input: { organisationId: number; foundOn: IsoDate; remedyBy: IsoDate },
  today: IsoDate,
): Problems {
  const problems: Problems = {};
  if (!data.parties.some((p) => p.organisationId === input.organisationId))
    problems.organisationId = 'agreements.notAParty';
  if (input.foundOn > today) problems.foundOn = 'agreements.dateInFuture';
  else if (input.foundOn < data.period.start) problems.foundOn = 'agreements.beforeStart';
  if (input.remedyBy < input.foundOn) problems.remedyBy = 'deficiencies.deadlineBeforeFound';
  return problems;
}

/** The day from which the remedy deadline has passed. */
export const deadlinePassedOn = (d: Pick<DeficiencyFacts, 'remedyBy'>): IsoDate => addDays(d.remedyBy, 1);

/**
 * Recording what came of a deficiency. Remedied: on a day from when it was
 * found up to today. Not remedied: only once the deadline has passed. Open
 * again (a mistake corrected): always, unless a rescission rests on it.
 */
export function outcomeProblems(
  deficiency: DeficiencyFacts,
  input: { outcome: DeficiencyOutcome; date: IsoDate | null },
  today: IsoDate,
): Problems {
  if (input.outcome === 'open') return {};
  if (input.date === null) return { date: 'deficiencies.outcomeDateRequired' };
  if (input.date > today) return { date: 'agreements.dateInFuture' };
  if (input.date < deficiency.foundOn) return { date: 'deficiencies.outcomeBeforeFound' };
  if (input.outcome === 'notRemedied' && input.date < deadlinePassedOn(deficiency))
    return { date: 'deficiencies.notRemediedBeforeDeadline' };
  return {};
}

/**
 * Whether a deficiency can ground a rescission on `date`: the remedy deadline
 * has passed by then, and it was not remedied (still open, or recorded as not
 * remedied). Problems keyed like the transition request's fields.
 */
export function rescissionGroundProblems(
  deficiencies: readonly DeficiencyFacts[],
  rescission: { date: IsoDate; deficiencyId: number | null },
): Problems {
  const deficiency = deficiencies.find((d) => d.id === rescission.deficiencyId);
  if (!deficiency) return { 'rescission.deficiencyId': 'rescission.deficiencyRequired' };
  if (deficiency.outcome === 'remedied')
    return { 'rescission.deficiencyId': 'rescission.deficiencyRemedied' };
  if (rescission.date < deadlinePassedOn(deficiency))
    return { 'rescission.deficiencyId': 'rescission.deadlineNotPassed' };
  return {};
}

/** The deficiencies a rescission dated `date` could rest on. */
export const rescissionGrounds = <D extends DeficiencyFacts>(
  deficiencies: readonly D[],
  date: IsoDate,
): D[] =>
  deficiencies.filter(
    (d) => Object.keys(rescissionGroundProblems([d], { date, deficiencyId: d.id })).length === 0,
  );

/**
 * Whether the agreement's terms say it ends when the dialogue on a dispute
 * fails (ongoing and finished work paid, unused money returned). The
 * support-group agreement (the Stockholm–Bris model) says so; the template
 * key is the structured flag until the terms get a field of their own.
 */
export const endsOnFailedDialogue = (data: Pick<AgreementData, 'templateKey'>): boolean =>
  data.templateKey === 'supportGroups';

/** Closing a dispute: not before it opened, not in the future, once only; a failed dialogue only where the terms say so. */
export function closeDisputeProblems(
  data: Pick<AgreementData, 'templateKey'>,
  dispute: { openedOn: IsoDate; outcome: DisputeOutcome },
  input: { outcome: 'resolved' | 'dialogueFailed'; date: IsoDate },
  today: IsoDate,
): Problems {
  if (dispute.outcome !== 'open') return { disputeId: 'disputes.alreadyClosed' };
  if (input.outcome === 'dialogueFailed' && !endsOnFailedDialogue(data))
    return { outcome: 'disputes.termsDoNotEnd' };
  if (input.date > today) return { date: 'agreements.dateInFuture' };
  if (input.date < dispute.openedOn) return { date: 'disputes.closedBeforeOpened' };
  return {};
}
