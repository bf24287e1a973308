// Partner exchange from the screens, both sides. The organisation links the
// district's partner to Farsta (Administration → Partnerutbyte → Koppla),
// sends the 2025 annual report from Rapporter (Skicka rapport till partner)
// and hands the finished spring group back from the gallring view (Återför
// till partner). The district imports both, then shows the report's figures
// from the package list and saves the hand-back's CSV. Screenshots and axe.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeEntryUrl, launchBridge, type Bridge } from '../support/chromium-bridge';
import { adminPassword, createTempApp, type TempApp } from '../support/temp-app';
import { buildFixture, fixtureChildren } from '../support/reports/report-fixture';
import { introduce } from '../support/exchange';
import { registerAll, stockholmBris } from '../support/agreements/fixtures';
import { create } from '../support/agreements/helpers';
import { childInput } from '../support/support-groups/fixtures';
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
const made: { report?: string; handBack?: string } = {};
let brisAgreementAtOrg = 0;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-exchange-report-'));
  const options = { senderUrl: bridgeEntryUrl, pickers: { chooseFolder: async () => folder, chooseFile: async () => null } };
  org = createTempApp(undefined, options);
  district = createTempApp(undefined, options);
  bridge = await launchBridge({ app: org, rendererDir });
  bridge.page.setDefaultTimeout(15_000);
}, 120_000);

