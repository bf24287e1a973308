// Payments through what a user sees, on the Stockholm–Bris support-group
// agreement (711 833 kr a year, quarterly, provided funds are granted):
// choosing exact öre in the editor gives 4 × 177 958,25 kr in the payment
// plan → once active, Översikt asks for the 2026 funds confirmation and every
// instalment shows "Medel ej bekräftade" → the caseworker records that the
// funds were granted → a part payment leaves the rest unpaid, and Översikt
// shows what is still unpaid. Every screen is screenshotted and checked with axe.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registerAll, stockholmBris, withCriteria } from '../support/agreements/fixtures';
import { activate } from '../support/agreements/helpers';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
/** Text as the page shows it: amounts are grouped with no-break spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('payments: rounding, funds granted, what is still unpaid', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const tab = (name: string) => page().getByRole('tab', { name });
  let agreementId = 0;
  const saved = () => fixture.app.must('agreements:get', { id: agreementId });

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
    expect(fixture.bridge.violations).toEqual([]);
  }

  async function openAgreement() {
    await nav('Överenskommelser').click();
    await page().getByRole('button', { name: 'SN-2017/272' }).click();
    await shown(page().getByText('Dnr SN-2017/272'));
  }

  it('setup: the Stockholm–Bris agreement as a draft from 2026', async () => {
    const app = fixture.app;
    await app.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Stockholms stad',
      admin: { username: 'karin', displayName: 'Karin Handläggare', password: adminPassword },
    });
    const ids = await registerAll(app);
    const draft = await app.must('agreements:create', {
      data: withCriteria(stockholmBris(ids, '2026-01-01')),
    });
    agreementId = draft.id;
    expect(draft.data.economy.paymentRule).toEqual({ kind: 'quarterlyInAdvance', rounding: 'wholeKronor' });
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('the caseworker chooses exact öre: four instalments of 177 958,25 kr a year', async () => {
    await openAgreement();
    await tab('Innehåll').click();
    const rounding = page().getByRole('radiogroup', { name: 'Avrundning av utbetalningarna' });
    await shown(rounding);
    expect(await rounding.getByRole('radio', { name: /^Hela kronor/ }).isChecked()).toBe(true);
    await rounding.getByRole('radio', { name: /^Exakt på öret/ }).check();
    await rounding.scrollIntoViewIfNeeded();
    await visit('payments-01-editor-rounding');
    await page().getByRole('button', { name: 'Spara version' }).click();
    await shown(page().getByText('Sparat som version 2.'));
    expect((await saved()).data.economy.paymentRule.rounding).toBe('exactOre');

    await tab('Ekonomi').click();
    const plan = page().getByRole('table', { name: 'Utbetalningsplan' });
    await shown(plan);
    await shown(page().getByText('Utbetalningarna görs exakt på öret.', { exact: false }));
    const rows = plan.getByRole('row').filter({ hasText: '2026-' });
    expect(await rows.count()).toBe(4);
    for (const row of await rows.all()) expect(plain(await row.textContent())).toContain('177 958,25 kr');
    await visit('payments-02-economy-exact-ore');
  });

  it('once active, Översikt asks for the 2026 funds confirmation and the instalments are unconfirmed', async () => {
    await activate(fixture.app, await saved());
    await nav('Översikt').click();
    await shown(heading('Översikt'));
    const row = page().getByRole('row').filter({ hasText: 'Bekräfta att medel beviljats för 2026' });
    await shown(row);
    expect(await row.textContent()).toContain('2026-01-01');
    expect(await row.textContent()).toContain('SN-2017/272');
    await shown(page().getByRole('row').filter({ hasText: 'medel ej bekräftade' }).first());
    await visit('payments-03-overview-funds-due');

    await row.getByRole('button', { name: 'SN-2017/272' }).click();
    await shown(page().getByText('Dnr SN-2017/272'));
    await tab('Ekonomi').click();
    await shown(page().getByText('Ej bekräftade år: 2026, 2027.'));
    expect(await page().getByText('Medel ej bekräftade').count()).toBe(8);
    await visit('payments-04-economy-unconfirmed');
  });

  it('the caseworker records that the 2026 funds were granted', async () => {
    const form = page().getByText('Registrera att medel beviljats', { exact: true });
    await form.scrollIntoViewIfNeeded();
    await page().getByRole('button', { name: 'Spara bekräftelsen' }).click();
    // A confirmation without who granted the funds or when is refused, and nothing is saved.
    await shown(page().getByText('Fältet måste fyllas i.').first());
    expect((await saved()).fundsYears.every((y) => y.confirmation === null)).toBe(true);

    await page().getByLabel('Beslutsdatum').fill('2025-11-24');
    await page().getByLabel('Beviljat av').fill('Kommunfullmäktige');
    await page().getByLabel('Beslut (paragraf eller diarienummer)').fill('KF 2025-11-24 § 212');
    await page().getByRole('button', { name: 'Spara bekräftelsen' }).click();
    await shown(page().getByText('Medlen för 2026 är bekräftade.'));
    await shown(page().getByText('Ej bekräftade år: 2027.'));
    expect(await page().getByText('Medel ej bekräftade').count()).toBe(4);
    const year = page()
      .getByRole('table', { name: 'Beviljade medel per år' })
      .getByRole('row', { name: /^2026/ });
    expect(await year.textContent()).toContain('Bekräftad');
    expect(await year.textContent()).toContain('Kommunfullmäktige');
    await visit('payments-05-funds-confirmed');
    const stored = await saved();
    expect(stored.fundsYears[0]!.confirmation).toMatchObject({
      grantedOn: '2025-11-24',
      grantedBy: 'Kommunfullmäktige',
      decisionReference: 'KF 2025-11-24 § 212',
      recordedBy: 'Karin Handläggare',
    });
  });

  it('a part payment leaves the rest unpaid, and Översikt shows only what is still unpaid', async () => {
    await page().getByLabel('Belopp (kr)').fill('100 000');
    await page().getByLabel('Datum', { exact: true }).fill('2026-01-10');
    await page().getByRole('button', { name: 'Spara betalningen' }).click();
    await shown(page().getByText('Betalningen är registrerad.'));
    const first = page().getByRole('table', { name: 'Utbetalningsplan' }).getByRole('row').nth(1);
    expect(plain(await first.textContent())).toContain('77 958,25 kr');
    await visit('payments-06-economy-part-paid');

    await nav('Översikt').click();
    const row = page().getByRole('row').filter({ hasText: 'obetalt av' });
    await shown(row);
    expect(plain(await row.textContent())).toContain('77 958,25 kr obetalt av 177 958,25 kr');
    expect(await page().getByText('Bekräfta att medel beviljats för 2026').count()).toBe(0);
    await visit('payments-07-overview-unpaid');
  });
});
