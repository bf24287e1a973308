// The district's side of the exchange: a caseworker sends a referral from the
// child's page. Without the custodians' consent under SoL it is refused with
// the reason; with both custodians ticked it is saved as a package that the
// organisation's installation opens. Screenshots and axe.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeEntryUrl, launchBridge, type Bridge } from '../support/chromium-bridge';
import { adminPassword, createInstalledApp, createTempApp, type TempApp } from '../support/temp-app';
import { childInput, createAgreement, programmeInput } from '../support/support-groups/fixtures';
import { as, introduce } from '../support/exchange';
import { addUser, passwordOf, signIn } from '../support/users';
import { expectAccessible } from './support/accessibility';
import { rendererDir } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

let district: TempApp;
let org: TempApp;
let bridge: Bridge;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-referral-'));
  district = createTempApp(undefined, {
    senderUrl: bridgeEntryUrl,
    pickers: { chooseFolder: async () => folder, chooseFile: async () => null },
  });
  org = await createInstalledApp();
  bridge = await launchBridge({ app: district, rendererDir });
  bridge.page.setDefaultTimeout(15_000);
}, 120_000);

afterAll(async () => {
  await bridge?.dispose();
  await district?.dispose();
  await org?.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('sending a referral', () => {
  stepwise();
  const page = () => bridge.page;
  const dialog = () => page().getByRole('dialog');
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  let childName = '';

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('setup: both installations know and verified each other; a child under SoL with two custodians', async () => {
    await district.must('installation:setup', {
      organisationName: 'Malmö stad',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    await addUser(district, 'caseworker', 'karin');
    await district.must('exchange:createIdentity', { organisationName: 'Malmö stad', orgNumber: '212000-1124', installationName: 'Socialtjänsten Norr' });
    await addUser(org, 'coordinator', 'kim');
    await org.must('exchange:createIdentity', { organisationName: 'Svenska Röda Korset', orgNumber: '802002-8711', installationName: 'Stödgrupper Malmö' });
    await org.must('programmes:create', programmeInput(await createAgreement(org)));
    await introduce(org, district, folder);
    await introduce(district, org, folder);
    await signIn(district, 'karin', passwordOf('karin'));
    const child = await district.must('children:create', childInput());
    childName = child.name;
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Barn' }).click();
    await page().getByRole('button', { name: childName }).click();
    await shown(heading(childName));
  });

  it('without the custodians’ consent the referral is refused with the reason', async () => {
    await page().getByRole('button', { name: 'Skicka anmälan' }).click();
    await shown(dialog().getByText(`Anmälan av ${childName} till en partner`));
    await dialog().getByLabel('Insats').fill('Stödgrupp för familjehemsplacerade barn');
    await dialog().getByRole('checkbox', { name: 'Anna Tolvansson' }).check();
    await dialog().getByLabel('Samtycket gavs (datum)').fill('2026-02-20');
    await dialog().getByRole('button', { name: 'Skapa anmälan' }).click();
    await shown(dialog().getByText(/samtycke till att lämna uppgifter saknas/));
    await visit('exchange-referral-01-refused');
  });

  it('with both custodians it is saved, and the organisation can open it', async () => {
    await dialog().getByRole('checkbox', { name: 'Bertil Tolvansson' }).check();
    await dialog().getByRole('button', { name: 'Skapa anmälan' }).click();
    const saved = dialog().getByText(/Anmälan sparades: .*\.iop\.age\./);
    await shown(saved);
    await visit('exchange-referral-02-saved');
    const path = /sparades: (.*\.iop\.age)\./.exec((await saved.textContent()) ?? '')![1]!;
    await as(org, 'coordinator');
    const preview = await org.must('exchange:open', { path });
    expect(preview.items.filter((i) => i.action === 'recordConsent')).toHaveLength(4);
  });

  it('a consent withdrawal sent from the child’s page pauses the enrolment at the organisation', async () => {
    const referral = (await org.must('exchange:packages', {})).length;
    expect(referral).toBe(0);
    const path = readdirSync(folder, { recursive: true, encoding: 'utf8' }).find((n) => n.includes('Anmälan till'))!;
    const imported = await org.must('exchange:import', { path: join(folder, path), confirmed: true });
    const enrolmentId = (await org.must('children:get', { id: imported.childIds[0]! })).enrolments[0]!.id;
    await page().getByRole('button', { name: 'Stäng' }).first().click();
    await page().getByRole('button', { name: 'Skicka ändrat samtycke' }).click();
    await shown(dialog().getByText(`Ändrat samtycke för ${childName}`));
    await dialog().getByLabel('Datum för beslutet').fill('2026-03-01');
    await visit('exchange-referral-03-consent-change');
    await dialog().getByRole('button', { name: 'Skapa paket' }).click();
    const saved = dialog().getByText(/Paketet sparades: .*\.iop\.age\./);
    await shown(saved);
    const changePath = /sparades: (.*\.iop\.age)\./.exec((await saved.textContent()) ?? '')![1]!;
    await org.must('exchange:import', { path: changePath, confirmed: true });
    expect(await org.must('enrolments:get', { id: enrolmentId })).toMatchObject({ paused: true });
  });

  it('the list of packages shows which the partner confirmed', async () => {
    const referralIn = (await org.must('exchange:packages', {})).find((p) => p.kind === 'referral')!;
    const receipt = await org.must('exchange:makeReceipt', { packageId: referralIn.packageId, folder: mkdtempSync(join(folder, 'kv-')) });
    await district.must('exchange:import', { path: receipt.path, confirmed: true });
    await page().getByRole('button', { name: 'Stäng' }).first().click();
    await page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Barn' }).click();
    await page().getByRole('button', { name: 'Paket', exact: true }).click();
    await shown(dialog().getByRole('cell', { name: 'Anmälan (skickat)' }));
    await shown(dialog().getByText('Kvitterat 2026-03-02'));
    await shown(dialog().getByText('Väntar på kvittens'));
    await visit('exchange-referral-04-packages');
  });

  it('a report from the organisation is kept and saved from the list', async () => {
    const agreementId = (await org.must('reports:agreements', {}))[0]!.id;
    const partnerId = (await org.must('exchange:partners', {}))[0]!.id;
    const made = await org.must('exchange:makeReport', { partnerId, agreementId, year: 2026, folder: mkdtempSync(join(folder, 'rap-')) });
    await district.must('exchange:import', { path: made.path, confirmed: true });
    await page().getByRole('button', { name: 'Stäng' }).first().click();
    await page().getByRole('button', { name: 'Paket', exact: true }).click();
    await page().getByRole('button', { name: 'Spara rapport' }).click();
    await shown(dialog().getByText(/Filen sparades: .*\.json/));
    await visit('exchange-referral-05-report-saved');
    const saved = /sparades: (.*\.json)/.exec((await dialog().getByText(/Filen sparades/).textContent()) ?? '')![1]!;
    expect(saved).toMatch(/Rapport [0-9a-f]{8} rapport\.json$/);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ kind: 'annual', scope: { kind: 'agreement' } });
    // Its receipt is made from the same list.
    await dialog().getByRole('button', { name: 'Spara kvittens' }).click();
    await shown(dialog().getByText(/Filen sparades: .*Kvittens till Svenska Röda Korset.*\.iop\.age/));
    await shown(dialog().getByText('Kvittens skapad 2026-03-02'));
  });
});
