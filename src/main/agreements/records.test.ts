// Recorded along the way: actual payments and repayments against the derived
// schedule, governance meetings against the cadence, deadlines marked done,
// and the extra-income counts the support-group domain writes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '../../shared/ipc/agreements';
import { setExtraIncomeCount } from './extra-income';
import {
  malmoRegionRedCross,
  stockholmBris,
  umbrella,
  withCriteria,
} from '../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../test/support/agreements/helpers';

let t: AgreementsApp;
let bris: Agreement;
beforeAll(async () => {
  t = await agreementsApp();
  bris = await activate(t.app, await create(t.app, withCriteria(stockholmBris(t.ids, '2026-01-01'))));
});
afterAll(() => t.app.dispose());

describe('payments', () => {
  test('registered payments are compared with the quarterly schedule; a repayment is recorded', async () => {
    const { app, ids } = t;
    let a = await app.must('agreements:recordPayment', {
      agreementId: bris.id,
      kind: 'payment',
      date: '2026-01-05',
      payerOrganisationId: ids.stockholm,
      recipientOrganisationId: ids.bris,
      amount: 17_795_900,
      reference: 'Faktura 1',
    });
    expect(a.instalments.slice(0, 2).map((i) => [i.dueDate, i.paid, i.state])).toEqual([
      ['2026-01-01', 17_795_900, 'paid'],
      ['2026-04-01', 0, 'upcoming'],
    ]);
    a = await app.must('agreements:recordPayment', {
      agreementId: bris.id,
      kind: 'repayment',
      date: '2026-02-15',
      payerOrganisationId: ids.stockholm,
      recipientOrganisationId: ids.bris,
      amount: 1_000_000,
      note: 'Ej använda medel för resor',
    });
    expect(a.instalments[0]).toMatchObject({ paid: 16_795_900, state: 'overdue' });
    expect(a.balances).toEqual([
      {
        payerOrganisationId: ids.stockholm,
        recipientOrganisationId: ids.bris,
        scheduled: 142_366_600,
        dueByToday: 17_795_900,
        paid: 17_795_900,
        repaid: 1_000_000,
        balance: -1_000_000,
      },
    ]);
    expect(a.payments.map((p) => [p.kind, p.amount, p.recordedBy])).toEqual([
      ['payment', 17_795_900, 'Ada Admin'],
      ['repayment', 1_000_000, 'Ada Admin'],
    ]);
    a = await app.must('agreements:removePayment', { agreementId: bris.id, paymentId: a.payments[1]!.id });
    expect(a.instalments[0]!.state).toBe('paid');
    expect(a.calendar.find((i) => i.kind === 'payment')).toMatchObject({ date: '2026-01-01', state: 'done' });
  });

  test('bad payments are refused with a message per field', async () => {
    const { app, ids } = t;
    const base = {
      agreementId: bris.id,
      kind: 'payment' as const,
      date: '2026-02-01',
      payerOrganisationId: ids.stockholm,
      recipientOrganisationId: ids.bris,
      amount: 100,
    };
    expect(
      (await failure(app.call('agreements:recordPayment', { ...base, payerOrganisationId: ids.malmo })))
        .fields,
    ).toEqual({
      payerOrganisationId: 'agreements.notAParty',
    });
    expect(
      (
        await failure(
          app.call('agreements:recordPayment', { ...base, recipientOrganisationId: ids.stockholm }),
        )
      ).fields,
    ).toEqual({
      recipientOrganisationId: 'agreements.payerIsRecipient',
    });
    expect(
      (await failure(app.call('agreements:recordPayment', { ...base, date: '2026-03-03' }))).fields,
    ).toEqual({ date: 'agreements.dateInFuture' });
    expect((await failure(app.call('agreements:recordPayment', { ...base, amount: 0 }))).fields).toEqual({
      amount: 'money.positive',
    });
    expect((await failure(app.call('agreements:recordPayment', { ...base, amount: 10.5 }))).fields).toEqual({
      amount: 'money.integer',
    });
    expect(
      (await failure(app.call('agreements:removePayment', { agreementId: bris.id, paymentId: 999 }))).code,
    ).toBe('notFound');
  });
});