afterAll(async () => {
  await bridge?.dispose();
  await district?.dispose();
  await org?.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('report and hand-back to a partner, from the screens', () => {
  stepwise();
  const page = () => bridge.page;
  const dialog = () => page().getByRole('dialog');
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) => page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('setup: the organisation with the 2025 fixture year; both installations verified each other', async () => {
    await org.must('installation:setup', {
      organisationName: 'Stödgruppsföreningen',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    await buildFixture(org);
    await addUser(org, 'coordinator', 'kim');
    await org.must('exchange:createIdentity', { organisationName: 'Stödgruppsföreningen', orgNumber: '802002-8711', installationName: 'Stödgrupper' });
    await district.must('installation:setup', {
      organisationName: 'Exempelstaden',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    await addUser(district, 'caseworker', 'karin');
    await district.must('exchange:createIdentity', { organisationName: 'Exempelstaden', orgNumber: '212000-1124', installationName: 'Socialtjänsten Farsta' });
    // The Stockholm–Bris agreement on both sides, its structured commitments the same.
    const orgIds = await registerAll(org);
    brisAgreementAtOrg = (await create(org, stockholmBris(orgIds, '2025-01-01'))).id;
    const districtIds = await registerAll(district);
    await create(district, stockholmBris(districtIds, '2025-01-01'));
    const orgAtDistrict = await introduce(org, district, folder);
    await introduce(district, org, folder);
    await district.must('exchange:linkPartner', { partnerId: orgAtDistrict, organisationId: districtIds.bris, district: '' });
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('the admin links the partner to the district Farsta', async () => {
    await nav('Administration').click();
    await page().getByRole('tab', { name: 'Partnerutbyte' }).click();
    await page().getByRole('button', { name: 'Koppla: Exempelstaden' }).click();
    await shown(dialog().getByText('Koppla Exempelstaden'));
    await dialog().getByLabel('Stadsdel').fill('Far');
    await visit('exchange-report-01-link');
    await page().getByRole('option', { name: 'Farsta' }).click();
    await dialog().getByRole('button', { name: 'Spara koppling' }).click();
    await shown(page().getByText('Kopplad till: stadsdel Farsta'));
    await visit('exchange-report-02-linked');
    expect((await org.must('exchange:partners', {}))[0]).toMatchObject({ district: 'Farsta' });
  });

  it('the coordinator sends the 2025 annual report from Rapporter', async () => {
    await signIn(org, 'kim', passwordOf('kim'));
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await nav('Rapporter').click();
    await page().getByRole('button', { name: 'Skicka rapport till partner' }).click();
    await shown(dialog().getByText('Rapport till offentlig part'));
    await dialog().getByLabel('Överenskommelse').selectOption({ label: 'Stödgrupper för familjehemsplacerade barn (SN-2025/10)' });
    await dialog().getByLabel('År').selectOption('2025');
    await visit('exchange-report-03-send-report');
    await dialog().getByRole('button', { name: 'Skapa paket' }).click();
    const saved = dialog().getByText(/Paketet sparades: .*\.iop\.age\./);
    await shown(saved);
    made.report = /sparades: (.*\.iop\.age)\./.exec((await saved.textContent()) ?? '')![1]!;
    expect(made.report).toMatch(/Rapport till Exempelstaden .*\.iop\.age$/);
    await visit('exchange-report-04-report-saved');
    await dialog().getByRole('button', { name: 'Stäng' }).first().click();
  });

  it('the gallring view hands the spring group back to the partner (Återför till partner)', async () => {
    await page().getByRole('tab', { name: 'Gallring' }).click();
    await page().getByRole('checkbox', { name: 'Välj Vårgruppen 2025' }).check();
    await page().getByRole('button', { name: 'Återför till partner' }).click();
    await shown(dialog().getByText('Återföring med partnerns nyckel'));
    // The only verified partner is proposed.
    expect(await dialog().getByLabel('Partner').inputValue()).not.toBe('');
    await visit('exchange-report-05-hand-back');
    await dialog().getByRole('button', { name: 'Skapa paket' }).click();
    const saved = dialog().getByText(/Paketet sparades: .*\.iop\.age\./);
    await shown(saved);
    made.handBack = /sparades: (.*\.iop\.age)\./.exec((await saved.textContent()) ?? '')![1]!;
    expect(made.handBack).toMatch(/Återföring till Exempelstaden .*\.iop\.age$/);
    await visit('exchange-report-06-hand-back-saved');
    // It counts as the hand-back: the group may now be erased.
    expect((await org.must('exchange:packages', {})).map((p) => p.kind)).toContain('handBack');
  });

  it('the district shows the received report’s figures from the package list', async () => {
    await bridge.dispose();
    await signIn(district, 'karin', passwordOf('karin'));
    await district.must('exchange:import', { path: made.report!, confirmed: true });
    await district.must('exchange:import', { path: made.handBack!, confirmed: true });
    bridge = await launchBridge({ app: district, rendererDir });
    bridge.page.setDefaultTimeout(15_000);
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await nav('Barn').click();
    await page().getByRole('button', { name: 'Paket', exact: true }).click();
    await shown(dialog().getByRole('cell', { name: 'Rapport (mottaget)' }));
    await visit('exchange-report-07-packages');
    await dialog().getByRole('button', { name: 'Visa siffror' }).click();
    const figures = page().getByRole('dialog', { name: 'Mottagen rapport' });
    await shown(figures.getByText('Siffrorna kommer från partnerns installation.', { exact: false }));
    expect(await figures.getByRole('table').count()).toBeGreaterThan(3);
    const text = (await figures.textContent()) ?? '';
    expect(text).toContain('2025');
    for (const c of fixtureChildren) expect(text).not.toContain(c.name);
    await visit('exchange-report-08-figures');
    await figures.getByRole('button', { name: 'Stäng' }).first().click();
  });

  it('the district saves the hand-back’s CSV files, not only the PDF', async () => {
    await dialog().getByRole('button', { name: 'Spara inskrivningar.csv' }).click();
    const saved = dialog().getByText(/Filen sparades: .*\.csv/);
    await shown(saved);
    const path = /sparades: (.*\.csv)/.exec((await saved.textContent()) ?? '')![1]!;
    expect(path).toMatch(/Återföring [0-9a-f]{8} inskrivningar\.csv$/);
    expect(readFileSync(path, 'utf8')).toContain('Vårgruppen 2025');
    await shown(dialog().getByRole('button', { name: 'Spara aterforing.pdf' }));
    await visit('exchange-report-09-csv-saved');
  });

  it('the child’s page shows the referral sent about the child, awaiting its receipt', async () => {
    await page().keyboard.press('Escape');
    const child = await district.must('children:create', childInput());
    await district.must('exchange:makeReferral', {
      partnerId: (await district.must('exchange:partners', {}))[0]!.id,
      folder: mkdtempSync(join(folder, 'ref-')),
      referrals: [
        {
          childId: child.id,
          programme: 'Stödgrupp för familjehemsplacerade barn',
          consents: child.guardians.flatMap((g) =>
            (['participation', 'dataSharing'] as const).map((scope) => ({
              guardianId: g.id,
              scope,
              decision: 'given' as const,
              decidedOn: '2026-02-20',
              method: 'written' as const,
            })),
          ),
        },
      ],
    });
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await nav('Barn').click();
    await page().getByRole('button', { name: child.name }).click();
    await shown(heading(child.name));
    const sent = page().getByRole('table', { name: 'Skickat till partner' });
    await shown(sent.getByRole('cell', { name: 'Anmälan' }));
    await shown(sent.getByText('Väntar på kvittens'));
    await shown(sent.getByRole('cell', { name: 'Stödgruppsföreningen' }));
    await page().getByRole('heading', { name: 'Skickat till partner' }).scrollIntoViewIfNeeded();
    await visit('exchange-report-10-child-sent');
  });

  it('the agreement’s Åtaganden tab shows the partner’s report beside its commitments', async () => {
    const report = await org.must('exchange:makeReport', {
      partnerId: (await org.must('exchange:partners', {}))[0]!.id,
      agreementId: brisAgreementAtOrg,
      year: 2025,
      folder: mkdtempSync(join(folder, 'bris-')),
    });
    await district.must('exchange:import', { path: report.path, confirmed: true });
    await nav('Överenskommelser').click();
    await page().getByRole('button', { name: 'SN-2017/272' }).first().click();
    await page().getByRole('tab', { name: 'Åtaganden' }).click();
    const beside = page().getByRole('table', { name: 'Åtagandena enligt partnerns rapport' });
    await shown(beside);
    expect(await beside.getByRole('row').count()).toBeGreaterThan(1);
    await shown(page().getByRole('table', { name: 'Mottagna rapporter' }).getByRole('button', { name: /^Visa siffror: / }));
    await page().getByRole('heading', { name: 'Rapporter från partnern' }).scrollIntoViewIfNeeded();
    await visit('exchange-report-11-agreement-commitments');
  });
});
