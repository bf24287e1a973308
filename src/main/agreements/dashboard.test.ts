// Översikt: due within the next 90 days and overdue, across all agreements
// being followed up and per agreement.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attentionItems } from '../../shared/agreements/calendar';
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
  type AgreementsApp,
} from '../../../test/support/agreements/helpers';

let t: AgreementsApp;
const id = { malmo: 0, umbrella: 0, draft: 0 };
beforeAll(async () => {
  t = await agreementsApp();
  id.malmo = (
    await activate(t.app, await create(t.app, withCriteria(malmoRegionRedCross(t.ids, '2023-01-01'))))
  ).id;
  id.umbrella = (await activate(t.app, await create(t.app, withCriteria(umbrella(t.ids, '2026-01-01'))))).id;
  id.draft = (await create(t.app, stockholmBris(t.ids, '2026-01-01'))).id;
});
afterAll(() => t.app.dispose());

describe('dashboard', () => {
  test('shows the extension decision date due within 90 days and overdue items; drafts are not followed up', async () => {
    const d = await t.app.must('agreements:dashboard', {});
    expect(d.today).toBe('2026-03-02');
    expect(d.horizonEnd).toBe('2026-05-31');
    expect(d.items.every((i) => i.agreementId !== id.draft)).toBe(true);
    expect(d.items.find((i) => i.kind === 'extensionDecision')).toMatchObject({
      agreementId: id.malmo,
      registrationNumber: '2.3.4-565/2021',
      date: '2026-03-31',
      state: 'due',
    });
    expect(d.items.find((i) => i.key === 'meeting:steering')).toMatchObject({
      agreementId: id.umbrella,
      date: '2026-03-01',
      state: 'overdue',
    });
    expect(d.items.every((i) => i.state === 'overdue' || (i.state === 'due' && i.date <= '2026-05-31'))).toBe(
      true,
    );
    const dates = d.items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
  });

  test('per agreement: counts of overdue and due items and the next date', async () => {
    const d = await t.app.must('agreements:dashboard', {});
    expect(d.agreements.map((a) => a.agreementId).sort()).toEqual([id.malmo, id.umbrella].sort());
    for (const a of d.agreements) {
      const mine = d.items.filter((i) => i.agreementId === a.agreementId);
      expect(a.overdue).toBe(mine.filter((i) => i.state === 'overdue').length);
      expect(a.due).toBe(mine.filter((i) => i.state === 'due').length);
    }
    expect(d.agreements.find((a) => a.agreementId === id.umbrella)!.overdue).toBeGreaterThan(0);
  });

  test('a payer’s overdue payments show as one item with their sum and count', async () => {
    const d = await t.app.must('agreements:dashboard', {});
    const overdue = d.items.filter((i) => i.agreementId === id.malmo && i.kind === 'payment');
    // 2023–2026, invoiced each 31 January, nothing recorded: four per public party.
    expect(overdue.map((i) => [i.key, i.date, i.amount, i.count])).toEqual([
      [`paymentsOverdue:${t.ids.regionSkane}`, '2023-01-31', 160_000_000, 4],
      [`paymentsOverdue:${t.ids.malmo}`, '2023-01-31', 160_000_000, 4],
    ]);
  });

  test('overdue occurrences of one obligation show as one item with their count (payments with their sum)', async () => {
    const d = await t.app.must('agreements:dashboard', {});
    const mine = d.items.filter((i) => i.agreementId === id.malmo && i.state === 'overdue');
    // 2023–2026, invoiced each 31 January with nothing recorded: four per public party.
    expect(mine.filter((i) => i.kind === 'payment').map((i) => [i.key, i.date, i.amount, i.count])).toEqual([
      [`paymentsOverdue:${t.ids.regionSkane}`, '2023-01-31', 160_000_000, 4],
      [`paymentsOverdue:${t.ids.malmo}`, '2023-01-31', 160_000_000, 4],
    ]);
    expect(mine.find((i) => i.key === 'followUpsOverdue:annualReport')).toMatchObject({
      date: '2024-03-31',
      count: 2,
      amount: null,
    });
  });

  test('a shorter horizon leaves out what falls due later', async () => {
    const d = await t.app.must('agreements:dashboard', { horizonDays: 20 });
    expect(d.horizonEnd).toBe('2026-03-22');
    expect(d.items.find((i) => i.kind === 'extensionDecision')).toBeUndefined();
  });

  test('the dashboard and the agreement’s own calendar agree', async () => {
    const d = await t.app.must('agreements:dashboard', {});
    const a = await t.app.must('agreements:get', { id: id.malmo });
    const fromAgreement = attentionItems(a.calendar).map((i) => i.key);
    expect(
      d.items
        .filter((i) => i.agreementId === id.malmo)
        .map((i) => i.key)
        .sort(),
    ).toEqual([...fromAgreement].sort());
  });
});