describe('meetings', () => {
  test('a missed cadence is overdue; a recorded meeting moves the next one', async () => {
    const { app } = t;
    let a = await activate(app, await create(app, withCriteria(umbrella(t.ids, '2026-01-01'))));
    expect(a.calendar.find((i) => i.key === 'meeting:steering')).toMatchObject({
      date: '2026-03-01',
      state: 'overdue',
    });
    a = await app.must('agreements:recordMeeting', {
      agreementId: a.id,
      bodyKey: 'steering',
      date: '2026-02-20',
      attendees: ['Ordförande', 'Ledamot'],
      decisions: ['Bilaga 2 godkänns.'],
      minutesReference: 'Protokoll 2026:1',
    });
    expect(a.meetings.map((m) => [m.bodyKey, m.date, m.decisions, m.minutesReference])).toEqual([
      ['steering', '2026-02-20', ['Bilaga 2 godkänns.'], 'Protokoll 2026:1'],
    ]);
    expect(a.calendar.find((i) => i.key === 'meeting:steering')).toMatchObject({
      date: '2026-04-20',
      state: 'due',
    });

    expect(
      (
        await failure(
          app.call('agreements:recordMeeting', {
            agreementId: a.id,
            bodyKey: 'board',
            date: '2026-02-20',
            attendees: [],
            decisions: [],
          }),
        )
      ).fields,
    ).toEqual({
      bodyKey: 'agreements.unknownBody',
    });
    expect(
      (
        await failure(
          app.call('agreements:recordMeeting', {
            agreementId: a.id,
            bodyKey: 'steering',
            date: '2026-04-01',
            attendees: [],
            decisions: [],
          }),
        )
      ).fields,
    ).toEqual({ date: 'agreements.dateInFuture' });
    a = await app.must('agreements:removeMeeting', { agreementId: a.id, meetingId: a.meetings[0]!.id });
    expect(a.meetings).toEqual([]);
  });
});

describe('deadlines marked done', () => {
  test('the extension decision and a report can be marked done and undone', async () => {
    const { app } = t;
    let a = await activate(app, await create(app, withCriteria(malmoRegionRedCross(t.ids, '2023-01-01'))));
    expect(a.calendar.find((i) => i.kind === 'extensionDecision')).toMatchObject({
      date: '2026-03-31',
      state: 'due',
    });
    a = await app.must('agreements:setCompleted', {
      agreementId: a.id,
      itemKey: 'extensionDecision',
      done: true,
    });
    expect(a.calendar.find((i) => i.kind === 'extensionDecision')!.state).toBe('done');
    expect(a.completed).toEqual(['extensionDecision']);

    const report = a.calendar.find((i) => i.key === 'followUp:annualReport:2024-03-31')!;
    expect(report.state).toBe('overdue');
    a = await app.must('agreements:setCompleted', { agreementId: a.id, itemKey: report.key, done: true });
    expect(a.calendar.find((i) => i.key === report.key)!.state).toBe('done');
    a = await app.must('agreements:setCompleted', { agreementId: a.id, itemKey: report.key, done: false });
    expect(a.calendar.find((i) => i.key === report.key)!.state).toBe('overdue');

    expect(
      (await failure(app.call('agreements:setCompleted', { agreementId: a.id, itemKey: 'end', done: true })))
        .fields,
    ).toEqual({
      itemKey: 'agreements.unknownItem',
    });
  });
});

describe('extra income', () => {
  test('counts written by the support-group domain show in the economy at 5 000 kr per child', async () => {
    const db = t.app.installation.db;
    await setExtraIncomeCount(db, {
      agreementId: bris.id,
      year: 2026,
      source: 'group-1',
      children: 2,
      at: '2026-03-02T09:00:00Z',
    });
    await setExtraIncomeCount(db, {
      agreementId: bris.id,
      year: 2026,
      source: 'group-2',
      children: 1,
      at: '2026-03-02T09:00:00Z',
    });
    await setExtraIncomeCount(db, {
      agreementId: bris.id,
      year: 2026,
      source: 'group-1',
      children: 3,
      at: '2026-03-02T10:00:00Z',
    });
    const a = await t.app.must('agreements:get', { id: bris.id });
    expect(a.extraIncome).toEqual({ counts: [{ year: 2026, children: 4 }], children: 4, amount: 2_000_000 });
    await expect(
      setExtraIncomeCount(db, { agreementId: bris.id, year: 2026, source: 'x', children: -1, at: '' }),
    ).rejects.toThrow();
  });
});
