// Printing from where the work is (issue 14), as a coordinator sees it: on a
// group's page the roster and an attendance sheet are saved as PDF (the
// protected child's contact details left out and the reveal offered only to
// roles that may reveal, and printed with them by a coordinator); from the group page to a child's enrolment, the
// consent form and the notice to social services, and "record handed over"
// which clears the gate's notice item. Screenshots of each screen and of the
// PDFs' first pages; axe clean.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeEntryUrl, launchBridge, type Bridge } from '../support/chromium-bridge';
import { pdfText } from '../support/agreements/document-text';
import {
  admittedChild,
  consentFromAll,
  createAgreement,
  groupInput,
  programmeInput,
  testNumber,
} from '../support/support-groups/fixtures';
import { adminPassword, createTempApp, type TempApp } from '../support/temp-app';
import { addUser } from '../support/users';
import { expectAccessible } from './support/accessibility';
import { rendererDir } from './support/bridged-app';
import { screenshot, screenshotDir } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
/** The protected child's details: on no screen and in no printout. */
const secrets = ['Lönnvägen 12', 'Döljeby', '070-313 13 13'];

let app: TempApp;
let bridge: Bridge;
let folder: string;
let coordinator = { username: '', password: '' };

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-printing-'));
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

/** The first page of a saved PDF as a picture in the screenshots folder. */
function pdfPicture(file: string, name: string) {
  execFileSync('/usr/bin/pdftoppm', [
    '-r',
    '70',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    join(folder, file),
    join(screenshotDir, name),
  ]);
}

