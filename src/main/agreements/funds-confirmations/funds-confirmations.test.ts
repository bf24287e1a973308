// "Provided funds are granted" through the router: each year's confirmation is
// due before the year starts and is on the dashboard until recorded; without
// it the year's instalments are unconfirmed. Recording and removing are
// audited, for admin and caseworker only; each refusal names its field and
// changes nothing. Also: the rounding saved with the payment rule, and the
// dashboard's overdue amounts counting only what is still unpaid.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '../../../shared/ipc/agreements';
import {
  malmoRegionRedCross,
  stockholmBris,
  withCriteria,
} from '../../../../test/support/agreements/fixtures';
import {
  activate,
  agreementsApp,
  create,
  failure,
  type AgreementsApp,
} from '../../../../test/support/agreements/helpers';
import { auditSince, lastAuditId } from '../../../../test/support/audit';
import { addUser, passwordOf, signIn, signInAsAdmin } from '../../../../test/support/users';

let t: AgreementsApp;
let bris: Agreement;
let coFinanced: Agreement;
beforeAll(async () => {
  t = await agreementsApp();
  // Stockholm–Bris from 2026-01-01 (today is 2026-03-02): 2026 was due by the start, 2027 by 2026-12-31.
  bris = await activate(t.app, await create(t.app, withCriteria(stockholmBris(t.ids, '2026-01-01'))));
  coFinanced = await create(t.app, withCriteria(malmoRegionRedCross(t.ids, '2026-01-01')));
  await addUser(t.app, 'caseworker', 'karin');
  await addUser(t.app, 'coordinator', 'kim');
  await addUser(t.app, 'viewer', 'vera');
}, 60_000);
afterAll(() => t.app.dispose());

const confirm2026 = () => ({
  agreementId: bris.id,
  year: 2026,
  grantedOn: '2025-11-24',
  grantedBy: 'Kommunfullmäktige',
  decisionReference: 'KF 2025-11-24 § 212',
  note: 'Budget 2026',
});

const confirmationRows = async () =>
  t.app.installation.db.selectFrom('agreement_funds_confirmation').selectAll().execute();

describe('funds confirmations', () => {
  test('before any confirmation: both years open, 2026 overdue on the dashboard, every instalment unconfirmed', async () => {
    const a = await t.app.must('agreements:get', { id: bris.id });
    expect(a.fundsYears.map((y) => [y.year, y.dueDate, y.state, y.confirmation])).toEqual([
      [2026, '2026-01-01', 'overdue', null],
      [2027, '2026-12-31', 'pending', null],
    ]);
    expect(a.instalments.every((i) => i.unconfirmed)).toBe(true);
    const d = await t.app.must('agreements:dashboard', {});
    expect(d.items.filter((i) => i.agreementId === bris.id && i.kind === 'fundsConfirmation')).toMatchObject([
      { key: 'fundsConfirmation:2026', date: '2026-01-01', year: 2026, state: 'overdue' },
    ]);
    // The overdue first quarter is flagged as unconfirmed on the dashboard too.
    expect(d.items.find((i) => i.agreementId === bris.id && i.kind === 'payment')).toMatchObject({
      date: '2026-01-01',
      unconfirmed: true,
    });
  });

  test('a caseworker records 2026: the year is confirmed, its instalments too, and the dashboard item goes', async () => {
    await signIn(t.app, 'karin', passwordOf('karin'));
    const before = await lastAuditId(t.app);
    const a = await t.app.must('agreements:recordFundsConfirmation', confirm2026());
    expect(a.fundsYears[0]).toMatchObject({
      year: 2026,
      state: 'confirmed',
      confirmation: {
        year: 2026,
        grantedOn: '2025-11-24',
        grantedBy: 'Kommunfullmäktige',
        decisionReference: 'KF 2025-11-24 § 212',
        note: 'Budget 2026',
        recordedBy: 'Karin Testsson',
        recordedAt: '2026-03-02T09:00:00.000Z',
      },
    });
    expect(a.fundsYears[1]).toMatchObject({ year: 2027, state: 'pending' });
    expect(a.instalments.map((i) => [i.year, i.unconfirmed])).toEqual([
      ...Array(4).fill([2026, false]),
      ...Array(4).fill([2027, true]),
    ]);
    expect(a.calendar.find((i) => i.key === 'fundsConfirmation:2026')).toMatchObject({ state: 'done' });
    expect(await auditSince(t.app, before)).toEqual([
      {
        userId: expect.any(Number),
        role: 'caseworker',
        channel: 'agreements:recordFundsConfirmation',
        entityType: 'agreement',
        entityId: String(bris.id),
        outcome: 'ok',
      },
    ]);
    const d = await t.app.must('agreements:dashboard', {});
    expect(d.items.some((i) => i.agreementId === bris.id && i.kind === 'fundsConfirmation')).toBe(false);
    await signInAsAdmin(t.app);
  });

  test('refusals name the field and change nothing', async () => {
    const rows = await confirmationRows();
    const fields = async (input: Record<string, unknown>) =>
      (await failure(t.app.call('agreements:recordFundsConfirmation', { ...confirm2026(), ...input })))
        .fields;
    expect(await fields({})).toEqual({ year: 'agreements.fundsAlreadyConfirmed' });
    expect(await fields({ year: 2029 })).toEqual({ year: 'agreements.fundsYearOutsidePeriod' });
    expect(await fields({ year: 2027, grantedOn: '2026-03-03' })).toEqual({
      grantedOn: 'agreements.dateInFuture',
    });
    expect(await fields({ year: 2027, grantedOn: '2026-02-30' })).toEqual({ grantedOn: 'field.date' });
    expect(await fields({ year: 2027, grantedBy: '  ' })).toEqual({ grantedBy: 'field.required' });
    expect(await fields({ agreementId: coFinanced.id, year: 2026 })).toEqual({
      year: 'agreements.noFundsCondition',
    });
    const missing = await failure(
      t.app.call('agreements:recordFundsConfirmation', { ...confirm2026(), agreementId: 999_999 }),
    );
    expect(missing.code).toBe('notFound');
    expect(await confirmationRows()).toEqual(rows);
  });

  test('only admin and caseworker may record or remove; a viewer does not see who recorded', async () => {
    for (const username of ['kim', 'vera']) {
      await signIn(t.app, username, passwordOf(username));
      const rows = await confirmationRows();
      expect(
        (await failure(t.app.call('agreements:recordFundsConfirmation', { ...confirm2026(), year: 2027 })))
          .code,
      ).toBe('forbidden');
      expect(
        (
          await failure(
            t.app.call('agreements:removeFundsConfirmation', { agreementId: bris.id, year: 2026 }),
          )
        ).code,
      ).toBe('forbidden');
      expect(await confirmationRows()).toEqual(rows);
    }
    const seen = await t.app.must('agreements:get', { id: bris.id });
    expect(seen.fundsYears[0]!.confirmation).toMatchObject({
      grantedBy: 'Kommunfullmäktige',
      recordedBy: null,
    });
    await signInAsAdmin(t.app);
  });

  test('removing a confirmation opens the year again; removing it twice is refused', async () => {
    const before = await lastAuditId(t.app);
    const a = await t.app.must('agreements:removeFundsConfirmation', { agreementId: bris.id, year: 2026 });
    expect(a.fundsYears.map((y) => y.state)).toEqual(['overdue', 'pending']);
    expect(a.instalments.every((i) => i.unconfirmed)).toBe(true);
    expect(
      (await failure(t.app.call('agreements:removeFundsConfirmation', { agreementId: bris.id, year: 2026 })))
        .code,
    ).toBe('notFound');
    expect((await auditSince(t.app, before)).map((e) => [e.channel, e.outcome])).toEqual([
      ['agreements:removeFundsConfirmation', 'ok'],
      ['agreements:removeFundsConfirmation', 'failed'],
    ]);
  });

  test('an agreement without the condition lists no years and flags nothing', async () => {
    const a = await t.app.must('agreements:get', { id: coFinanced.id });
    expect(a.fundsYears).toEqual([]);
    expect(a.instalments.some((i) => i.unconfirmed)).toBe(false);
  });
});

