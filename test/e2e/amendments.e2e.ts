// An agreement's life after the decision, driven only through what a user
// sees (clock at 2024-03-01): the three-party agreement Malmö–Region
// Skåne–Röda Korset (2021-01-01–2024-12-31, at most 2 years more) is extended
// through an amendment: Förläng → a refusal beyond the maximum that keeps what
// was typed → draft → decided → signed by every party → in force; the new end
// shows on the summary, the list and Översikt, and the payment schedule runs
// on to 2026. Then one organisation leaves the umbrella partnership with 4
// months' notice (confirmed first) while the others go on, seen as in force
// on a date after it left. Every screen is screenshotted and checked with axe.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/main/base/clock';
import { createApp, type App } from '../../src/main/app/create-app';
import { testKdf } from '../../src/main/keyring/kdf';
import type { AgreementData } from '../../src/shared/agreements/model';
import type { Agreement } from '../../src/shared/ipc/agreements';
import type { ChannelInput, Channel, ChannelOutput } from '../../src/shared/ipc/contract';
import {
  malmoRegionRedCross,
  organisationInput,
  registerEntries,
  umbrella,
  withCriteria,
  type OrgKey,
} from '../support/agreements/fixtures';
import { bridgeEntryUrl, isBridgeSender, launchBridge, type Bridge } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

function useApp() {
  const fixture = {} as {
    app: App;
    bridge: Bridge;
    page: Page;
    dataDir: string;
    must: <C extends Channel>(c: C, i: ChannelInput<C>) => Promise<ChannelOutput<C>>;
  };
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-amendments-'));
    const app = createApp({
      dataDir,
      clock: fixedClock('2024-03-01T09:00:00.000Z'),
      kdfCost: testKdf,
      isTrustedSender: isBridgeSender,
      logError: (channel, error) => console.error(channel, error),
    });
    const must = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
      const result = await app.router.invoke(channel, input, { senderUrl: bridgeEntryUrl });
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as ChannelOutput<C>;
    };
    const bridge = await launchBridge({
      app,
      rendererDir: process.env.RENDERER_DIR ?? resolve('out/renderer'),
    });
    bridge.page.setDefaultTimeout(15_000);
    Object.assign(fixture, { app, bridge, page: bridge.page, dataDir, must });
  });
  afterAll(async () => {
    await fixture.bridge?.dispose();
    await fixture.app?.close();
    if (fixture.dataDir) rmSync(fixture.dataDir, { recursive: true, force: true });
  });
  return fixture;
}

