// The agreements flow, driven only through what a user sees: a new agreement
// from the co-financing template (Malmö–Region Skåne–Röda Korset) → the six
// criteria and the caseworker filled in and saved → the organisation
// checklist with its gaps → för beslut → beslutad → every party signs →
// undertecknad → aktiv → Översikt shows the extension decision date (9 months
// before the end) → the agreement and the decision memo saved as DOCX and PDF
// in the folder the (stand-in) dialog picks, their text checked. Every screen
// is screenshotted and checked with axe; the page may not reach outside the app.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/base/clock';
import { createApp, type App } from '../../src/main/app/create-app';
import type { FilePickers } from '../../src/main/files/file-pickers';
import { testKdf } from '../../src/main/keyring/kdf';
import type { ChannelInput, Channel, ChannelOutput } from '../../src/shared/ipc/contract';
import { bridgeEntryUrl, isBridgeSender, launchBridge, type Bridge } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { docxText, pdfText } from '../support/agreements/document-text';
import { saveTheChildren } from '../support/organisations';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

const criteria = [
  'Röda Korset startade grupperna på eget initiativ 2016.',
  'Regionens folkhälsoplan och kommunens plan för barn och unga.',
  'Verksamheten får inget föreningsbidrag.',
  'Ingen annan aktör erbjuder motsvarande grupper.',
  'Röda Korset bidrar med 270 000 kr och volontärer varje år.',
  'Organisationen bestämmer själv hur grupperna läggs upp.',
];

/**
 * The bridged app of this file, with a folder dialog that answers with a temp
 * folder (createTempApp does not take pickers yet, so it is built here the same way).
 */
function useAgreementsApp() {
  const fixture = {} as {
    app: App;
    bridge: Bridge;
    page: Page;
    dataDir: string;
    folder: string;
    must: <C extends Channel>(c: C, i: ChannelInput<C>) => Promise<ChannelOutput<C>>;
  };
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-agreements-'));
    const folder = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-documents-'));
    const pickers: FilePickers = { chooseFolder: async () => folder, chooseFile: async () => null };
    const app = createApp({
      dataDir,
      clock: fixedClock('2026-03-02T09:00:00.000Z'),
      kdfCost: testKdf,
      isTrustedSender: isBridgeSender,
      pickers,
      logError: (channel, error) => console.error(channel, error),
    });
    const must = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
      const result = await app.router.invoke(channel, input, { senderUrl: bridgeEntryUrl });
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as ChannelOutput<C>;
    };
    // RENDERER_DIR lets a run use its own build while others rebuild out/renderer.
    const bridge = await launchBridge({
      app,
      rendererDir: process.env.RENDERER_DIR ?? resolve('out/renderer'),
    });
    bridge.page.setDefaultTimeout(15_000);
    Object.assign(fixture, { app, bridge, page: bridge.page, dataDir, folder, must });
  });
  afterAll(async () => {
    await fixture.bridge?.dispose();
    await fixture.app?.close();
    if (fixture.dataDir) rmSync(fixture.dataDir, { recursive: true, force: true });
    if (fixture.folder) rmSync(fixture.folder, { recursive: true, force: true });
  });
  return fixture;
}