describe('printing from the group page', () => {
  stepwise();
  const page = () => bridge.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    const html = await page().content();
    for (const secret of secrets) expect(html, `${secret} on ${name}`).not.toContain(secret);
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('setup: an open group with two admitted children, one of them with protected identity', async () => {
    await app.must('installation:setup', {
      organisationName: 'Exempelstadens socialförvaltning',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    const agreementId = await createAgreement(app);
    const programme = await app.must('programmes:create', programmeInput(agreementId));
    const group = await app.must('supportGroups:create', groupInput(programme.id));
    const { child, enrolment } = await admittedChild(app, group.id, programme.id);
    await consentFromAll(
      app,
      enrolment.id,
      child.guardians.map((g) => g.id),
    );
    await admittedChild(app, group.id, programme.id, {
      name: 'Sigrid Skyddad',
      identityNumber: testNumber('2015-06-01'),
      protectedIdentity: true,
      address: { street: secrets[0]!, postalCode: '123 45', city: secrets[1]! },
      fosterHome: {
        name: 'Familjen Gömd',
        phone: secrets[2]!,
        email: '',
        address: { street: '', postalCode: '', city: '' },
      },
    });
    coordinator = await addUser(app, 'coordinator', 'kim');
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('saves the roster as PDF: leaders, sessions, each child with age and who to call, the protected one masked', async () => {
    await nav('Stödgrupper').click();
    await shown(heading('Stödgrupper'));
    await page().getByRole('button', { name: 'Vårgruppen 2026' }).click();
    await shown(heading('Vårgruppen 2026'));
    const prints = page().getByRole('region', { name: 'Utskrifter' });
    await prints.scrollIntoViewIfNeeded();
    await visit('print-01-group-page');

    await prints.getByRole('button', { name: 'Grupplista som PDF' }).click();
    await shown(page().getByText('Grupplista Vårgruppen 2026.pdf är sparad.'));
    const text = pdfText(join(folder, 'Grupplista Vårgruppen 2026.pdf'));
    expect(text).toContain('Gruppledare Maria Svensson Ahmed Yusuf');
    expect(text).toContain('2026-04-22');
    expect(text).toMatch(/Tolvan Tolvansson 13 år Familjehem: Familjen/);
    expect(text).toContain('Sigrid Skyddad 10 år Skyddade personuppgifter');
    for (const secret of secrets) expect(text).not.toContain(secret);
    pdfPicture('Grupplista Vårgruppen 2026.pdf', 'print-02-roster-pdf');
    // The admin may not reveal: the offer says so instead of a button.
    await shown(prints.getByText('1 barn har skyddade personuppgifter.', { exact: false }));
    await shown(prints.getByText('Din roll får inte visa skyddade personuppgifter.'));
    expect(await prints.getByRole('button', { name: 'Skriv ut igen med skyddade uppgifter' }).count()).toBe(
      0,
    );
    await visit('print-03-roster-saved');
  });

  it('a coordinator may print the roster again with the protected details, and the reveal is logged', async () => {
    await page()
      .getByRole('button', { name: /Ada Admin/ })
      .click();
    await page().getByRole('menuitem', { name: 'Lås nu' }).click();
    await page().getByLabel('Användare').selectOption(coordinator.username);
    await page().getByLabel('Lösenord').fill(coordinator.password);
    await page().getByRole('button', { name: 'Lås upp' }).click();
    await shown(heading('Vårgruppen 2026'));
    const prints = page().getByRole('region', { name: 'Utskrifter' });
    await prints.getByRole('button', { name: 'Grupplista som PDF' }).click();
    await shown(page().getByText('Grupplista Vårgruppen 2026 (2).pdf är sparad.'));
    const reveal = prints.getByRole('button', { name: 'Skriv ut igen med skyddade uppgifter' });
    await shown(reveal);
    await visit('print-03b-reveal-offered');
    await reveal.click();
    await shown(page().getByText('Grupplista Vårgruppen 2026 (3).pdf är sparad.'));
    expect(pdfText(join(folder, 'Grupplista Vårgruppen 2026 (3).pdf'))).toContain(secrets[2]);
    const logged = await app.installation.db
      .selectFrom('audit_log')
      .select(['channel', 'entity_type'])
      .where('channel', 'like', 'printing:%')
      .orderBy('id')
      .execute();
    expect(logged.map((e) => e.channel)).toEqual([
      'printing:print',
      'printing:print',
      'printing:printRevealed',
    ]);
  });

  it('saves the attendance sheet of a chosen session, with the keyboard', async () => {
    const prints = page().getByRole('region', { name: 'Utskrifter' });
    const session = prints.getByLabel('Träff för närvarolistan');
    await session.selectOption({ label: 'Träff 3: 2026-03-18 kl. 17:00' });
    const button = prints.getByRole('button', { name: 'Närvarolista som PDF' });
    await button.focus();
    await page().keyboard.press('Enter');
    await shown(page().getByText('Närvarolista Vårgruppen 2026 2026-03-18.pdf är sparad.'));
    const text = pdfText(join(folder, 'Närvarolista Vårgruppen 2026 2026-03-18.pdf'));
    expect(text).toContain('Vårgruppen 2026 – träff 3, 2026-03-18');
    expect(text).toMatch(/Tolvan Tolvansson \[ +\] \[ +\]/);
    pdfPicture('Närvarolista Vårgruppen 2026 2026-03-18.pdf', 'print-04-attendance-pdf');
  });

  it('opens the child from the group page and saves the consent form and the notice', async () => {
    await page().getByRole('button', { name: 'Tolvan Tolvansson' }).click();
    await shown(heading('Tolvan Tolvansson – Stödgrupp för familjehemsplacerade barn'));
    const prints = page().getByRole('region', { name: 'Utskrifter' });
    await prints.scrollIntoViewIfNeeded();
    await visit('print-05-enrolment-page');

    await prints.getByRole('button', { name: 'Samtyckesblankett som PDF' }).click();
    const consentFile = 'Samtycke Stödgrupp för familjehemsplacerade barn Tolvan Tolvansson.pdf';
    await shown(page().getByText(`${consentFile} är sparad.`));
    const consent = pdfText(join(folder, consentFile));
    expect(consent).toContain('Samtycke till stödgrupp');
    expect(consent).toContain('Vilka uppgifter som delas och med vem');
    expect(consent).toContain('Rätt att återkalla samtycket');
    expect(consent).toContain('Vårdnadshavare: Anna Tolvansson');
    expect(consent).toContain('Vårdnadshavare: Bertil Tolvansson');
    pdfPicture(consentFile, 'print-06-consent-pdf');

    await prints.getByRole('button', { name: 'Meddelande till socialtjänsten som Word (DOCX)' }).click();
    await shown(page().getByText('Meddelande om anmälan Tolvan Tolvansson.docx är sparad.'));
  });

  it('records the notice as handed over: the gate is met with that date', async () => {
    await shown(page().getByText('Socialtjänsten har inte informerats om anmälan.'));
    const form = page().getByRole('form', { name: 'Registrera överlämnat' });
    await form.getByLabel('Överlämnat datum').fill('2026-03-01');
    await form.getByRole('button', { name: 'Registrera överlämnat' }).click();
    await shown(page().getByText('Meddelandet är registrerat som överlämnat 2026-03-01.'));
    await shown(page().getByText('Allt som krävs finns: barnet kan börja och närvaro kan registreras.'));
    await visit('print-07-handed-over');
    expect(readdirSync(folder).sort()).toEqual([
      'Grupplista Vårgruppen 2026 (2).pdf',
      'Grupplista Vårgruppen 2026 (3).pdf',
      'Grupplista Vårgruppen 2026.pdf',
      'Meddelande om anmälan Tolvan Tolvansson.docx',
      'Närvarolista Vårgruppen 2026 2026-03-18.pdf',
      'Samtycke Stödgrupp för familjehemsplacerade barn Tolvan Tolvansson.pdf',
    ]);
  });

  it('kept the page inside the app', () => {
    expect(bridge.violations).toEqual([]);
  });
});
