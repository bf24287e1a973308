// The deficiency process through the router, on the umbrella partnership:
// Rädda Barnen tells the steering group its group leader has left; at the next
// meeting the steering group records a deficiency against its appendix
// commitment, holds the dialogue, requires an action plan, receives it, follows
// it up and finds it remedied. The deadlines show in the agreement's calendar
// and on Översikt until met. Every refusal names its field and saves nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '../../../shared/ipc/agreements';
import type { StepInput } from '../../../shared/ipc/agreements/deficiency-process';
import { stockholmBris, umbrella, withCriteria } from '../../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../../test/support/agreements/helpers';
import { addUser, passwordOf, signIn } from '../../../../test/support/users';
import { adminPassword } from '../../../../test/support/temp-app';

let t: AgreementsApp;
let a: Agreement;
beforeAll(async () => {
  t = await agreementsApp();
  await addUser(t.app, 'coordinator', 'kim');
  await addUser(t.app, 'viewer', 'vera');
  a = await activate(
    t.app,
    await create(t.app, { ...withCriteria(umbrella(t.ids, '2025-01-01')), registrationNumber: 'DP-1' }),
  );
}, 60_000);
afterAll(() => t.app.dispose());

const setToday = (day: string) => t.app.clock.set(new Date(`${day}T09:00:00.000Z`));
const steps = async () =>
  (await t.app.must('agreements:deficiencies', { agreementId: a.id })).map((d) => d.steps.length);
const stepOn = (deficiencyId: number, step: StepInput) =>
  t.app.call('agreements:recordDeficiencyStep', { agreementId: a.id, deficiencyId, step });
const by = { by: 'Styrgruppen', meetingId: null, note: '' };

