// Templates tell the truth, seen as a caseworker sees it: the umbrella
// partnership from its template has no budget (the template knows no amounts),
// so its economy clause is marked in the editor; choosing "not known yet" for
// the notice period marks the notice clause too; "Skicka för beslut" lists
// both by clause and is refused, nothing changed; choosing "Ingen
// uppsägningstid" is a valid answer and the clause then reads "utan
// uppsägningstid". Screenshots of each screen, axe clean.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/main/app/create-app';
import { fixedClock } from '../../src/main/base/clock';
import { testKdf } from '../../src/main/keyring/kdf';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract';
import {
  organisationInput,
  registerEntries,
  umbrellaTemplateDraft,
  withCriteria,
  type OrgKey,
} from '../support/agreements/fixtures';
import { bridgeEntryUrl, isBridgeSender, launchBridge, type Bridge } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

const budgetMessage = 'Klausulen bygger på budgeten men budgeten är tom.';
const noticeMessage = 'Klausulen handlar om uppsägning men uppsägningstiden är inte angiven.';

describe('templates: clauses that disagree with their fields', () => {
  const fixture = {} as {
    app: App;
    bridge: Bridge;
    page: Page;
    dataDir: string;
    agreementId: number;
    must: <C extends Channel>(c: C, i: ChannelInput<C>) => Promise<ChannelOutput<C>>;
  };
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-templates-'));
    const app = createApp({
      dataDir,
      clock: fixedClock('2026-03-02T09:00:00.000Z'),
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
  stepwise();

  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const tab = (name: string) => page().getByRole('tab', { name });
  const saved = () => fixture.must('agreements:get', { id: fixture.agreementId });
  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('an umbrella draft from the template, criteria justified', async () => {
    await fixture.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Malmö stad',
      admin: { username: 'karin', displayName: 'Karin Handläggare', password: adminPassword },
    });
    const ids = {} as Record<OrgKey, number>;
    for (const key of Object.keys(registerEntries) as OrgKey[])
      ids[key] = (await fixture.must('organisations:create', organisationInput(key))).id;
    const created = await fixture.must('agreements:create', {
      data: withCriteria(umbrellaTemplateDraft(ids, '2026-01-01')),
    });
    fixture.agreementId = created.id;
    expect(created.data.economy.years).toEqual([]);

    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await page()
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('button', { name: 'Överenskommelser' })
      .click();
    await page().getByRole('button', { name: 'KS/2016:7' }).click();
    await shown(heading('Paraplypartnerskap för barn och unga i utsatta situationer'));
  });

  it('the editor marks the economy clause, and the notice clause once its period is "not known yet"', async () => {
    await tab('Innehåll').click();
    const clauses = page().getByRole('group', { name: 'Avtalstexter' });
    await shown(clauses);
    await shown(clauses.getByText(budgetMessage, { exact: false }));
    expect(await clauses.getByText(noticeMessage, { exact: false }).count()).toBe(0);

    const period = page().getByRole('group', { name: 'Period, förlängning och uppsägning' });
    await period.getByRole('radio', { name: 'Inte känd ännu' }).check();
    await shown(clauses.getByText(noticeMessage, { exact: false }));
    // Beside its own clause: the notice clause (the third) carries the warning, no other does.
    const noticeClause = clauses.locator('.agr-subsection').nth(2);
    expect(await noticeClause.getByRole('textbox', { name: 'Text' }).inputValue()).toContain(
      '{{uppsägningsvillkor}}',
    );
    await shown(noticeClause.getByText(noticeMessage, { exact: false }));
    expect(await clauses.getByText(noticeMessage, { exact: false }).count()).toBe(1);
    await period.scrollIntoViewIfNeeded();
    await visit('templates-01-editor-notice-unknown');
    await clauses.getByText(noticeMessage, { exact: false }).scrollIntoViewIfNeeded();
    await page().screenshot({ path: resolve('test/e2e/screenshots/templates-02-clause-warnings.png') });

    await page().getByRole('button', { name: 'Spara version' }).click();
    await shown(page().getByText('Sparat som version 2.'));
    expect((await saved()).data.notice.months).toBeNull();
  });

  it('"Skicka för beslut" lists both by clause and is refused; nothing changes', async () => {
    await tab('Sammanfattning').click();
    const missing = page().getByRole('list', { name: 'Det här saknas först:' });
    await shown(missing.getByText(`Ersättning och betalning: ${budgetMessage}`, { exact: false }));
    await shown(missing.getByText(`Uppsägning: ${noticeMessage}`, { exact: false }));
    await page().getByRole('button', { name: 'Skicka för beslut' }).click();
    const refusal = page().getByRole('alert').filter({ hasText: 'Statusen kan inte ändras ännu.' });
    await shown(refusal);
    await shown(refusal.getByText(`Uppsägning: ${noticeMessage}`, { exact: false }));
    const after = await saved();
    expect(after.status).toBe('draft');
    expect(after.revisionCount).toBe(2);
    await visit('templates-03-for-decision-refused');
  });

  it('"Ingen uppsägningstid" is a valid answer: the notice clause then reads "utan uppsägningstid"', async () => {
    await tab('Innehåll').click();
    const period = page().getByRole('group', { name: 'Period, förlängning och uppsägning' });
    await shown(period);
    const clauses = page().getByRole('group', { name: 'Avtalstexter' });
    // A number of months: the field appears empty, and the clause follows what is typed.
    await period.getByRole('radio', { name: 'Ett antal månader' }).check();
    const months = period.getByRole('textbox', { name: 'Uppsägningstid (månader)' });
    expect(await months.inputValue()).toBe('');
    await months.fill('6');
    await shown(
      clauses.getByText('Varje part kan säga upp överenskommelsen med 6 månaders uppsägningstid.', {
        exact: false,
      }),
    );
    expect(await clauses.getByText(noticeMessage, { exact: false }).count()).toBe(0);

    await period.getByRole('radio', { name: 'Ingen uppsägningstid' }).check();
    await shown(
      clauses.getByText('Varje part kan säga upp överenskommelsen utan uppsägningstid.', { exact: false }),
    );
    expect(await clauses.getByText(noticeMessage, { exact: false }).count()).toBe(0);
    await page().getByRole('button', { name: 'Spara version' }).click();
    await shown(page().getByText('Sparat som version 3.'));
    expect((await saved()).data.notice.months).toBe(0);
    await visit('templates-04-no-notice-period');
    // The period section on its own, to look at the three notice choices.
    await period.screenshot({ path: resolve('test/e2e/screenshots/templates-05-notice-choices.png') });
  });

  it('kept the page inside the app', () => {
    expect(fixture.bridge.violations).toEqual([]);
  });
});
