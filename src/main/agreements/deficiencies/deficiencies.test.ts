// Deficiencies, rescission, disputes, repayments and the boards' decisions
// through the router, on the three agreements of DOMAIN.md: every refusal
// leaves the records as they were.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementData } from '../../../shared/agreements/model';
import {
  malmoRegionRedCross,
  stockholmBris,
  umbrella,
  withCriteria,
} from '../../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../../test/support/agreements/helpers';
import { groupInput, programmeInput } from '../../../../test/support/support-groups/fixtures';
import { addUser, passwordOf, signIn } from '../../../../test/support/users';
import { adminPassword } from '../../../../test/support/temp-app';

let t: AgreementsApp;
beforeAll(async () => {
  t = await agreementsApp();
  await addUser(t.app, 'coordinator', 'kim');
  await addUser(t.app, 'viewer', 'vera');
});
afterAll(() => t.app.dispose());

let n = 0;
const fresh = (data: AgreementData): AgreementData => ({
  ...withCriteria(data),
  registrationNumber: `DF-${++n}`,
});

describe('deficiencies (brister) and rescission (hävning)', () => {
  test('Röda Korset falls short: rescission refused before the deadline, allowed after; the deficiency records it', async () => {
    const { app, ids } = t;
    let a = await activate(app, await create(app, fresh(malmoRegionRedCross(ids, '2025-01-01'))));
    const rescind = (deficiencyId: number | null, date = '2026-03-02') =>
      app.call('agreements:transition', {
        id: a.id,
        version: a.version,
        request: {
          to: 'rescinded',
          rescission: { date, reason: 'Grupperna har inte genomförts.', deficiencyId },
        },
      });

    const none = await failure(rescind(null));
    expect(none.code).toBe('agreements.transitionBlocked');
    expect(none.fields).toEqual({ 'request.rescission.deficiencyId': 'rescission.deficiencyRequired' });

    let list = await app.must('agreements:recordDeficiency', {
      agreementId: a.id,
      organisationId: ids.redCross,
      description: 'Höstens två grupper genomfördes inte.',
      foundOn: '2026-02-20',
      remedyBy: '2026-03-02',
    });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      organisationId: ids.redCross,
      foundOn: '2026-02-20',
      remedyBy: '2026-03-02',
      outcome: 'open',
      outcomeOn: null,
      groundsRescission: false,
      recordedBy: 'Ada Admin',
    });
    const deficiencyId = list[0]!.id;

    // The deadline is today: the party still has today to put it right.
    const early = await failure(rescind(deficiencyId));
    expect(early.fields).toEqual({ 'request.rescission.deficiencyId': 'rescission.deadlineNotPassed' });
    const notYet = await failure(
      app.call('agreements:setDeficiencyOutcome', {
        agreementId: a.id,
        deficiencyId,
        outcome: 'notRemedied',
        date: '2026-03-02',
        note: '',
      }),
    );
    expect(notYet.fields).toEqual({ date: 'deficiencies.notRemediedBeforeDeadline' });
    expect((await app.must('agreements:get', { id: a.id })).status).toBe('active');

    t.app.clock.set(new Date('2026-03-03T08:00:00Z'));
    try {
      a = await app.must('agreements:transition', {
        id: a.id,
        version: a.version,
        request: {
          to: 'rescinded',
          rescission: { date: '2026-03-03', reason: 'Grupperna har inte genomförts.', deficiencyId },
        },
      });
    } finally {
      t.app.clock.set(new Date('2026-03-02T09:00:00.000Z'));
    }
    expect(a.status).toBe('rescinded');
    expect(a.rescission).toEqual({
      date: '2026-03-03',
      reason: 'Grupperna har inte genomförts.',
      deficiencyId,
    });
    list = await app.must('agreements:deficiencies', { agreementId: a.id });
    expect(list[0]).toMatchObject({
      outcome: 'notRemedied',
      outcomeOn: '2026-03-03',
      groundsRescission: true,
    });
    const locked = await failure(
      app.call('agreements:setDeficiencyOutcome', {
        agreementId: a.id,
        deficiencyId,
        outcome: 'open',
        date: null,
        note: '',
      }),
    );
    expect(locked.code).toBe('deficiencies.groundsRescission');
    // No new deficiencies once rescinded.
    const after = await failure(
      app.call('agreements:recordDeficiency', {
        agreementId: a.id,
        organisationId: ids.redCross,
        description: 'Ännu en brist.',
        foundOn: '2026-03-02',
        remedyBy: '2026-04-01',
      }),
    );
    expect(after.code).toBe('agreements.notInForce');
  });

  test('bad input is refused with a message per field and nothing is recorded', async () => {
    const { app, ids } = t;
    const a = await activate(app, await create(app, fresh(umbrella(ids, '2025-01-01'))));
    const bad = await failure(
      app.call('agreements:recordDeficiency', {
        agreementId: a.id,
        organisationId: ids.bris,
        description: 'Verksamhetsberättelsen saknas.',
        foundOn: '2026-02-01',
        remedyBy: '2026-01-15',
      }),
    );
    expect(bad.code).toBe('validation');
    expect(bad.fields).toEqual({
      organisationId: 'agreements.notAParty',
      remedyBy: 'deficiencies.deadlineBeforeFound',
    });
    const future = await failure(
      app.call('agreements:recordDeficiency', {
        agreementId: a.id,
        organisationId: ids.saveTheChildren,
        description: 'Verksamhetsberättelsen saknas.',
        foundOn: '2026-03-05',
        remedyBy: '2026-04-15',
      }),
    );
    expect(future.fields).toEqual({ foundOn: 'agreements.dateInFuture' });
    expect(await app.must('agreements:deficiencies', { agreementId: a.id })).toEqual([]);

    const [d] = await app.must('agreements:recordDeficiency', {
      agreementId: a.id,
      organisationId: ids.saveTheChildren,
      description: 'Verksamhetsberättelsen saknas.',
      foundOn: '2026-02-01',
      remedyBy: '2026-02-28',
    });
    const remedied = await app.must('agreements:setDeficiencyOutcome', {
      agreementId: a.id,
      deficiencyId: d!.id,
      outcome: 'remedied',
      date: '2026-02-25',
      note: 'Berättelsen kom in.',
    });
    expect(remedied[0]).toMatchObject({
      outcome: 'remedied',
      outcomeOn: '2026-02-25',
      outcomeNote: 'Berättelsen kom in.',
    });
    const onRemedied = await failure(
      app.call('agreements:transition', {
        id: a.id,
        version: a.version,
        request: { to: 'rescinded', rescission: { date: '2026-03-01', reason: 'x', deficiencyId: d!.id } },
      }),
    );
    expect(onRemedied.fields).toEqual({ 'request.rescission.deficiencyId': 'rescission.deficiencyRemedied' });
  });

  test('everyone with personal-data roles reads; only admin and caseworker record', async () => {
    const { app, ids } = t;
    const a = await activate(app, await create(app, fresh(stockholmBris(ids, '2025-01-01'))));
    await signIn(app, 'kim', passwordOf('kim'));
    try {
      expect(await app.must('agreements:deficiencies', { agreementId: a.id })).toEqual([]);
      expect((await app.must('agreements:disputes', { agreementId: a.id })).endsOnFailedDialogue).toBe(true);
      const write = await failure(
        app.call('agreements:openDispute', {
          agreementId: a.id,
          description: 'Oenighet',
          openedOn: '2026-03-01',
        }),
      );
      expect(write.code).toBe('forbidden');
      await signIn(app, 'vera', passwordOf('vera'));
      expect((await failure(app.call('agreements:deficiencies', { agreementId: a.id }))).code).toBe(
        'forbidden',
      );
      expect((await failure(app.call('agreements:repayments', { agreementId: a.id }))).code).toBe(
        'forbidden',
      );
    } finally {
      await signIn(app, 'admin', adminPassword);
    }
  });
});

