// The deficiency process's allowed step order, what each step may say, the
// stage shown on the agreement, and the deadlines it puts in the calendar
// (Bris falls short on the support-group agreement: found 2026-02-20).
import { describe, expect, test } from 'vitest';
import { pureIds, stockholmBris } from '../../../test/support/agreements/fixtures';
import { deriveCalendar, needsAttention, type CalendarInput } from './calendar';
import type { DeficiencyFacts } from './deficiencies';
import {
  allowedNextSteps,
  deficiencyDeadlines,
  outcomeOfStep,
  stageOf,
  stepProblems,
  type DeficiencyStepFacts,
  type DeficiencyStepKind,
} from './deficiency-process';

const bris = pureIds.bris;
const deficiency: DeficiencyFacts = {
  id: 7,
  organisationId: bris,
  foundOn: '2026-02-20',
  remedyBy: '2026-04-30',
  outcome: 'open',
  outcomeOn: null,
};
const context = { today: '2026-06-30', partyIds: [pureIds.stockholm, bris] };

const step = (
  kind: DeficiencyStepKind,
  date: string,
  extra: Partial<DeficiencyStepFacts> = {},
): DeficiencyStepFacts => ({
  kind,
  date,
  deadline: null,
  responsibleOrganisationId: null,
  followUpBy: null,
  result: null,
  decision: null,
  ...extra,
});
const dialogue = step('dialogue', '2026-02-20');
const required = step('actionPlanRequired', '2026-02-20', {
  deadline: '2026-03-15',
  responsibleOrganisationId: bris,
});
const received = step('actionPlanReceived', '2026-03-10', { followUpBy: '2026-04-15' });
const followUp = step('followUp', '2026-04-14');
const remedied = step('outcome', '2026-04-14', { result: 'remedied' });
const newPlan = step('outcome', '2026-04-14', { result: 'stillDeficient', decision: 'newPlan' });

describe('the allowed step order', () => {
  test('dialogue → action plan required → received → follow-up (again) → outcome', () => {
    expect(allowedNextSteps([], 'open')).toEqual(['dialogue']);
    expect(allowedNextSteps([dialogue], 'open')).toEqual(['actionPlanRequired', 'outcome']);
    expect(allowedNextSteps([dialogue, required], 'open')).toEqual(['actionPlanReceived', 'outcome']);
    expect(allowedNextSteps([dialogue, required, received], 'open')).toEqual(['followUp']);
    expect(allowedNextSteps([dialogue, required, received, followUp], 'open')).toEqual([
      'followUp',
      'outcome',
    ]);
  });

  test('a new plan starts again at "action plan required"; any other outcome, or a closed deficiency, takes no step', () => {
    expect(allowedNextSteps([dialogue, required, received, followUp, newPlan], 'open')).toEqual([
      'actionPlanRequired',
    ]);
    expect(allowedNextSteps([dialogue, required, received, followUp, remedied], 'remedied')).toEqual([]);
    expect(allowedNextSteps([dialogue], 'remedied')).toEqual([]);
    expect(allowedNextSteps([], 'notRemedied')).toEqual([]);
  });

  test('out of order is refused with the step field: the dialogue first, then the order', () => {
    expect(stepProblems(deficiency, [], required, context)).toEqual({ kind: 'deficiencies.dialogueFirst' });
    expect(stepProblems(deficiency, [dialogue], received, context)).toEqual({
      kind: 'deficiencies.stepOutOfOrder',
    });
    expect(stepProblems(deficiency, [dialogue, required], followUp, context)).toEqual({
      kind: 'deficiencies.stepOutOfOrder',
    });
    expect(stepProblems(deficiency, [dialogue, required, received], remedied, context)).toEqual({
      kind: 'deficiencies.stepOutOfOrder',
    });
    expect(stepProblems(deficiency, [dialogue], dialogue, context)).toEqual({
      kind: 'deficiencies.stepOutOfOrder',
    });
    expect(
      stepProblems({ ...deficiency, outcome: 'remedied', outcomeOn: '2026-04-14' }, [], dialogue, context),
    ).toEqual({ kind: 'deficiencies.closed' });
  });

  test('the whole process to "remedied" is allowed step by step', () => {
    const all = [dialogue, required, received, followUp, remedied];
    all.forEach((s, n) => expect(stepProblems(deficiency, all.slice(0, n), s, context)).toEqual({}));
  });
});

