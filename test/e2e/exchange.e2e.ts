// The partner exchange as people see it: the admin's Partnerutbyte tab (the
// identity with its fingerprint, the partner verified), then a coordinator at
// the organisation opens a referral package from the district: the preview
// says exactly what will happen and nothing changes until "Importera"; after
// it the child is in the list and the receipt is saved for the sender. Every
// screen is screenshotted and checked with axe.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeEntryUrl, launchBridge, type Bridge } from '../support/chromium-bridge';
import { adminPassword, createInstalledApp, createTempApp, type TempApp } from '../support/temp-app';
import { childInput, createAgreement, groupInput, programmeInput } from '../support/support-groups/fixtures';
import { introduce } from '../support/exchange';
import { addUser, signIn } from '../support/users';
import { expectAccessible } from './support/accessibility';
import { rendererDir } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

let org: TempApp;
let district: TempApp;
let bridge: Bridge;
let folder: string;
/** What the OS file dialog answers next. */
let nextFile: string | null = null;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-exchange-'));
  org = createTempApp(undefined, {
    senderUrl: bridgeEntryUrl,
    pickers: { chooseFolder: async () => folder, chooseFile: async () => nextFile },
  });
  district = await createInstalledApp();
  bridge = await launchBridge({ app: org, rendererDir });
  bridge.page.setDefaultTimeout(15_000);
}, 120_000);

