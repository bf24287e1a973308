// The process a deficiency (brist) goes through, as the umbrella agreement
// prescribes it: dialogue in the steering group, an action plan (åtgärdsplan)
// required with a deadline, the plan received, follow-up, and an outcome —
// remedied, or still deficient with a decision (exclude the party, rescind,
// or continue with a new plan). Pure rules: which step may come next, what a
// step may say, the stage a deficiency is at, and the deadlines it puts in
// the agreement's calendar. Main enforces them; the renderer offers only the
// steps allowed.
import type { IsoDate } from '../dates';
import {
  deadlinePassedOn,
  outcomeProblems,
  type DeficiencyFacts,
  type DeficiencyOutcome,
} from './deficiencies';

export const deficiencyStepKinds = [
  'dialogue',
  'actionPlanRequired',
  'actionPlanReceived',
  'followUp',
  'outcome',
] as const;
export type DeficiencyStepKind = (typeof deficiencyStepKinds)[number];

export const stepResults = ['remedied', 'stillDeficient'] as const;
export type StepResult = (typeof stepResults)[number];

export const stepDecisions = ['exclude', 'rescind', 'newPlan'] as const;
export type StepDecision = (typeof stepDecisions)[number];

/** One step as recorded: what, when, who (a person or a body, in words), and what it sets. */
export interface DeficiencyStepFacts {
  kind: DeficiencyStepKind;
  date: IsoDate;
  /** actionPlanRequired: the last day for the plan. */
  deadline: IsoDate | null;
  /** actionPlanRequired: the party that must deliver the plan. */
  responsibleOrganisationId: number | null;
  /** actionPlanReceived (required) and followUp (optional): when it is to be followed up (next). */
  followUpBy: IsoDate | null;
  /** outcome only. */
  result: StepResult | null;
  /** outcome, still deficient only. */
  decision: StepDecision | null;
}

/** Field path → message key; empty when allowed. */
type Problems = Record<string, string>;

/** What the deficiency is at: found (no step yet), its last step, or closed. */
export type DeficiencyStage = 'found' | Exclude<DeficiencyStepKind, 'outcome'> | 'newPlan' | 'closed';

/**
 * The steps that may come next, in the prescribed order: dialogue → action
 * plan required → received → follow-up (again, as often as needed) → outcome.
 * The dialogue itself may settle it (outcome: remedied); a plan that never
 * comes leads to an outcome after its deadline (still deficient); a new plan
 * starts again at "action plan required". A closed deficiency takes no steps.
 */
export function allowedNextSteps(
  steps: readonly Pick<DeficiencyStepFacts, 'kind' | 'decision'>[],
  outcome: DeficiencyOutcome,
): DeficiencyStepKind[] {
  if (outcome !== 'open') return [];
  const last = steps.at(-1);
  if (!last) return ['dialogue'];
  switch (last.kind) {
    case 'dialogue':
      return ['actionPlanRequired', 'outcome'];
    case 'actionPlanRequired':
      return ['actionPlanReceived', 'outcome'];
    case 'actionPlanReceived':
      return ['followUp'];
    case 'followUp':
      return ['followUp', 'outcome'];
    case 'outcome':
      return last.decision === 'newPlan' ? ['actionPlanRequired'] : [];
  }
}

/** What the deficiency's own outcome becomes with an outcome step; null: it stays open. */
export function outcomeOfStep(
  step: Pick<DeficiencyStepFacts, 'kind' | 'result' | 'decision'>,
): DeficiencyOutcome | null {
  if (step.kind !== 'outcome') return null;
  if (step.result === 'remedied') return 'remedied';
  return step.decision === 'newPlan' ? null : 'notRemedied';
}

/**
 * A new step on `deficiency` after `steps`: in the allowed order, dated from
 * the day found and the previous step up to today; an action plan's deadline
 * not before the day found nor the day it was required, and the responsible
 * party one of the agreement's; a follow-up date not before the step; an
 * outcome that closes it as not remedied only once the remedy deadline has
 * passed (as the deficiency's own outcome).
 */