describe('what a step may say', () => {
  test('an action-plan deadline before the deficiency was found is refused', () => {
    const early = { ...required, deadline: '2026-02-19' };
    expect(stepProblems(deficiency, [dialogue], early, context)).toEqual({
      deadline: 'deficiencies.planDeadlineBeforeFound',
    });
    const beforeStep = { ...required, date: '2026-03-01', deadline: '2026-02-25' };
    expect(stepProblems(deficiency, [dialogue], beforeStep, context)).toEqual({
      deadline: 'deficiencies.planDeadlineBeforeStep',
    });
    expect(stepProblems(deficiency, [dialogue], { ...required, deadline: null }, context)).toEqual({
      deadline: 'deficiencies.planDeadlineRequired',
    });
    expect(
      stepProblems(deficiency, [dialogue], { ...required, responsibleOrganisationId: 999 }, context),
    ).toEqual({
      responsibleOrganisationId: 'agreements.notAParty',
    });
  });

  test('dates: not before the day found, not before the previous step, not in the future', () => {
    expect(stepProblems(deficiency, [], { ...dialogue, date: '2026-02-19' }, context)).toEqual({
      date: 'deficiencies.stepBeforeFound',
    });
    expect(
      stepProblems(deficiency, [dialogue, required], { ...received, date: '2026-02-19' }, context),
    ).toEqual({
      date: 'deficiencies.stepBeforeFound',
    });
    const later = [step('dialogue', '2026-03-01')];
    expect(stepProblems(deficiency, later, { ...required, date: '2026-02-28' }, context)).toEqual({
      date: 'deficiencies.stepBeforePrevious',
    });
    expect(stepProblems(deficiency, [], { ...dialogue, date: '2026-07-01' }, context)).toEqual({
      date: 'agreements.dateInFuture',
    });
  });

  test('a received plan needs its follow-up date, not before the day received', () => {
    const steps = [dialogue, required];
    expect(stepProblems(deficiency, steps, { ...received, followUpBy: null }, context)).toEqual({
      followUpBy: 'deficiencies.followUpDateRequired',
    });
    expect(stepProblems(deficiency, steps, { ...received, followUpBy: '2026-03-09' }, context)).toEqual({
      followUpBy: 'deficiencies.followUpBeforeStep',
    });
  });

  test('outcomes: remedied straight after the dialogue; still deficient without a plan only after its deadline', () => {
    expect(stepProblems(deficiency, [dialogue], { ...remedied, date: '2026-02-25' }, context)).toEqual({});
    expect(stepProblems(deficiency, [dialogue], { ...newPlan, date: '2026-02-25' }, context)).toEqual({
      result: 'deficiencies.onlyRemediedAfterDialogue',
    });
    const noPlan = step('outcome', '2026-03-15', { result: 'stillDeficient', decision: 'newPlan' });
    expect(stepProblems(deficiency, [dialogue, required], noPlan, context)).toEqual({
      date: 'deficiencies.planDeadlineNotPassed',
    });
    expect(
      stepProblems(deficiency, [dialogue, required], { ...noPlan, date: '2026-03-16' }, context),
    ).toEqual({});
    expect(
      stepProblems(
        deficiency,
        [dialogue, required],
        { ...noPlan, date: '2026-03-16', result: 'remedied' },
        context,
      ),
    ).toEqual({ result: 'deficiencies.planNotReceived' });
  });

  test('still deficient needs a decision; exclusion or rescission is "not remedied" only after the remedy deadline', () => {
    const steps = [dialogue, required, received, followUp];
    expect(stepProblems(deficiency, steps, { ...newPlan, decision: null }, context)).toEqual({
      decision: 'deficiencies.decisionRequired',
    });
    const rescind = step('outcome', '2026-04-30', { result: 'stillDeficient', decision: 'rescind' });
    expect(stepProblems(deficiency, steps, rescind, context)).toEqual({
      date: 'deficiencies.notRemediedBeforeDeadline',
    });
    expect(stepProblems(deficiency, steps, { ...rescind, date: '2026-05-01' }, context)).toEqual({});
    expect(outcomeOfStep(rescind)).toBe('notRemedied');
    expect(outcomeOfStep({ ...rescind, decision: 'exclude' })).toBe('notRemedied');
    expect(outcomeOfStep(newPlan)).toBeNull();
    expect(outcomeOfStep(remedied)).toBe('remedied');
    expect(outcomeOfStep(dialogue)).toBeNull();
  });
});