describe('a notification of changed circumstances opens a deficiency, which runs through to remedied', () => {
  let noticeId = 0;
  let meetingId = 0;
  let deficiencyId = 0;

  test('the notification: what changed, which commitments it touches; open until handled', async () => {
    const { app, ids } = t;
    setToday('2026-02-10');
    const notices = await app.must('agreements:recordCircumstanceNotice', {
      agreementId: a.id,
      organisationId: ids.saveTheChildren,
      notifiedOn: '2026-02-10',
      whatChanged: 'Gruppledaren har slutat och ingen ersättare finns ännu.',
      commitments: [a.data.commitments[2]!.text],
    });
    expect(notices).toMatchObject([
      {
        organisationId: ids.saveTheChildren,
        notifiedOn: '2026-02-10',
        commitments: ['Genomföra de insatser som beskrivs i bilaga 2.'],
        status: 'open',
        closedOn: null,
        deficiencyId: null,
        recordedBy: 'Ada Admin',
      },
    ]);
    noticeId = notices[0]!.id;
    const future = await failure(
      app.call('agreements:recordCircumstanceNotice', {
        agreementId: a.id,
        organisationId: ids.bris,
        notifiedOn: '2026-02-11',
        whatChanged: 'x',
        commitments: [],
      }),
    );
    expect(future.fields).toEqual({
      organisationId: 'agreements.notAParty',
      notifiedOn: 'agreements.dateInFuture',
    });
  });

  test('at the steering-group meeting the deficiency is recorded from it, against the commitment and linked to the meeting', async () => {
    const { app, ids } = t;
    setToday('2026-02-20');
    const withMeeting = await app.must('agreements:recordMeeting', {
      agreementId: a.id,
      bodyKey: 'steering',
      date: '2026-02-20',
      attendees: [],
      decisions: ['Rädda Barnen ska lämna en åtgärdsplan.'],
      minutesReference: '',
    });
    meetingId = withMeeting.meetings.at(-1)!.id;
    const input = {
      agreementId: a.id,
      organisationId: ids.saveTheChildren,
      description: 'Vårens grupper har inte startat.',
      foundOn: '2026-02-20',
      remedyBy: '2026-05-31',
      commitmentKey: a.data.commitments[2]!.key,
      meetingId,
      noticeId,
    };
    const otherDay = await failure(
      app.call('agreements:recordDeficiency', { ...input, foundOn: '2026-02-19' }),
    );
    expect(otherDay.fields).toEqual({ meetingId: 'deficiencies.meetingOnOtherDay' });
    const badKey = await failure(app.call('agreements:recordDeficiency', { ...input, commitmentKey: 'c99' }));
    expect(badKey.fields).toEqual({ commitmentKey: 'deficiencies.noSuchCommitment' });
    const otherParty = await failure(
      app.call('agreements:recordDeficiency', { ...input, organisationId: ids.redCross }),
    );
    expect(otherParty.fields).toEqual({ organisationId: 'deficiencies.noticeFromOtherParty' });
    expect(await app.must('agreements:deficiencies', { agreementId: a.id })).toEqual([]);

    const list = await app.must('agreements:recordDeficiency', input);
    expect(list[0]).toMatchObject({
      commitmentKey: a.data.commitments[2]!.key,
      commitmentText: 'Genomföra de insatser som beskrivs i bilaga 2.',
      commitmentRemoved: false,
      meetingId,
      stage: 'found',
      nextSteps: ['dialogue'],
      steps: [],
    });
    deficiencyId = list[0]!.id;
    const [notice] = await app.must('agreements:circumstanceNotices', { agreementId: a.id });
    expect(notice).toMatchObject({ status: 'deficiency', closedOn: '2026-02-20', deficiencyId });
    const again = await failure(
      app.call('agreements:closeCircumstanceNotice', {
        agreementId: a.id,
        noticeId,
        closedOn: '2026-02-20',
        note: '',
      }),
    );
    expect(again.fields).toEqual({ noticeId: 'deficiencies.noticeNotOpen' });
  });

  test('steps out of order, and an action-plan deadline before the day found, are refused and nothing is saved', async () => {
    const { app, ids } = t;
    const early = await failure(
      stepOn(deficiencyId, {
        kind: 'actionPlanRequired',
        date: '2026-02-20',
        deadline: '2026-03-20',
        responsibleOrganisationId: ids.saveTheChildren,
        ...by,
      }),
    );
    expect(early.code).toBe('validation');
    expect(early.fields).toEqual({ kind: 'deficiencies.dialogueFirst' });
    expect(await steps()).toEqual([0]);

    const dialogue = await app.must('agreements:recordDeficiencyStep', {
      agreementId: a.id,
      deficiencyId,
      step: {
        kind: 'dialogue',
        date: '2026-02-20',
        by: 'Styrgruppen',
        meetingId,
        note: 'Parten bekräftar bristen.',
      },
    });
    expect(dialogue[0]).toMatchObject({
      stage: 'dialogue',
      nextSteps: ['actionPlanRequired', 'outcome'],
      steps: [
        { kind: 'dialogue', date: '2026-02-20', by: 'Styrgruppen', meetingId, recordedBy: 'Ada Admin' },
      ],
    });
    const skipped = await failure(
      stepOn(deficiencyId, {
        kind: 'actionPlanReceived',
        date: '2026-02-20',
        followUpBy: '2026-04-01',
        ...by,
      }),
    );
    expect(skipped.fields).toEqual({ kind: 'deficiencies.stepOutOfOrder' });
    const beforeFound = await failure(
      stepOn(deficiencyId, {
        kind: 'actionPlanRequired',
        date: '2026-02-20',
        deadline: '2026-02-15',
        responsibleOrganisationId: ids.saveTheChildren,
        ...by,
      }),
    );
    expect(beforeFound.fields).toEqual({ deadline: 'deficiencies.planDeadlineBeforeFound' });
    expect(await steps()).toEqual([1]);
  });

  test('action plan required: its deadline is on the agreement and on Översikt until the plan is received', async () => {
    const { app, ids } = t;
    const list = await app.must('agreements:recordDeficiencyStep', {
      agreementId: a.id,
      deficiencyId,
      step: {
        kind: 'actionPlanRequired',
        date: '2026-02-20',
        deadline: '2026-03-20',
        responsibleOrganisationId: ids.saveTheChildren,
        ...by,
      },
    });
    expect(list[0]!.stage).toBe('actionPlanRequired');
    const agreement = await app.must('agreements:get', { id: a.id });
    expect(agreement.calendar.filter((i) => i.kind === 'actionPlanDue')).toMatchObject([
      { date: '2026-03-20', state: 'due', organisationId: ids.saveTheChildren, refKey: String(deficiencyId) },
    ]);
    const dashboard = await app.must('agreements:dashboard', {});
    expect(dashboard.items.filter((i) => i.agreementId === a.id && i.kind === 'actionPlanDue')).toMatchObject(
      [{ date: '2026-03-20', state: 'due', organisationName: 'Rädda Barnen' }],
    );
  });

  test('received → follow-up → remedied: each deadline is met in turn and the deficiency closes', async () => {
    const { app } = t;
    setToday('2026-03-18');
    await app.must('agreements:recordDeficiencyStep', {
      agreementId: a.id,
      deficiencyId,
      step: { kind: 'actionPlanReceived', date: '2026-03-18', followUpBy: '2026-04-22', ...by },
    });
    let agreement = await app.must('agreements:get', { id: a.id });
    expect(
      agreement.calendar
        .filter((i) => i.kind === 'actionPlanDue' || i.kind === 'deficiencyFollowUp')
        .map((i) => [i.kind, i.date, i.state]),
    ).toEqual([
      ['actionPlanDue', '2026-03-20', 'done'],
      ['deficiencyFollowUp', '2026-04-22', 'due'],
    ]);
    let dashboard = await app.must('agreements:dashboard', {});
    expect(
      dashboard.items
        .filter((i) => i.agreementId === a.id && i.kind === 'deficiencyFollowUp')
        .map((i) => i.date),
    ).toEqual(['2026-04-22']);

    setToday('2026-04-22');
    const remediedEarly = await failure(
      stepOn(deficiencyId, {
        kind: 'outcome',
        date: '2026-04-22',
        result: 'remedied',
        decision: null,
        ...by,
      }),
    );
    expect(remediedEarly.fields).toEqual({ kind: 'deficiencies.stepOutOfOrder' });
    await app.must('agreements:recordDeficiencyStep', {
      agreementId: a.id,
      deficiencyId,
      step: {
        kind: 'followUp',
        date: '2026-04-22',
        followUpBy: null,
        ...by,
        note: 'Två grupper har startat.',
      },
    });
    const done = await app.must('agreements:recordDeficiencyStep', {
      agreementId: a.id,
      deficiencyId,
      step: { kind: 'outcome', date: '2026-04-22', result: 'remedied', decision: null, ...by },
    });
    expect(done[0]).toMatchObject({
      outcome: 'remedied',
      outcomeOn: '2026-04-22',
      stage: 'closed',
      nextSteps: [],
    });
    expect(done[0]!.steps.map((s) => s.kind)).toEqual([
      'dialogue',
      'actionPlanRequired',
      'actionPlanReceived',
      'followUp',
      'outcome',
    ]);
    agreement = await app.must('agreements:get', { id: a.id });
    expect(agreement.calendar.filter((i) => i.kind === 'deficiencyFollowUp').map((i) => i.state)).toEqual([
      'done',
    ]);
    dashboard = await app.must('agreements:dashboard', {});
    expect(dashboard.items.filter((i) => i.agreementId === a.id && i.kind.startsWith('deficiency'))).toEqual(
      [],
    );
    const closed = await failure(
      stepOn(deficiencyId, { kind: 'followUp', date: '2026-04-22', followUpBy: null, ...by }),
    );
    expect(closed.fields).toEqual({ kind: 'deficiencies.closed' });

    // Opened again (the outcome was a mistake): the outcome step goes, the follow-up can come again.
    const reopened = await app.must('agreements:setDeficiencyOutcome', {
      agreementId: a.id,
      deficiencyId,
      outcome: 'open',
      date: null,
      note: '',
    });
    expect(reopened[0]).toMatchObject({
      outcome: 'open',
      stage: 'followUp',
      nextSteps: ['followUp', 'outcome'],
    });
    expect(reopened[0]!.steps).toHaveLength(4);
  });
});

