// Amendment documents, driven through what a user sees: the three-party
// agreement (Malmö–Region Skåne–Röda Korset) extended to 2026-12-31 by an
// amendment in force (set up through the channels), then on the Dokument tab
// the amendment saved as PDF, the agreement consolidated as in force before
// the extension, and a date that does not exist refused beside its field.
// Screenshots of the tab and of the amendment PDF's first page; axe clean.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeEntryUrl, launchBridge, type Bridge } from '../support/chromium-bridge';
import { amend, extendedToEnd2026 } from '../support/agreements/amendments';
import { pdfText } from '../support/agreements/document-text';
import { malmoRegionRedCross, registerAll, withCriteria } from '../support/agreements/fixtures';
import { activate, create } from '../support/agreements/helpers';
import { adminPassword, createTempApp, type TempApp } from '../support/temp-app';
import { expectAccessible } from './support/accessibility';
import { rendererDir } from './support/bridged-app';
import { screenshot, screenshotDir } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
const at = (app: TempApp, day: string) => app.clock.set(new Date(`${day}T09:00:00.000Z`));

let app: TempApp;
let bridge: Bridge;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-amendment-docs-'));
  app = createTempApp(undefined, {
    senderUrl: bridgeEntryUrl,
    pickers: { chooseFolder: async () => folder, chooseFile: async () => null },
  });
  bridge = await launchBridge({ app, rendererDir });
  bridge.page.setDefaultTimeout(15_000);
}, 120_000);

afterAll(async () => {
  await bridge?.dispose();
  await app?.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('amendment documents on the Dokument tab', () => {
  stepwise();
  const page = () => bridge.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('has the three-party agreement extended by an amendment in force', async () => {
    await app.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Malmö stad',
      admin: { username: 'karin', displayName: 'Karin Handläggare', password: adminPassword },
    });
    const ids = await registerAll(app);
    at(app, '2020-12-10');
    let a = await activate(app, await create(app, withCriteria(malmoRegionRedCross(ids))), '2020-12-10');
    at(app, '2024-03-15');
    a = await amend(app, a, extendedToEnd2026(a.data), {
      registrationNumber: '2.3.4-112/2024',
      reason: 'Partnerskapet har fungerat väl och förlängs med två år.',
      effectiveFrom: '2024-03-15',
      decision: { body: 'Socialnämnden', date: '2024-03-10', paragraph: '§ 17' },
      signedOn: '2024-03-12',
    });
    at(app, '2026-03-02');
    expect(a.data.period.end).toBe('2026-12-31');
    expect(a.life.amendments.map((x) => x.status)).toEqual(['inForce']);
  });

  it('saves the amendment as PDF from the Dokument tab', async () => {
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await nav('Överenskommelser').click();
    await shown(heading('Överenskommelser'));
    await page().getByRole('button', { name: '2.3.4-565/2021' }).first().click();
    await shown(heading('Stöd till barn och familjer på flykt – Svenska Röda Korset'));
    await page().getByRole('tab', { name: 'Dokument' }).click();
    await shown(page().getByRole('heading', { name: 'Tilläggsavtal', exact: true }));
    const picker = page().getByRole('combobox', { name: 'Välj tilläggsavtal' });
    expect(await picker.inputValue()).toBe('Nr 1, gäller från 2024-03-15 (gällande)');
    await visit('amendment-docs-01-documents-tab');

    await page().getByRole('button', { name: 'Tilläggsavtal som PDF' }).click();
    await shown(page().getByText('Tilläggsavtal 1 till 2.3.4-565-2021.pdf är sparad.'));
    const file = join(folder, 'Tilläggsavtal 1 till 2.3.4-565-2021.pdf');
    const text = pdfText(file);
    expect(text).toContain('Tilläggsavtal nr 1 till överenskommelse 2.3.4-565/2021');
    expect(text).toContain('Period: 2021-01-01 – 2026-12-31');
    expect(text).toContain('Beslut: Socialnämnden, 2024-03-10, § 17');
    expect(text.match(/Namnförtydligande/g)).toHaveLength(3);
    // The first page as a picture, to look at as a caseworker would.
    execFileSync('/usr/bin/pdftoppm', [
      '-r',
      '70',
      '-png',
      '-f',
      '1',
      '-l',
      '2',
      file,
      join(screenshotDir, 'amendment-docs-02-pdf'),
    ]);
    await visit('amendment-docs-03-saved');
  });

  it('saves the agreement as in force before the extension, and refuses a date that does not exist', async () => {
    const date = page().getByRole('textbox', { name: 'Gällande per datum (valfritt)' });
    await date.fill('2024-02-30');
    await page().getByRole('button', { name: 'Överenskommelsen som PDF' }).click();
    await shown(page().getByText('Ange ett giltigt datum i formen ÅÅÅÅ-MM-DD.'));
    await visit('amendment-docs-04-bad-date');

    await date.fill('2024-02-01');
    await page().getByRole('button', { name: 'Överenskommelsen som PDF' }).click();
    await shown(page().getByText('Överenskommelse 2.3.4-565-2021 gällande 2024-02-01.pdf är sparad.'));
    const before = pdfText(join(folder, 'Överenskommelse 2.3.4-565-2021 gällande 2024-02-01.pdf'));
    expect(before).toContain('Version gällande 2024-02-01, utan tilläggsavtal');
    expect(before).toContain('2021-01-01 – 2024-12-31');

    await date.fill('');
    await page().getByRole('button', { name: 'Överenskommelsen som PDF' }).click();
    await shown(page().getByText('Överenskommelse 2.3.4-565-2021.pdf är sparad.'));
    const now = pdfText(join(folder, 'Överenskommelse 2.3.4-565-2021.pdf'));
    expect(now).toContain('Konsoliderad version med tilläggsavtal t.o.m. nr 1, gällande 2026-03-02');
    expect(now).toContain('2021-01-01 – 2026-12-31');
    expect(now).not.toContain('2024-12-31');
    expect(readdirSync(folder).sort()).toEqual([
      'Tilläggsavtal 1 till 2.3.4-565-2021.pdf',
      'Överenskommelse 2.3.4-565-2021 gällande 2024-02-01.pdf',
      'Överenskommelse 2.3.4-565-2021.pdf',
    ]);
    await visit('amendment-docs-05-consolidated-saved');
  });

  it("saves the agreement's deadlines as a calendar file for Outlook, the extended end among them", async () => {
    await page()
      .getByRole('button', { name: 'Spara överenskommelsens tidsfrister som kalenderfil (.ics)' })
      .click();
    await shown(page().getByText(/^Tidsfrister 2\.3\.4-565-2021\.ics är sparad med \d+ tidsfrister\.$/));
    const text = readFileSync(join(folder, 'Tidsfrister 2.3.4-565-2021.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    expect(events.find((e) => e.summary.startsWith('Överenskommelsen upphör'))?.startDate.toString()).toBe(
      '2026-12-31',
    );
    await visit('amendment-docs-06-calendar-saved');
  });

  it('kept the page inside the app', () => {
    expect(bridge.violations).toEqual([]);
  });
});