test('the stage: found, the last step, a new plan, or closed', () => {
  expect(stageOf([], 'open')).toBe('found');
  expect(stageOf([dialogue, required], 'open')).toBe('actionPlanRequired');
  expect(stageOf([dialogue, required, received, followUp, newPlan], 'open')).toBe('newPlan');
  expect(stageOf([dialogue, required, received, followUp, remedied], 'remedied')).toBe('closed');
  expect(stageOf([], 'remedied')).toBe('closed');
});

describe('deadlines in the calendar', () => {
  test("the action plan's deadline is met once the plan is received; the follow-up once followed up", () => {
    expect(deficiencyDeadlines(deficiency, [dialogue, required])).toEqual([
      {
        key: 'actionPlanDue:7:1',
        kind: 'actionPlanDue',
        date: '2026-03-15',
        deficiencyId: 7,
        organisationId: bris,
        done: false,
      },
    ]);
    expect(
      deficiencyDeadlines(deficiency, [dialogue, required, received]).map((d) => [d.key, d.date, d.done]),
    ).toEqual([
      ['actionPlanDue:7:1', '2026-03-15', true],
      ['deficiencyFollowUp:7:2', '2026-04-15', false],
    ]);
    const all = [dialogue, required, received, { ...followUp, followUpBy: '2026-05-15' }];
    expect(deficiencyDeadlines(deficiency, all).map((d) => [d.key, d.done])).toEqual([
      ['actionPlanDue:7:1', true],
      ['deficiencyFollowUp:7:2', true],
      ['deficiencyFollowUp:7:3', false],
    ]);
    const closed = { ...deficiency, outcome: 'remedied' as const };
    expect(deficiencyDeadlines(closed, all).every((d) => d.done)).toBe(true);
  });

  test('they join the derived calendar as actions: overdue when late, due within the horizon, done when met', () => {
    const data = stockholmBris(pureIds, '2025-01-01');
    const input: CalendarInput = {
      data,
      lifecycle: { status: 'active', noticeGiven: null },
      meetings: [],
      completed: new Set(),
      actuals: [],
      fundsConfirmed: new Set(),
      deficiencyDeadlines: deficiencyDeadlines(deficiency, [dialogue, required, received]),
    };
    const mine = (today: string) =>
      deriveCalendar(input, today).filter(
        (i) => i.kind === 'actionPlanDue' || i.kind === 'deficiencyFollowUp',
      );
    expect(mine('2026-03-20').map((i) => [i.kind, i.date, i.state, i.refKey, i.organisationId])).toEqual([
      ['actionPlanDue', '2026-03-15', 'done', '7', bris],
      ['deficiencyFollowUp', '2026-04-15', 'due', '7', bris],
    ]);
    const late = mine('2026-04-16');
    expect(late[1]!.state).toBe('overdue');
    expect(late.filter(needsAttention).map((i) => i.key)).toEqual(['deficiencyFollowUp:7:2']);
  });
});