describe('still deficient: a new plan, then rescission after the remedy deadline', () => {
  test('a new plan starts over at the action plan; rescission as decision closes it as not remedied and grounds the hävning', async () => {
    const { app, ids } = t;
    setToday('2026-03-02');
    const b = await activate(
      app,
      await create(app, { ...withCriteria(stockholmBris(ids, '2025-01-01')), registrationNumber: 'DP-2' }),
    );
    const [d] = await app.must('agreements:recordDeficiency', {
      agreementId: b.id,
      organisationId: ids.bris,
      description: 'Kontaktlistorna har inte skickats.',
      foundOn: '2026-03-02',
      remedyBy: '2026-04-30',
      commitmentText: 'Villkoren om kontaktlistor (avsnitt Samverkan).',
    });
    expect(d).toMatchObject({
      commitmentKey: null,
      commitmentText: 'Villkoren om kontaktlistor (avsnitt Samverkan).',
      commitmentRemoved: false,
    });
    const step = (s: StepInput) =>
      app.must('agreements:recordDeficiencyStep', { agreementId: b.id, deficiencyId: d!.id, step: s });
    await step({ kind: 'dialogue', date: '2026-03-02', ...by });
    await step({
      kind: 'actionPlanRequired',
      date: '2026-03-02',
      deadline: '2026-03-16',
      responsibleOrganisationId: ids.bris,
      ...by,
    });
    const noPlanYet = await failure(
      app.call('agreements:recordDeficiencyStep', {
        agreementId: b.id,
        deficiencyId: d!.id,
        step: { kind: 'outcome', date: '2026-03-02', result: 'stillDeficient', decision: 'newPlan', ...by },
      }),
    );
    expect(noPlanYet.fields).toEqual({ date: 'deficiencies.planDeadlineNotPassed' });

    setToday('2026-03-17');
    const newPlan = await step({
      kind: 'outcome',
      date: '2026-03-17',
      result: 'stillDeficient',
      decision: 'newPlan',
      ...by,
    });
    expect(newPlan[0]).toMatchObject({
      outcome: 'open',
      stage: 'newPlan',
      nextSteps: ['actionPlanRequired'],
    });
    // The first plan's deadline counts as met by the decision; Översikt shows nothing overdue for it.
    const dashboard = await app.must('agreements:dashboard', {});
    expect(dashboard.items.filter((i) => i.agreementId === b.id && i.kind === 'actionPlanDue')).toEqual([]);
    await step({
      kind: 'actionPlanRequired',
      date: '2026-03-17',
      deadline: '2026-03-31',
      responsibleOrganisationId: ids.bris,
      ...by,
    });
    setToday('2026-04-30');
    await step({ kind: 'actionPlanReceived', date: '2026-03-30', followUpBy: '2026-04-30', ...by });
    await step({ kind: 'followUp', date: '2026-04-30', followUpBy: null, ...by });
    const tooEarly = await failure(
      app.call('agreements:recordDeficiencyStep', {
        agreementId: b.id,
        deficiencyId: d!.id,
        step: { kind: 'outcome', date: '2026-04-30', result: 'stillDeficient', decision: 'rescind', ...by },
      }),
    );
    expect(tooEarly.fields).toEqual({ date: 'deficiencies.notRemediedBeforeDeadline' });

    setToday('2026-05-04');
    const decided = await step({
      kind: 'outcome',
      date: '2026-05-04',
      result: 'stillDeficient',
      decision: 'rescind',
      ...by,
    });
    expect(decided[0]).toMatchObject({ outcome: 'notRemedied', outcomeOn: '2026-05-04', stage: 'closed' });
    const rescinded = await app.must('agreements:transition', {
      id: b.id,
      version: b.version,
      request: {
        to: 'rescinded',
        rescission: {
          date: '2026-05-04',
          reason: 'Kontaktlistorna har inte skickats trots åtgärdsplan.',
          deficiencyId: d!.id,
        },
      },
    });
    expect(rescinded.status).toBe('rescinded');
    const locked = await failure(
      app.call('agreements:recordDeficiencyStep', {
        agreementId: b.id,
        deficiencyId: d!.id,
        step: { kind: 'followUp', date: '2026-05-04', followUpBy: null, ...by },
      }),
    );
    expect(locked.code).toBe('deficiencies.groundsRescission');
  });

  test('a notification can be closed without a deficiency, once, not before it came', async () => {
    const { app, ids } = t;
    setToday('2026-03-02');
    const notices = await app.must('agreements:recordCircumstanceNotice', {
      agreementId: a.id,
      organisationId: ids.redCross,
      notifiedOn: '2026-03-01',
      whatChanged: 'Ny verksamhetschef från 1 april.',
      commitments: [],
    });
    const n = notices.find((x) => x.organisationId === ids.redCross);
    const early = await failure(
      app.call('agreements:closeCircumstanceNotice', {
        agreementId: a.id,
        noticeId: n!.id,
        closedOn: '2026-02-28',
        note: '',
      }),
    );
    expect(early.fields).toEqual({ closedOn: 'deficiencies.closedBeforeNotice' });
    const closed = await app.must('agreements:closeCircumstanceNotice', {
      agreementId: a.id,
      noticeId: n!.id,
      closedOn: '2026-03-02',
      note: 'Påverkar inte åtagandena.',
    });
    expect(closed.find((x) => x.id === n!.id)).toMatchObject({
      status: 'closed',
      closedOn: '2026-03-02',
      closingNote: 'Påverkar inte åtagandena.',
      deficiencyId: null,
    });
  });
});

test('coordinators read the steps and notifications but record nothing; viewers see neither', async () => {
  const { app } = t;
  await signIn(app, 'kim', passwordOf('kim'));
  try {
    expect((await app.must('agreements:deficiencies', { agreementId: a.id }))[0]!.steps.length).toBe(4);
    expect(await app.must('agreements:circumstanceNotices', { agreementId: a.id })).toHaveLength(2);
    const write = await failure(
      app.call('agreements:recordDeficiencyStep', {
        agreementId: a.id,
        deficiencyId: 1,
        step: { kind: 'dialogue', date: '2026-03-02', ...by },
      }),
    );
    expect(write.code).toBe('forbidden');
    const notice = await failure(
      app.call('agreements:recordCircumstanceNotice', {
        agreementId: a.id,
        organisationId: t.ids.redCross,
        notifiedOn: '2026-03-01',
        whatChanged: 'x',
        commitments: [],
      }),
    );
    expect(notice.code).toBe('forbidden');
    await signIn(app, 'vera', passwordOf('vera'));
    expect((await failure(app.call('agreements:circumstanceNotices', { agreementId: a.id }))).code).toBe(
      'forbidden',
    );
  } finally {
    await signIn(app, 'admin', adminPassword);
  }
});