describe('agreements: from template to active, Översikt and documents', () => {
  const fixture = useAgreementsApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const tab = (name: string) => page().getByRole('tab', { name });
  const agreementInDb = async () => {
    const list = await fixture.must('agreements:list', {});
    return fixture.must('agreements:get', { id: list.items[0]!.id });
  };

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  async function chooseOption(label: string, option: string | RegExp) {
    await page().getByRole('combobox', { name: label, exact: true }).click();
    await page().getByRole('option', { name: option }).click();
  }

  it('starts with the register filled in and the caseworker signed in', async () => {
    await fixture.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Malmö stad',
      admin: { username: 'karin', displayName: 'Karin Handläggare', password: adminPassword },
    });
    const org = (
      name: string,
      kind: 'municipality' | 'region' | 'nonprofit',
      orgNumber: string,
      street: string,
      postalCode: string,
      city: string,
    ) =>
      fixture.must('organisations:create', {
        name,
        kind,
        orgNumber,
        address: { street, postalCode, city },
        paymentAccount: null,
        contacts: [],
        requirements:
          kind === 'nonprofit'
            ? [
                {
                  requirement: 'democraticValues',
                  status: 'met',
                  comment: 'Stadgar',
                  checkedOn: '2026-01-10',
                },
                {
                  requirement: 'orderlyFinances',
                  status: 'notMet',
                  comment: 'Årsredovisning saknas',
                  checkedOn: '2026-01-10',
                },
              ]
            : [],
      });
    await org('Region Skåne', 'region', '232100-0255', 'Rådhus Skåne', '291 89', 'Kristianstad');
    await org('Malmö stad', 'municipality', '212000-1124', 'August Palms plats 1', '205 80', 'Malmö');
    await org('Svenska Röda Korset', 'nonprofit', '802002-8711', 'Hornsgatan 54', '118 21', 'Stockholm');

    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await shown(page().getByText('Inget är försenat och inget förfaller de närmaste 90 dagarna.'));
    await visit('agreements-01-overview-empty');
  });

  it('creates a complete draft from the co-financing template', async () => {
    await nav('Överenskommelser').click();
    await shown(heading('Överenskommelser'));
    await shown(page().getByText('Det finns inga överenskommelser ännu.', { exact: false }));
    await visit('agreements-02-list-empty');

    await page().getByRole('button', { name: 'Ny överenskommelse' }).click();
    await shown(heading('Ny överenskommelse från mall'));
    await page().getByRole('radio', { name: 'Region, kommun och organisation – samfinansiering' }).check();
    await page().getByLabel('Diarienummer').fill('2.3.4-565/2021');
    await page().getByLabel('Startdatum').fill('2023-01-01');
    await chooseOption('Region', 'Region Skåne (232100-0255)');
    await chooseOption('Kommun', 'Malmö stad (212000-1124)');
    await chooseOption('Idéburen organisation', 'Svenska Röda Korset (802002-8711)');
    await visit('agreements-03-create-from-template');
    await page().getByRole('button', { name: 'Skapa utkast' }).click();

    await shown(heading('Stöd till barn och familjer på flykt – Svenska Röda Korset'));
    await shown(page().getByText('Dnr 2.3.4-565/2021'));
    const saved = await agreementInDb();
    expect(saved.status).toBe('draft');
    expect(saved.data.period).toEqual({ start: '2023-01-01', end: '2026-12-31', fundsCondition: false });
    expect(saved.data.economy.years[0]!.funding.map((f) => f.amount)).toEqual([
      40_000_000, 40_000_000, 27_000_000,
    ]);
  });

  it('shows the organisation checklist with its gaps and what is missing before "för beslut"', async () => {
    await shown(page().getByRole('heading', { name: 'Krav på organisationen: Svenska Röda Korset' }));
    await shown(page().getByText('10 krav är inte uppfyllda eller inte kontrollerade.', { exact: false }));
    await shown(page().getByText('Det här saknas först:').first());
    await shown(
      page().getByText('Det finns ingen marknad eller konkurrens att skydda: Motivera', { exact: false }),
    );
    await visit('agreements-04-summary-draft');
  });

  it('fills in the six criteria and the caseworker, and saves a new version', async () => {
    await tab('Innehåll').click();
    await shown(page().getByRole('group', { name: 'IOP-kriterier' }));
    const group = page().getByRole('group', { name: 'IOP-kriterier' });
    const boxes = group.getByRole('textbox');
    // Sections below the first two mount a moment after the tab (one render at a time).
    await shown(boxes.first());
    expect(await boxes.count()).toBe(6);
    for (let i = 0; i < 6; i++) await boxes.nth(i).fill(criteria[i]!);
    await page()
      .getByRole('group', { name: 'Tjänsteutlåtande' })
      .getByLabel('Handläggare')
      .fill('Karin Handläggare');
    await visit('agreements-05-editor');
    await page().getByRole('button', { name: 'Spara version' }).click();
    await shown(page().getByText('Sparat som version 2.'));
    const saved = await agreementInDb();
    expect(saved.revisionCount).toBe(2);
    expect(saved.data.criteria.noMarket).toBe(criteria[3]);
    expect(saved.data.memo.caseworker).toBe('Karin Handläggare');
  });

  it('the party picker searches the register in main as the user types', async () => {
    await fixture.must('organisations:create', saveTheChildren);
    const picker = page().getByRole('combobox', { name: 'Lägg till part från registret' });
    await picker.fill('rädda');
    await shown(page().getByRole('option', { name: 'Rädda Barnen (802002-8638)' }));
    // Only main's matches, and never a party already added.
    expect(await page().getByRole('option').count()).toBe(1);
    await visit('agreements-05b-party-picker');
    await picker.press('Escape');
    await picker.fill('');
  });

  it('utkast → för beslut → beslutad', async () => {
    await tab('Sammanfattning').click();
    await page().getByRole('button', { name: 'Skicka för beslut' }).click();
    await shown(page().getByText('Överenskommelsen är för beslut.'));
    expect((await agreementInDb()).status).toBe('forDecision');

    // Three parties, two public: Region Skåne's board decides first, then Malmö's.
    await page().getByRole('button', { name: 'Registrera beslut' }).click();
    let dialog = page().getByRole('dialog', { name: 'Nämndens beslut' });
    await shown(dialog);
    expect(await dialog.getByRole('combobox', { name: 'Offentlig part' }).inputValue()).toBe('Region Skåne');
    await dialog.getByLabel('Beslutsdatum').fill('2026-02-19');
    await dialog.getByLabel('Paragraf').fill('§ 42');
    await visit('agreements-06-decision');
    await dialog.getByRole('button', { name: 'Spara beslutet' }).click();
    await shown(page().getByText('Beslutet för Region Skåne är registrerat. Beslut saknas från: Malmö stad.'));
    await shown(page().getByText('Malmö stad: beslut saknas'));
    expect((await agreementInDb()).status).toBe('forDecision');
    await visit('agreements-06b-one-board-decided');

    await page().getByRole('button', { name: 'Registrera beslut' }).click();
    dialog = page().getByRole('dialog', { name: 'Nämndens beslut' });
    await shown(dialog);
    expect(await dialog.getByLabel('Nämnd').inputValue()).toBe('Socialnämnden');
    await dialog.getByLabel('Beslutsdatum').fill('2026-02-19');
    await dialog.getByLabel('Paragraf').fill('§ 17');
    await dialog.getByRole('button', { name: 'Spara beslutet' }).click();
    await shown(page().getByText('Överenskommelsen är beslutad.'));
    const saved = await agreementInDb();
    expect(saved.status).toBe('decided');
    expect(saved.decisions).toMatchObject([
      { board: 'Regionstyrelsen', date: '2026-02-19', paragraph: '§ 42' },
      { board: 'Socialnämnden', date: '2026-02-19', paragraph: '§ 17' },
    ]);
  });

  it('every party signs → undertecknad → aktiv', async () => {
    const form = page().getByRole('button', { name: 'Spara underskriften' });
    for (const [party, name] of [
      ['Region Skåne', 'Anna Region'],
      ['Malmö stad', 'Bo Stad'],
      ['Svenska Röda Korset', 'Cecilia Kors'],
    ] as const) {
      await chooseOption('Part', party);
      await page().getByLabel('Namn', { exact: true }).fill(name);
      await page().getByLabel('Ort', { exact: true }).fill('Malmö');
      await page().getByLabel('Datum', { exact: true }).fill('2026-02-25');
      await form.click();
      await shown(page().getByText(`Underskriften för ${party} är registrerad.`));
    }
    await visit('agreements-07-signatures');
    await page().getByRole('button', { name: 'Markera som undertecknad' }).click();
    await shown(page().getByText('Överenskommelsen är undertecknad.'));
    await page().getByRole('button', { name: 'Aktivera' }).click();
    await shown(page().getByText('Överenskommelsen är aktiv.'));
    const saved = await agreementInDb();
    expect(saved.status).toBe('active');
    expect(saved.signatures).toHaveLength(3);
    expect(saved.statusHistory.map((h) => h.to)).toEqual([
      'draft',
      'forDecision',
      'decided',
      'signed',
      'active',
    ]);
    await visit('agreements-08-active');
  });

  it('Översikt shows the extension decision date, 9 months before 2026-12-31', async () => {
    await nav('Översikt').click();
    await shown(heading('Översikt'));
    const row = page().getByRole('row').filter({ hasText: 'Sista dag för beslut om förlängning' });
    await shown(row);
    expect(await row.textContent()).toContain('2026-03-31');
    expect(await row.textContent()).toContain('2.3.4-565/2021');
    await visit('agreements-09-overview-dashboard');
  });

  it('opens the agreement from Översikt; economy, meetings and versions', async () => {
    await page()
      .getByRole('row')
      .filter({ hasText: 'Sista dag för beslut om förlängning' })
      .getByRole('button', { name: '2.3.4-565/2021' })
      .click();
    await shown(heading('Stöd till barn och familjer på flykt – Svenska Röda Korset'));
    await tab('Ekonomi').click();
    await shown(page().getByRole('table', { name: 'Utbetalningsplan' }));
    await visit('agreements-10-economy');
    await tab('Möten').click();
    await shown(page().getByRole('heading', { name: 'Registrera möte' }));
    await visit('agreements-11-meetings');
    await tab('Versioner').click();
    await page().getByRole('button', { name: 'Visa skillnader' }).click();
    await shown(page().getByText('avsnitt skiljer sig.', { exact: false }));
    await shown(page().getByRole('heading', { name: 'IOP-kriterier (ändrat)' }));
    await visit('agreements-12-versions');
  });

  it('saves the agreement and the decision memo as DOCX and PDF where the dialog points', async () => {
    await tab('Dokument').click();
    await shown(page().getByRole('heading', { name: 'Överenskommelsen' }));
    await visit('agreements-13-documents');
    await page().getByRole('button', { name: 'Överenskommelsen som Word (DOCX)' }).click();
    await shown(page().getByText('Överenskommelse 2.3.4-565-2021.docx är sparad.'));
    await page().getByRole('button', { name: 'Överenskommelsen som PDF' }).click();
    await shown(page().getByText('Överenskommelse 2.3.4-565-2021.pdf är sparad.'));
    await page().getByRole('button', { name: 'Tjänsteutlåtande som Word (DOCX)' }).click();
    await shown(page().getByText('Tjänsteutlåtande 2.3.4-565-2021.docx är sparad.'));
    await page().getByRole('button', { name: 'Tjänsteutlåtande som PDF' }).click();
    await shown(page().getByText('Tjänsteutlåtande 2.3.4-565-2021.pdf är sparad.'));
    expect(readdirSync(fixture.folder).sort()).toEqual([
      'Tjänsteutlåtande 2.3.4-565-2021.docx',
      'Tjänsteutlåtande 2.3.4-565-2021.pdf',
      'Överenskommelse 2.3.4-565-2021.docx',
      'Överenskommelse 2.3.4-565-2021.pdf',
    ]);

    for (const text of [
      docxText(join(fixture.folder, 'Överenskommelse 2.3.4-565-2021.docx')),
      pdfText(join(fixture.folder, 'Överenskommelse 2.3.4-565-2021.pdf')),
    ]) {
      expect(text).toContain('Överenskommelse om idéburet offentligt partnerskap');
      expect(text).toContain('Diarienummer: 2.3.4-565/2021');
      expect(text).toContain('232100-0255');
      expect(text).toContain('802002-8711');
      expect(text).toMatch(/Region Skåne\s+400 000 kr/);
      expect(text).toContain('1 070 000 kr');
      expect(text).toContain('2026-03-31');
      expect(text).toContain('Cecilia Kors');
      expect(text.match(/Namnförtydligande/g)).toHaveLength(3);
    }
    for (const text of [
      docxText(join(fixture.folder, 'Tjänsteutlåtande 2.3.4-565-2021.docx')),
      pdfText(join(fixture.folder, 'Tjänsteutlåtande 2.3.4-565-2021.pdf')),
    ]) {
      expect(text).toContain('Handläggare: Karin Handläggare');
      expect(text).toMatch(/Förslag till beslut/);
      expect(text).toContain(criteria[3]);
    }
    await visit('agreements-14-documents-saved');
  });

  it('kept the page inside the app', () => {
    expect(fixture.bridge.violations).toEqual([]);
  });
});