export function stepProblems(
  deficiency: DeficiencyFacts,
  steps: readonly DeficiencyStepFacts[],
  step: DeficiencyStepFacts,
  context: { today: IsoDate; partyIds: readonly number[] },
): Problems {
  if (deficiency.outcome !== 'open') return { kind: 'deficiencies.closed' };
  if (!allowedNextSteps(steps, deficiency.outcome).includes(step.kind))
    return { kind: steps.length === 0 ? 'deficiencies.dialogueFirst' : 'deficiencies.stepOutOfOrder' };
  const last = steps.at(-1);
  const problems: Problems = {};
  if (step.date > context.today) problems.date = 'agreements.dateInFuture';
  else if (step.date < deficiency.foundOn) problems.date = 'deficiencies.stepBeforeFound';
  else if (last && step.date < last.date) problems.date = 'deficiencies.stepBeforePrevious';

  if (step.kind === 'actionPlanRequired') {
    if (step.deadline === null) problems.deadline = 'deficiencies.planDeadlineRequired';
    else if (step.deadline < deficiency.foundOn) problems.deadline = 'deficiencies.planDeadlineBeforeFound';
    else if (step.deadline < step.date) problems.deadline = 'deficiencies.planDeadlineBeforeStep';
    if (step.responsibleOrganisationId === null || !context.partyIds.includes(step.responsibleOrganisationId))
      problems.responsibleOrganisationId = 'agreements.notAParty';
  }
  if (step.kind === 'actionPlanReceived' && step.followUpBy === null)
    problems.followUpBy = 'deficiencies.followUpDateRequired';
  if (step.followUpBy !== null && step.followUpBy < step.date)
    problems.followUpBy = 'deficiencies.followUpBeforeStep';

  if (step.kind === 'outcome')
    Object.assign(problems, outcomeStepProblems(deficiency, last, step, context.today));
  return problems;
}

function outcomeStepProblems(
  deficiency: DeficiencyFacts,
  last: DeficiencyStepFacts | undefined,
  step: DeficiencyStepFacts,
  today: IsoDate,
): Problems {
  if (step.result === null) return { result: 'deficiencies.resultRequired' };
  if (step.result === 'stillDeficient' && step.decision === null)
    return { decision: 'deficiencies.decisionRequired' };
  if (last?.kind === 'dialogue' && step.result !== 'remedied')
    return { result: 'deficiencies.onlyRemediedAfterDialogue' };
  if (last?.kind === 'actionPlanRequired') {
    if (step.result !== 'stillDeficient') return { result: 'deficiencies.planNotReceived' };
    if (last.deadline !== null && step.date < deadlinePassedOn({ remedyBy: last.deadline }))
      return { date: 'deficiencies.planDeadlineNotPassed' };
  }
  const outcome = outcomeOfStep(step);
  if (outcome === null) return {};
  return outcomeProblems(deficiency, { outcome, date: step.date }, today);
}

/** The stage for the agreement's summary and the steering group: found, the last step, a new plan, or closed. */
export function stageOf(
  steps: readonly Pick<DeficiencyStepFacts, 'kind' | 'decision'>[],
  outcome: DeficiencyOutcome,
): DeficiencyStage {
  if (outcome !== 'open') return 'closed';
  const last = steps.at(-1);
  if (!last) return 'found';
  if (last.kind === 'outcome') return last.decision === 'newPlan' ? 'newPlan' : 'closed';
  return last.kind;
}

export const deficiencyDeadlineKinds = ['actionPlanDue', 'deficiencyFollowUp'] as const;
export type DeficiencyDeadlineKind = (typeof deficiencyDeadlineKinds)[number];

/** A deadline a deficiency puts in the agreement's calendar. */
export interface DeficiencyDeadline {
  key: string;
  kind: DeficiencyDeadlineKind;
  date: IsoDate;
  deficiencyId: number;
  /** Who is to act: the party that owes the plan, or the party followed up. */
  organisationId: number;
  /** Met by a later step, or the deficiency is closed. */
  done: boolean;
}

/**
 * The deadlines of one deficiency: each action plan's deadline (met once a
 * later step is recorded: the plan received, or an outcome) and each planned
 * follow-up (met by the next follow-up or the outcome). Closed: all met.
 */
export function deficiencyDeadlines(
  deficiency: Pick<DeficiencyFacts, 'id' | 'organisationId' | 'outcome'>,
  steps: readonly DeficiencyStepFacts[],
): DeficiencyDeadline[] {
  const closed = deficiency.outcome !== 'open';
  const out: DeficiencyDeadline[] = [];
  steps.forEach((step, n) => {
    const later = steps.slice(n + 1);
    if (step.kind === 'actionPlanRequired' && step.deadline !== null)
      out.push({
        key: `actionPlanDue:${deficiency.id}:${n}`,
        kind: 'actionPlanDue',
        date: step.deadline,
        deficiencyId: deficiency.id,
        organisationId: step.responsibleOrganisationId ?? deficiency.organisationId,
        done: closed || later.length > 0,
      });
    if (step.followUpBy !== null)
      out.push({
        key: `deficiencyFollowUp:${deficiency.id}:${n}`,
        kind: 'deficiencyFollowUp',
        date: step.followUpBy,
        deficiencyId: deficiency.id,
        organisationId: deficiency.organisationId,
        done: closed || later.some((s) => s.kind === 'followUp' || s.kind === 'outcome'),
      });
  });
  return out;
}

/** A party's notification of changed circumstances: open, closed without a deficiency, or it opened one. */
export const circumstanceNoticeStatuses = ['open', 'closed', 'deficiency'] as const;
export type CircumstanceNoticeStatus = (typeof circumstanceNoticeStatuses)[number];