describe('rounding and unpaid amounts', () => {
  test('the rounding is saved with the payment rule and decides the schedule', async () => {
    const data = stockholmBris(t.ids, '2026-01-01');
    data.registrationNumber = 'SN-2026/99';
    data.economy.paymentRule = { kind: 'quarterlyInAdvance', rounding: 'exactOre' };
    let a = await create(t.app, data);
    expect(a.data.economy.paymentRule).toEqual({ kind: 'quarterlyInAdvance', rounding: 'exactOre' });
    expect(a.instalments.slice(0, 4).map((i) => i.amount)).toEqual(Array(4).fill(17_795_825));
    a = await t.app.must('agreements:update', {
      id: a.id,
      version: a.version,
      data: {
        ...a.data,
        economy: { ...a.data.economy, paymentRule: { kind: 'quarterlyInAdvance', rounding: 'wholeKronor' } },
      },
    });
    expect(a.instalments.slice(0, 4).map((i) => i.amount)).toEqual([
      17_795_900, 17_795_800, 17_795_800, 17_795_800,
    ]);
    const missing = await failure(
      t.app.call('agreements:update', {
        id: a.id,
        version: a.version,
        data: { ...a.data, economy: { ...a.data.economy, paymentRule: { kind: 'quarterlyInAdvance' } } },
      } as never),
    );
    expect(missing.code).toBe('validation');
    expect(Object.keys(missing.fields ?? {})).toEqual(['data.economy.paymentRule.rounding']);
  });

  test('the dashboard counts what is still unpaid of a partly paid overdue instalment', async () => {
    await t.app.must('agreements:recordPayment', {
      agreementId: bris.id,
      kind: 'payment',
      date: '2026-01-10',
      payerOrganisationId: t.ids.stockholm,
      recipientOrganisationId: t.ids.bris,
      amount: 10_000_000,
    });
    const d = await t.app.must('agreements:dashboard', {});
    expect(d.items.find((i) => i.agreementId === bris.id && i.kind === 'payment')).toMatchObject({
      date: '2026-01-01',
      state: 'overdue',
      amount: 17_795_900,
      unpaid: 7_795_900,
    });
  });
});
