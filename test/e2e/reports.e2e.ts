// Reports and gallring through what a user sees: the gallring card on the
// overview → the 2025 report of the fixture agreement (small counts shown as
// `..` with their explanation) → saving it as PDF in a chosen folder → the
// gallring view: choose both finished groups, make the hand-back packages,
// confirm and erase → the report is unchanged. Every screen is screenshotted
// and checked with axe, and the page never reaches outside the app.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeEntryUrl, type Bridge } from '../support/chromium-bridge';
import { adminPassword, type TempApp } from '../support/temp-app';
import { buildFixture, fixtureChildren } from '../support/reports/report-fixture';
import { pdfText } from '../support/agreements/document-text';
import { AxeBuilder } from '@axe-core/playwright';
import { expectAccessible, wcagTags } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

// The shared bridged-app fixture, with the OS folder dialog answering with a temporary folder.
const folder = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-reports-'));
const fixture = useBridgedApp({
  pickers: { chooseFolder: async () => folder, chooseFile: async () => null },
  timeout: 15_000,
});
let app: TempApp;
let bridge: Bridge;
beforeAll(() => {
  ({ app, bridge } = fixture);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('reports and gallring', () => {
  stepwise();
  const page = () => bridge.page;
  const heading = (name: string | RegExp, level = 1) => page().getByRole('heading', { level, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const figure = (table: string, row: string) =>
    page()
      .getByRole('table', { name: table })
      .getByRole('row', { name: new RegExp(`^${row}`) })
      .getByRole('cell');

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
    expect(bridge.violations).toEqual([]);
  }

  it('setup: the fixture year 2025 with two finished groups', async () => {
    await app.must('installation:setup', {
      organisationName: 'Exempelstadens socialförvaltning',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    await buildFixture(app);
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('the overview says that two groups are overdue for erasure', async () => {
    await shown(page().getByText('2 grupper är försenade med gallringen.'));
    await page().waitForLoadState('networkidle');
    await screenshot(page(), 'rp-01-overview-erasure-due');
    // The overview belongs to other screens too; axe checks the gallring card here (the report screens below are checked whole).
    const card = await new AxeBuilder({ page: page() })
      .withTags(wcagTags)
      .include('.rp-erasure-card')
      .analyze();
    expect(card.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(bridge.violations).toEqual([]);
  });

  it('a card whose call fails says so, and shows its figures after "Försök igen"', async () => {
    const router = app.router;
    const invoke = router.invoke.bind(router);
    const failing = new Set(['erasure:summary', 'enrolments:attention']);
    router.invoke = async (channel, input, caller) =>
      failing.has(channel)
        ? { ok: false, error: { code: 'internal', message: 'test' } }
        : invoke(channel, input, caller);
    try {
      await nav('Rapporter').click();
      await shown(heading('Rapporter'));
      await nav('Översikt').click();
      await shown(heading('Översikt'));
      for (const title of ['Gallring', 'Stödgrupper att åtgärda']) {
        const card = page().getByRole('alert').filter({ hasText: title });
        await shown(card.getByText('Uppgifterna till kortet kunde inte hämtas.'));
        await shown(card.getByRole('button', { name: 'Försök igen' }));
      }
      await visit('rp-00-overview-card-failed');
    } finally {
      router.invoke = invoke;
    }
    await page()
      .getByRole('alert')
      .filter({ hasText: 'Gallring' })
      .getByRole('button', { name: 'Försök igen' })
      .click();
    await shown(page().getByText('2 grupper är försenade med gallringen.'));
  });

  it('the 2025 report of the agreement: figures, hidden small counts with their reason, charts', async () => {
    await nav('Rapporter').click();
    await shown(heading('Rapporter'));
    await page()
      .getByLabel('Omfattning')
      .selectOption({ label: 'SN-2025/10 Stödgrupper för familjehemsplacerade barn' });
    await page().getByLabel('År', { exact: true }).fill('2025');
    await page().getByRole('button', { name: 'Visa rapport' }).click();
    await shown(heading('Årsrapport 2025', 2));
    await expect(figure('Nyckeltal', 'Barn som deltagit').innerText()).resolves.toBe('12');
    await expect(figure('Barn per kön', 'Flicka').innerText()).resolves.toBe('7');
    // The mark is `..`; a screen reader hears why.
    await expect(figure('Barn per kön', 'Pojke').innerText()).resolves.toContain('..');
    await expect(figure('Barn per kön', 'Pojke').textContent()).resolves.toContain('Dold: färre än 5 barn.');
    await shown(page().getByRole('img', { name: /Diagram: Barn per åldersgrupp/ }));
    const html = await page().content();
    for (const c of fixtureChildren) expect(html).not.toContain(c.name);
    await visit('rp-02-report-2025');
  });

  it('saves the report as PDF in the chosen folder', async () => {
    await page().getByRole('button', { name: 'Spara som PDF' }).click();
    await shown(page().getByRole('status').getByText(folder, { exact: false }));
    expect(readdirSync(folder)).toContain(
      'Årsrapport 2025 – SN-2025-10 Stödgrupper för familjehemsplacerade barn.pdf',
    );
    await visit('rp-03-report-saved');
  });

  it('the gallring view lists both groups as overdue', async () => {
    await page().getByRole('tab', { name: 'Gallring' }).click();
    const table = page().getByRole('table', { name: 'Grupper som väntar på gallring' });
    await shown(table);
    expect(await table.getByRole('row').count()).toBe(3);
    expect(await table.getByText('Försenad').count()).toBe(2);
    expect(await page().getByRole('button', { name: 'Gallra de valda grupperna…' }).isDisabled()).toBe(true);
    await visit('rp-04-erasure-list');
  });

  it('makes the hand-back packages per district for the chosen groups', async () => {
    await page().getByRole('checkbox', { name: 'Välj Vårgruppen 2025' }).check();
    await page().getByRole('checkbox', { name: 'Välj Höstgruppen 2025' }).check();
    await page().getByLabel('Lösenfras för paketen').fill('ekorre-lingon-fjällsjö-kanot');
    await page().getByRole('button', { name: 'Välj mapp och skapa paket' }).click();
    await shown(page().getByText(/Farsta: 8 inskrivningar/));
    await shown(page().getByText(/Skärholmen: 5 inskrivningar/));
    expect(readdirSync(folder).filter((f) => f.endsWith('.tar.age'))).toHaveLength(2);
    await visit('rp-05-handed-back');
  });

  it("saves the cover letter that goes with a district's package (issue 14)", async () => {
    await page().getByRole('button', { name: 'Följebrev till Farsta som PDF' }).click();
    const saved = page().getByText(/^Följebrev återföring Farsta \d{4}-\d{2}-\d{2}\.pdf är sparad\.$/);
    await shown(saved);
    const name = readdirSync(folder).find((f) => f.startsWith('Följebrev återföring Farsta'))!;
    const text = pdfText(join(folder, name));
    expect(text).toContain('Till socialtjänsten i Farsta');
    expect(text).toMatch(/Fil: Återföring Farsta .*\.tar\.age/);
    expect(text).toMatch(/Kontrollsumma \(SHA-256\): [0-9a-f]{64}/);
    for (const child of fixtureChildren) expect(text).not.toContain(child.name);
    await visit('rp-05b-cover-letter');
  });

  it('asks for a clear confirmation before erasing', async () => {
    await page().getByRole('button', { name: 'Gallra de valda grupperna…' }).click();
    const dialog = page().getByRole('dialog', { name: 'Gallra uppgifterna?' });
    await shown(dialog);
    await shown(dialog.getByText(/Uppgifterna i 13 inskrivningar i 2 grupper tas bort för gott/));
    expect(await dialog.getByRole('button', { name: 'Gallra för gott' }).isDisabled()).toBe(true);
    await visit('rp-06-erase-confirm');
  });

  it('erases, and the groups leave the list', async () => {
    const dialog = page().getByRole('dialog', { name: 'Gallra uppgifterna?' });
    await dialog.getByRole('checkbox', { name: /Jag har kontrollerat/ }).check();
    await dialog.getByRole('button', { name: 'Gallra för gott' }).click();
    await shown(page().getByText('Det finns inga avslutade grupper med uppgifter som väntar på gallring.'));
    await shown(
      page()
        .getByRole('status')
        .getByText(/Gallrat: 13 inskrivningar. 11 barn togs bort helt, 1 finns kvar/),
    );
    await visit('rp-07-erased');
  });

  it('the 2025 report is the same after erasure', async () => {
    await page().getByRole('tab', { name: 'Rapport' }).click();
    await page().getByRole('button', { name: 'Visa rapport' }).click();
    await shown(heading('Årsrapport 2025', 2));
    await expect(figure('Nyckeltal', 'Barn som deltagit').innerText()).resolves.toBe('12');
    await expect(figure('Barn per kön', 'Flicka').innerText()).resolves.toBe('7');
    await expect(figure('Barn per åldersgrupp', '10–12 år').innerText()).resolves.toBe('5');
    expect(existsSync(folder)).toBe(true);
    await visit('rp-08-report-after-erasure');
  });
});