describe('dispute (tvist) and the settlement of repayments', () => {
  test('Stockholm–Bris: the dialogue fails, the agreement ends that day, the app proposes the repayment', async () => {
    const { app, ids } = t;
    let a = await activate(app, await create(app, fresh(stockholmBris(ids, '2025-01-01'))));
    const programme = await app.must('programmes:create', programmeInput(a.id));
    for (const [name, startDate] of [
      ['Vårgruppen 2025', '2025-02-03'],
      ['Höstgruppen 2025', '2025-09-01'],
      ['Vintergruppen 2026', '2026-01-12'],
    ] as const)
      await app.must('supportGroups:create', groupInput(programme.id, { name, startDate }));
    const cancelled = await app.must(
      'supportGroups:create',
      groupInput(programme.id, { name: 'Inställd', startDate: '2025-05-05' }),
    );
    await app.must('supportGroups:update', {
      id: cancelled.id,
      version: cancelled.version,
      data: groupInput(programme.id, { name: 'Inställd', startDate: '2025-05-05', status: 'cancelled' }),
    });
    for (const date of ['2025-01-02', '2025-04-01', '2025-07-01', '2025-10-01', '2026-01-02'])
      a = await app.must('agreements:recordPayment', {
        agreementId: a.id,
        kind: 'payment',
        date,
        payerOrganisationId: ids.stockholm,
        recipientOrganisationId: ids.bris,
        amount: 17_795_825,
        reference: '',
        note: '',
      });

    let view = await app.must('agreements:openDispute', {
      agreementId: a.id,
      description: 'Oenighet om hur många grupper som ska genomföras.',
      openedOn: '2026-02-02',
    });
    const disputeId = view.disputes[0]!.id;
    const early = await failure(
      app.call('agreements:closeDispute', {
        agreementId: a.id,
        disputeId,
        outcome: 'dialogueFailed',
        date: '2026-02-01',
        note: '',
      }),
    );
    expect(early.fields).toEqual({ date: 'disputes.closedBeforeOpened' });
    view = await app.must('agreements:closeDispute', {
      agreementId: a.id,
      disputeId,
      outcome: 'dialogueFailed',
      date: '2026-02-27',
      note: 'Parterna kom inte överens i samverkansgruppen.',
    });
    expect(view.disputes[0]).toMatchObject({ outcome: 'dialogueFailed', closedOn: '2026-02-27' });
    a = await app.must('agreements:get', { id: a.id });
    expect(a.status).toBe('ended');
    expect(a.effectiveEnd).toBe('2026-02-27');
    expect(a.statusHistory.at(-1)).toMatchObject({ from: 'active', to: 'ended', by: 'Ada Admin' });

    const proposal = await app.must('agreements:proposeRepayment', { agreementId: a.id, asOf: '2026-02-27' });
    expect(proposal.method).toBe('groups');
    // 2025: two groups of four (the cancelled one does not count); 2026: one.
    expect(proposal.lines).toEqual([
      expect.objectContaining({
        payerOrganisationId: ids.stockholm,
        recipientOrganisationId: ids.bris,
        paid: 88_979_125,
        workValue: 53_387_475,
        proposed: 35_591_650,
      }),
    ]);
    expect(proposal.lines[0]!.years.map((y) => [y.year, y.groupsHeld, y.groupsTarget])).toEqual([
      [2025, 2, 4],
      [2026, 1, 4],
    ]);

    const record = (amount: number, reason: string) =>
      app.call('agreements:recordRepayment', {
        agreementId: a.id,
        asOf: '2026-02-27',
        dueOn: '2026-03-31',
        disputeId,
        payerOrganisationId: ids.stockholm,
        recipientOrganisationId: ids.bris,
        amount,
        reason,
      });
    const noReason = await failure(record(30_000_000, ''));
    expect(noReason.fields).toEqual({ reason: 'repayments.reasonRequired' });
    const recorded = await record(30_000_000, 'Material till vårens grupp var redan inköpt.');
    if (!recorded.ok) throw new Error(recorded.error.code);
    expect(recorded.value[0]).toMatchObject({
      proposedAmount: 35_591_650,
      amount: 30_000_000,
      repaidSince: 0,
      disputeId,
    });
    expect((await failure(record(35_591_650, ''))).code).toBe('repayments.alreadyRecorded');

    await app.must('agreements:recordPayment', {
      agreementId: a.id,
      kind: 'repayment',
      date: '2026-03-02',
      payerOrganisationId: ids.bris,
      recipientOrganisationId: ids.stockholm,
      amount: 10_000_000,
      reference: '',
      note: '',
    });
    expect((await app.must('agreements:repayments', { agreementId: a.id }))[0]!.repaidSince).toBe(10_000_000);
  });

  test('the three-party agreement’s terms do not end it on a failed dialogue; it can be resolved', async () => {
    const { app, ids } = t;
    const a = await activate(app, await create(app, fresh(malmoRegionRedCross(ids, '2025-01-01'))));
    const view = await app.must('agreements:openDispute', {
      agreementId: a.id,
      description: 'Oenighet om fakturan.',
      openedOn: '2026-02-10',
    });
    expect(view.endsOnFailedDialogue).toBe(false);
    const disputeId = view.disputes[0]!.id;
    const failed = await failure(
      app.call('agreements:closeDispute', {
        agreementId: a.id,
        disputeId,
        outcome: 'dialogueFailed',
        date: '2026-03-01',
        note: '',
      }),
    );
    expect(failed.code).toBe('disputes.termsDoNotEnd');
    const resolved = await app.must('agreements:closeDispute', {
      agreementId: a.id,
      disputeId,
      outcome: 'resolved',
      date: '2026-03-01',
      note: 'Löst i styrgruppen.',
    });
    expect(resolved.disputes[0]).toMatchObject({
      outcome: 'resolved',
      closedOn: '2026-03-01',
      closingNote: 'Löst i styrgruppen.',
    });
    expect((await app.must('agreements:get', { id: a.id })).status).toBe('active');
  });
});
