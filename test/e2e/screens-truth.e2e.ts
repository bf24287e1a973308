// Screens show the truth (issue 11): the renderer keeps server data in one
// cache that every change refreshes by entity and every erasure empties of
// what it erased. Through what a coordinator sees, with no reload anywhere:
// - a group is erased at gallring, and none of its erased children is left on
//   any screen: the children list, the group page, a child's page reached
//   again with Alt+← (history back) — nor in the renderer's cache;
// - a child is admitted from its enrolment page, and "Tillbaka" shows the
//   group page with the new status at once;
// - a lock empties the cache; after unlock the screen is fetched afresh.
// The cache is read through a probe that exists only in the e2e build
// (src/renderer/src/data/test-hooks.ts). Screenshots and axe at each step.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeEntryUrl, type Bridge } from '../support/chromium-bridge';
import { buildFixture, fixtureChildren } from '../support/reports/report-fixture';
import { adminPassword, type TempApp } from '../support/temp-app';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

/** Children only in the two finished groups of 2025: gallring erases them whole. */
const kept = new Set(['c2', 'c13', 'c14']);
const erasedNames = fixtureChildren.filter((c) => !kept.has(c.key)).map((c) => c.name);

// The shared bridged-app fixture, with the OS folder dialog answering with a temporary folder.
const folder = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-truth-'));
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