afterAll(async () => {
  await bridge?.dispose();
  await org?.dispose();
  await district?.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('partner exchange', () => {
  stepwise();
  const page = () => bridge.page;
  const heading = (name: string | RegExp, level = 1) => page().getByRole('heading', { level, name });
  const nav = (name: string) => page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const dialog = () => page().getByRole('dialog');
  let referral: string;

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('setup: two installations with identities; the organisation has a programme', async () => {
    await org.must('installation:setup', {
      organisationName: 'Svenska Röda Korset',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    await addUser(org, 'coordinator', 'kim');
    await org.must('exchange:createIdentity', { organisationName: 'Svenska Röda Korset', orgNumber: '802002-8711', installationName: 'Stödgrupper Malmö' });
    const agreementId = await createAgreement(org);
    const programme = await org.must('programmes:create', programmeInput(agreementId));
    await org.must('supportGroups:create', groupInput(programme.id));
    await addUser(district, 'caseworker', 'karin');
    await district.must('exchange:createIdentity', { organisationName: 'Malmö stad', orgNumber: '212000-1124', installationName: 'Socialtjänsten Norr' });
    await introduce(org, district, folder);
  });

  it('the admin imports the district’s card and confirms the fingerprint read over the phone', async () => {
    const { path } = await district.must('exchange:exportCard', { folder: mkdtempSync(join(folder, 'card-')) });
    const districtFingerprint = (await district.must('exchange:identity', {}))!.fingerprint;
    await page().goto(bridgeEntryUrl);
    await signIn(org, 'admin', adminPassword);
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await nav('Administration').click();
    await page().getByRole('tab', { name: 'Partnerutbyte' }).click();
    await shown(page().getByText('Den här installationens identitet'));
    await visit('exchange-01-identity');
    nextFile = path;
    await page().getByRole('button', { name: 'Importera kontaktkort' }).click();
    await shown(dialog().getByText('Jämför fingeravtrycket'));
    await dialog().getByLabel('Fingeravtryck som partnern läste upp').fill(districtFingerprint);
    await dialog().getByLabel('Jämfört med (namn hos partnern)').fill('Sara Lind');
    await visit('exchange-02-card-dialog');
    await dialog().getByRole('button', { name: 'Importera och bekräfta' }).click();
    await shown(page().getByText('Partnern är verifierad.'));
    await shown(page().getByRole('cell', { name: 'Malmö stad Socialtjänsten Norr' }));
    await shown(page().getByText('Verifierad', { exact: true }));
    await visit('exchange-03-partners');
  });

  it('the district refers a child (under LVU: no custodian consent needed)', async () => {
    await signIn(district, 'karin', 'karin-eget-lösenord-2026');
    const partnerId = (await district.must('exchange:partners', {}))[0]!.id;
    const child = await district.must(
      'children:create',
      childInput({ name: 'Saga Exempelsson', placementBasis: 'LVU', identityKind: 'none', identityNumber: '', birthYear: 2015 }),
    );
    referral = (
      await district.must('exchange:makeReferral', {
        partnerId,
        folder: mkdtempSync(join(folder, 'ref-')),
        referrals: [{ childId: child.id, programme: 'Stödgrupp för familjehemsplacerade barn', consents: [] }],
      })
    ).path;
  });

  it('a coordinator opens the package: the preview, and nothing changed yet', async () => {
    await signIn(org, 'kim', 'kim-eget-lösenord-2026');
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await nav('Barn').click();
    await shown(heading('Barn'));
    nextFile = referral;
    await page().getByRole('button', { name: 'Öppna paket' }).click();
    await shown(dialog().getByText('Anmälan från Malmö stad'));
    await shown(dialog().getByRole('cell', { name: 'Nytt barn' }));
    await shown(dialog().getByRole('cell', { name: 'Saga Exempelsson (född 2015)' }).first());
    await visit('exchange-04-preview');
    expect(await org.must('children:list', {})).toEqual([]);
  });

  it('imports: the child appears, and the receipt is saved for the district', async () => {
    await dialog().getByRole('button', { name: 'Importera' }).click();
    await shown(dialog().getByText('Importerat: 1 nya, 0 uppdaterade.'));
    await dialog().getByRole('button', { name: 'Spara kvittens' }).click();
    const saved = dialog().getByText(/Kvittensen sparades: .*\.iop\.age\. Skicka den till avsändaren\./);
    await shown(saved);
    await visit('exchange-05-imported');
    const receiptPath = /sparades: (.*\.iop\.age)\./.exec((await saved.textContent()) ?? '')![1]!;
    expect(existsSync(receiptPath)).toBe(true);
    await dialog().getByRole('button', { name: 'Stäng' }).first().click();
    await shown(page().getByRole('button', { name: 'Saga Exempelsson' }));
    await visit('exchange-06-child-in-list');
    // The district takes the receipt: its referral is confirmed.
    await district.must('exchange:import', { path: receiptPath, confirmed: true });
    const sent = (await district.must('exchange:packages', {})).find((p) => p.kind === 'referral')!;
    expect(sent.receiptAt).not.toBeNull();
  });

  it('the coordinator sends the registration notice from the enrolment page; the district’s receipt marks it informed', async () => {
    const child = (await org.must('children:list', {}))[0]!;
    const enrolmentId = (await org.must('children:get', { id: child.id })).enrolments[0]!.id;
    const e = await org.must('enrolments:get', { id: enrolmentId });
    const groupId = (await org.must('supportGroups:list', {}))[0]!.id;
    await org.must('enrolments:transition', { id: e.id, version: e.version, to: 'offered', groupId });
    await page().goto(`${bridgeEntryUrl}#/enrolments/${enrolmentId}`);
    await page().getByRole('button', { name: 'Skicka besked till socialtjänsten' }).click();
    await shown(dialog().getByText('Besked om inskrivning'));
    await dialog().getByRole('button', { name: 'Skapa paket' }).click();
    const saved = dialog().getByText(/Paketet sparades: .*\.iop\.age\./);
    await shown(saved);
    await visit('exchange-07-notice-sent');
    const path = /sparades: (.*\.iop\.age)\./.exec((await saved.textContent()) ?? '')![1]!;
    await district.must('exchange:import', { path, confirmed: true });
    const notice = (await district.must('exchange:packages', {})).find((p) => p.kind === 'registrationNotice')!;
    const receipt = await district.must('exchange:makeReceipt', { packageId: notice.packageId, folder: mkdtempSync(join(folder, 'r-')) });
    await org.must('exchange:import', { path: receipt.path, confirmed: true });
    expect((await org.must('enrolments:get', { id: enrolmentId })).notice?.informedOn).toBe('2026-03-02');
  });
});