describe('amendments: extension, a party leaving, the agreement as in force on a date', () => {
  const fixture = useApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const tab = (name: string) => page().getByRole('tab', { name });
  let threeParty: Agreement;
  let partnership: Agreement;
  const inDb = (id: number) => fixture.must('agreements:get', { id });

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  async function chooseOption(scope: Locator, label: string, option: string | RegExp) {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await page().getByRole('option', { name: option }).click();
  }

  async function activate(data: AgreementData, decisionDate: string): Promise<Agreement> {
    const must = fixture.must;
    let a = await must('agreements:create', { data });
    a = await must('agreements:transition', { id: a.id, version: a.version, request: { to: 'forDecision' } });
    // Each public party's board decides; the last decision makes it beslutad.
    for (const party of a.data.parties.filter((p) => p.role === 'public'))
      a = await must('agreements:recordDecision', {
        id: a.id,
        version: a.version,
        decision: {
          organisationId: party.organisationId,
          board: party.actingThrough,
          date: decisionDate,
          paragraph: '§ 42',
          proposal: '',
        },
      });
    for (const party of a.data.parties)
      a = await must('agreements:recordSignature', {
        id: a.id,
        version: a.version,
        signature: {
          organisationId: party.organisationId,
          name: 'Namn Namnsson',
          title: 'Ordförande',
          place: 'Malmö',
          date: decisionDate,
        },
      });
    a = await must('agreements:transition', { id: a.id, version: a.version, request: { to: 'signed' } });
    return must('agreements:transition', { id: a.id, version: a.version, request: { to: 'active' } });
  }

  /** The list: the menu always opens it, also from an agreement (issue 11). */
  async function showList() {
    await nav('Överenskommelser').click();
    await shown(heading('Överenskommelser'));
  }

  async function openAgreement(dnr: string, title: string) {
    await showList();
    await page().getByRole('button', { name: dnr, exact: true }).click();
    await shown(heading(title));
  }

  it('starts with two active agreements and Översikt asking for the extension decision', async () => {
    await fixture.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Malmö stad',
      admin: { username: 'karin', displayName: 'Karin Handläggare', password: adminPassword },
    });
    const ids = {} as Record<OrgKey, number>;
    for (const key of Object.keys(registerEntries) as OrgKey[])
      ids[key] = (await fixture.must('organisations:create', organisationInput(key))).id;
    threeParty = await activate(withCriteria(malmoRegionRedCross(ids)), '2020-12-10');
    partnership = await activate(withCriteria(umbrella(ids, '2024-01-01')), '2023-12-01');
    expect(threeParty.status).toBe('active');
    expect(partnership.data.notice.months).toBe(4);

    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    const row = page().getByRole('row').filter({ hasText: 'Sista dag för beslut om förlängning' });
    await shown(row);
    expect(await row.textContent()).toContain('2024-03-31');
    await visit('amendments-01-overview-extension-due');
  });

  it('the summary offers to extend up to the maximum, and the editor points to amendments', async () => {
    await openAgreement('2.3.4-565/2021', threeParty.data.title);
    await shown(page().getByRole('heading', { name: 'Period och parter' }));
    await shown(page().getByText('Kan förlängas till som längst 2026-12-31.'));
    // The extension button is reachable from the keyboard.
    const extend = page().getByRole('button', { name: 'Förläng', exact: true });
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page().keyboard.press('Tab');
      reached = await extend.evaluate((el) => el === el.ownerDocument.activeElement);
    }
    expect(reached).toBe(true);
    await visit('amendments-02-summary-extendable');

    await tab('Innehåll').click();
    await shown(page().getByText('Alla andra villkor ändras nu bara genom tilläggsavtal.', { exact: false }));
    await shown(page().getByRole('button', { name: 'Ändra villkor genom tilläggsavtal' }));
    await visit('amendments-03-editor-decided');
    await tab('Sammanfattning').click();
  });

  it('Förläng opens an amendment with the new end; beyond the maximum it is refused and nothing typed is lost', async () => {
    await page().getByRole('button', { name: 'Förläng', exact: true }).click();
    await shown(page().getByRole('heading', { name: 'Nytt tilläggsavtal' }));
    const end = page().getByLabel('Slutdatum', { exact: true });
    expect(await end.inputValue()).toBe('2026-12-31');
    await shown(
      page().getByText(
        'Nuvarande slutdatum är 2024-12-31. Överenskommelsen kan som längst förlängas till 2026-12-31.',
      ),
    );
    await page().getByLabel('Diarienummer för tilläggsavtalet').fill('2.3.4-101/2024');
    await page()
      .getByLabel('Skäl till ändringen')
      .fill('Förlängning med två år enligt avsnittet om förlängning.');
    // Budget years for the years added (a copy of the last year each).
    const copyYear = page().getByRole('button', { name: 'Lägg till år som kopia av det sista' });
    await copyYear.click();
    await copyYear.click();
    await end.fill('2027-12-31');
    await page().getByRole('button', { name: 'Spara utkast till tilläggsavtal' }).click();
    await shown(page().getByText('Tilläggsavtalet sparades inte'));
    await shown(
      page().getByText('Förlängningen går längre än överenskommelsen tillåter', { exact: false }).first(),
    );
    expect(await end.inputValue()).toBe('2027-12-31');
    expect(await page().getByLabel('Diarienummer för tilläggsavtalet').inputValue()).toBe('2.3.4-101/2024');
    expect((await inDb(threeParty.id)).life.amendments).toEqual([]);
    await visit('amendments-04-refused-beyond-max');

    await end.fill('2026-12-31');
    await page().getByRole('button', { name: 'Spara utkast till tilläggsavtal' }).click();
    await shown(page().getByText('Utkastet till tilläggsavtal är sparat.'));
    await shown(page().getByRole('heading', { name: 'Tilläggsavtal 1 · Dnr 2.3.4-101/2024' }));
    const saved = await inDb(threeParty.id);
    expect(saved.life.amendments[0]).toMatchObject({ status: 'draft', sections: ['economy', 'period'] });
    expect(saved.data.period.end).toBe('2024-12-31');
    await visit('amendments-05-draft');
  });

  it('draft → beslutad → undertecknad by every party → gällande', async () => {
    await page().getByRole('button', { name: 'Registrera beslut' }).click();
    const dialog = page().getByRole('dialog', { name: 'Beslut om tilläggsavtal 1' });
    await shown(dialog);
    await dialog.getByLabel('Beslutsdatum').fill('2024-02-28');
    await dialog.getByLabel('Paragraf').fill('§ 12');
    await visit('amendments-06-decision');
    await dialog.getByRole('button', { name: 'Spara beslutet' }).click();
    await shown(page().getByText('Tilläggsavtal 1 är beslutat.'));

    const form = page().getByRole('form', { name: 'Registrera underskrift av tilläggsavtal 1' });
    for (const [party, name] of [
      ['Region Skåne', 'Anna Region'],
      ['Malmö stad', 'Bo Stad'],
      ['Svenska Röda Korset', 'Cecilia Kors'],
    ] as const) {
      await chooseOption(form, 'Part', party);
      await form.getByLabel('Namn', { exact: true }).fill(name);
      await form.getByLabel('Ort', { exact: true }).fill('Malmö');
      await form.getByLabel('Datum', { exact: true }).fill('2024-03-01');
      if (party === 'Malmö stad') await visit('amendments-07-signing');
      await form.getByRole('button', { name: 'Spara underskriften' }).click();
      await shown(page().getByText(`Underskriften för ${party} är registrerad.`));
    }
    await shown(page().getByRole('button', { name: 'Sätt i kraft' }));
    expect((await inDb(threeParty.id)).life.amendments[0]!.status).toBe('signed');

    await page().getByRole('button', { name: 'Sätt i kraft' }).click();
    const confirm = page().getByRole('dialog', { name: 'Sätta tilläggsavtal 1 i kraft?' });
    await shown(confirm);
    await visit('amendments-08-confirm-in-force');
    await confirm.getByRole('button', { name: 'Sätt i kraft' }).click();
    await shown(page().getByText('Tilläggsavtal 1 gäller nu.'));
    await shown(page().getByText('Förlänger överenskommelsen från 2024-12-31 till 2026-12-31.'));
    const saved = await inDb(threeParty.id);
    expect(saved.life.amendments[0]!.status).toBe('inForce');
    expect(saved.data.period.end).toBe('2026-12-31');
    await visit('amendments-09-in-force');
  });

  it('the new end shows on the summary, the list, Översikt and the payment schedule', async () => {
    await tab('Sammanfattning').click();
    await shown(page().getByText('Gäller 2021-01-01 – 2026-12-31.'));
    await shown(page().getByText('Ursprungligt slutdatum: 2024-12-31.'));
    await shown(page().getByText('Förlängd så långt villkoren tillåter (2026-12-31).'));
    await visit('amendments-10-summary-extended');

    await tab('Ekonomi').click();
    const schedule = page().getByRole('table', { name: 'Utbetalningsplan' });
    await shown(schedule);
    expect(await schedule.textContent()).toContain('2026-01-31');
    await visit('amendments-11-schedule-to-2026');

    await showList();
    const listed = page().getByRole('row').filter({ hasText: '2.3.4-565/2021' });
    await shown(listed);
    expect(await listed.textContent()).toContain('2026-12-31');
    await nav('Översikt').click();
    await shown(heading('Översikt'));
    await page().waitForLoadState('networkidle');
    expect(
      await page()
        .getByRole('row')
        .filter({ hasText: '2.3.4-565/2021' })
        .filter({ hasText: 'förlängning' })
        .count(),
    ).toBe(0);
    await visit('amendments-12-overview-after');
  });

  it('one organisation leaves the umbrella partnership with 4 months’ notice, confirmed first; the others go on', async () => {
    await openAgreement('KS/2016:7', partnership.data.title);
    await page().getByRole('button', { name: 'Registrera uppsägning' }).click();
    const dialog = page().getByRole('dialog', { name: 'Uppsägning' });
    await shown(dialog);
    await dialog.getByRole('radio', { name: 'En part lämnar, de andra fortsätter' }).check();
    await chooseOption(dialog, 'Part som lämnar', 'Rädda Barnen');
    await dialog.getByLabel('Datum för uppsägningen').fill('2024-03-01');
    await shown(
      dialog.getByText('Uppsägningstiden är 4 månader efter skriftlig uppsägning till styrgruppen.'),
    );
    await visit('amendments-13-notice-form');
    await dialog.getByRole('button', { name: 'Fortsätt' }).click();
    await shown(dialog.getByText('En uppsägning binder'));
    await shown(dialog.getByText('Rädda Barnen lämnar 2024-07-01', { exact: false }));
    await visit('amendments-14-notice-confirm');
    expect((await inDb(partnership.id)).life.notices).toEqual([]);
    // Confirmed from the keyboard.
    await dialog.getByRole('button', { name: 'Registrera uppsägningen' }).focus();
    await page().keyboard.press('Enter');
    await shown(page().getByText('Uppsägningen är registrerad. Rädda Barnen lämnar överenskommelsen.'));
    await shown(page().getByText('Rädda Barnen lämnar överenskommelsen 2024-07-01.'));
    await shown(page().getByRole('button', { name: 'Ångra felregistrering' }));
    await shown(page().getByRole('button', { name: 'Återta (parterna är överens)' }));
    const saved = await inDb(partnership.id);
    expect(saved.status).toBe('active');
    expect(saved.life.notices[0]).toMatchObject({ scope: 'party', endsOn: '2024-07-01', undoable: true });
    await visit('amendments-15-party-leaving');
  });

  it('shown as in force on 2024-08-01 the partnership goes on without the organisation that left', async () => {
    await page().getByRole('textbox', { name: 'Visa som gällande den' }).fill('2024-08-01');
    await page().getByRole('button', { name: 'Visa', exact: true }).click();
    await shown(page().getByText('Visar överenskommelsen som den gällde den 2024-08-01'));
    const parties = page().getByRole('list', { name: 'Parter' });
    await shown(parties);
    const text = (await parties.textContent()) ?? '';
    expect(text).toContain('Svenska Röda Korset');
    expect(text).toContain('Stockholms stadsmission');
    expect(text).toContain('Rädda Barnen – lämnade överenskommelsen 2024-07-01');
    // Nothing can be changed in the view of another date.
    expect(await page().getByRole('button', { name: 'Registrera uppsägning' }).count()).toBe(0);
    await visit('amendments-16-as-of-after-leaving');
    await page().getByRole('button', { name: 'Visa idag' }).click();
    await shown(page().getByRole('button', { name: 'Registrera uppsägning' }));
  });

  it('kept the page inside the app', () => {
    expect(fixture.bridge.violations).toEqual([]);
  });
});