describe('screens show the truth', () => {
  stepwise();
  const page = () => bridge.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const cache = {
    size: () =>
      page().evaluate(() =>
        (globalThis as unknown as { __iopCacheProbe: { size(): number } }).__iopCacheProbe.size(),
      ),
    dump: () =>
      page().evaluate(() =>
        (globalThis as unknown as { __iopCacheProbe: { dump(): string } }).__iopCacheProbe.dump(),
      ),
  };
  /** The erased children's names found in `text` (their guardians' names hold them too: "Förälder Ett till …"). */
  const traces = (text: string) => erasedNames.filter((name) => text.includes(name));
  const onScreen = async () => traces(await page().locator('body').innerText());

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
    expect(bridge.violations).toEqual([]);
  }

  it('setup: the fixture year with two finished groups, seen on the child, group and list screens', async () => {
    await app.must('installation:setup', {
      organisationName: 'Exempelstadens socialförvaltning',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    await buildFixture(app);
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));

    await nav('Barn').click();
    await shown(page().getByRole('button', { name: 'Alva Ekdahl' }));
    await page().getByRole('button', { name: 'Alva Ekdahl' }).click();
    await shown(heading('Alva Ekdahl'));
    await shown(
      page()
        .getByRole('cell', { name: /till Alva Ekdahl/ })
        .first(),
    );

    await nav('Stödgrupper').click();
    await page().getByRole('button', { name: 'Höstgruppen 2025' }).click();
    await shown(heading('Höstgruppen 2025'));
    await shown(page().getByRole('button', { name: 'Alva Ekdahl' }));
    expect(traces(await cache.dump())).toContain('Alva Ekdahl');
    await visit('truth-01-group-before-erasure');
  });

  it('erasing both groups at gallring leaves no trace of their children, on screen or in the cache', async () => {
    await nav('Rapporter').click();
    await page().getByRole('tab', { name: 'Gallring' }).click();
    await page().getByRole('checkbox', { name: 'Välj Vårgruppen 2025' }).check();
    await page().getByRole('checkbox', { name: 'Välj Höstgruppen 2025' }).check();
    await page().getByLabel('Lösenfras för paketen').fill('ekorre-lingon-fjällsjö-kanot');
    await page().getByRole('button', { name: 'Välj mapp och skapa paket' }).click();
    await shown(page().getByText(/Farsta: 8 inskrivningar/));
    await page().getByRole('button', { name: 'Gallra de valda grupperna…' }).click();
    const dialog = page().getByRole('dialog', { name: 'Gallra uppgifterna?' });
    await dialog.getByRole('checkbox', { name: /Jag har kontrollerat/ }).check();
    await dialog.getByRole('button', { name: 'Gallra för gott' }).click();
    await shown(page().getByText('Det finns inga avslutade grupper med uppgifter som väntar på gallring.'));
    await page().waitForLoadState('networkidle');
    expect(traces(await cache.dump())).toEqual([]);
    await visit('truth-02-erased');
  });

  it('history back shows the group page without its erased children', async () => {
    await page().keyboard.press('Alt+ArrowLeft');
    await shown(heading('Höstgruppen 2025'));
    await shown(page().getByText('Inga barn har plats i gruppen ännu.'));
    expect(await onScreen()).toEqual([]);
    await visit('truth-03-group-after-erasure');
  });

  it('further back, the erased child’s page gives way to the list, which no longer has the child', async () => {
    await page().keyboard.press('Alt+ArrowLeft');
    await page().keyboard.press('Alt+ArrowLeft');
    await shown(heading('Barn'));
    await shown(page().getByRole('button', { name: 'Bea Fransson' }));
    expect(await onScreen()).toEqual([]);
    await visit('truth-04-children-after-erasure');
    await nav('Stödgrupper').click();
    await page().getByRole('tab', { name: 'Väntelista' }).click();
    await shown(page().getByRole('button', { name: 'Mira Qvist' }));
    expect(await onScreen()).toEqual([]);
    expect(traces(await cache.dump())).toEqual([]);
  });

  it('an admission shows on the group page at once, through "Tillbaka"', async () => {
    await page().getByRole('tab', { name: 'Grupper' }).click();
    await page().getByRole('button', { name: 'Vårgruppen 2026' }).click();
    await shown(heading('Vårgruppen 2026'));
    const nils = page().getByRole('row', { name: /Nils Rask/ });
    await shown(nils.getByText('Erbjuden plats'));
    await nils.getByRole('button', { name: 'Nils Rask' }).click();
    await shown(heading(/^Nils Rask/));
    await page().getByLabel('Ny status').selectOption({ label: 'Antagen' });
    await page().getByRole('button', { name: 'Ändra status' }).click();
    await shown(page().getByText('Statusen är ändrad.'));
    await page().getByRole('button', { name: 'Tillbaka', exact: true }).click();
    await shown(heading('Vårgruppen 2026'));
    // From its first frame: the old answer was dropped, not shown while the new one loads.
    expect(await nils.getByText('Erbjuden plats').count()).toBe(0);
    await shown(nils.getByText('Antagen'));
    await visit('truth-05-admitted');
  });

  it('a place offered from the waiting list counts on the group page at once ("har plats")', async () => {
    const capacity = page().getByText(/barn har plats \(minst 5, högst 8\)/);
    await shown(capacity);
    expect(await capacity.innerText()).toMatch(/^2 barn har plats/);
    await nav('Stödgrupper').click();
    await page().getByRole('tab', { name: 'Väntelista' }).click();
    await page().getByRole('button', { name: 'Mira Qvist' }).click();
    await shown(heading(/^Mira Qvist/));
    await page().getByLabel('Ny status').selectOption({ label: 'Erbjuden plats' });
    await page()
      .getByLabel('Grupp', { exact: true })
      .selectOption({ label: 'Vårgruppen 2026 (start 2026-02-02, 6 lediga)' });
    await page().getByRole('button', { name: 'Ändra status' }).click();
    await shown(page().getByText('Status: Erbjuden plats'));
    await page().getByRole('button', { name: 'Tillbaka', exact: true }).click();
    await shown(page().getByText('Ingen väntar på plats.'));
    await page().getByRole('tab', { name: 'Grupper' }).click();
    await page().getByRole('button', { name: 'Vårgruppen 2026' }).click();
    await shown(heading('Vårgruppen 2026'));
    expect(await capacity.innerText()).toMatch(/^3 barn har plats/);
    await shown(page().getByRole('button', { name: 'Mira Qvist' }));
    await visit('truth-06-offered-a-place');
  });

  it('a lock empties the cache; after unlock the page is fetched afresh', async () => {
    expect(await cache.size()).toBeGreaterThan(0);
    await page()
      .getByRole('button', { name: /Ada Admin/ })
      .click();
    await page().getByRole('menuitem', { name: 'Lås nu' }).click();
    await shown(page().getByText('IOP Desk är låst. Logga in för att fortsätta.'));
    expect(await cache.size()).toBe(0);
    expect(await cache.dump()).not.toContain('Nils Rask');
    await page().getByLabel('Användare').selectOption('admin');
    await page().getByLabel('Lösenord', { exact: true }).fill(adminPassword);
    await page().getByRole('button', { name: 'Lås upp' }).click();
    await shown(heading('Vårgruppen 2026'));
    await shown(
      page()
        .getByRole('row', { name: /Nils Rask/ })
        .getByText('Antagen'),
    );
    expect(await cache.dump()).toContain('Nils Rask');
    await visit('truth-07-after-unlock');
  });
});
