// Keeping the signed papers with the records (issue 14), as a caseworker
// sees it on the Stockholm–Bris agreement: the summary shows "Bilagda filer"
// → Bifoga fil… opens the (stand-in) OS dialog, which picks the scanned,
// signed agreement → it is listed with its name, PDF, its size in Swedish
// and who added it when → a program renamed to .pdf is refused with a clear
// Swedish message and nothing listed → Spara kopia… writes the same bytes
// into the folder the dialog picks → Ta bort asks first, then the file is
// gone, from the list and from the database → a meeting's minutes are kept
// the same way, folded under the meeting → an image is shown in the app → a
// tick-off on the Åtaganden tab carries its attendance list the same way. The
// file's bytes reach the page only to show an image: main reads and writes
// them. Every screen is screenshotted and checked with axe.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePickers } from '../../src/main/files/file-pickers';
import { bandedPng, exeBytes, pdfBytes, pickFolder } from '../support/attachments';
import { registerAll, stockholmBris, withCriteria } from '../support/agreements/fixtures';
import { create } from '../support/agreements/helpers';
import { bridgeEntryUrl, launchBridge, type Bridge } from '../support/chromium-bridge';
import { adminPassword, createTempApp, type TempApp } from '../support/temp-app';
import { addUser, signIn } from '../support/users';
import { expectAccessible } from './support/accessibility';
import { rendererDir } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
const signedName = 'Överenskommelse SN-2017-272 underskriven.pdf';

describe('attachments: a signed agreement kept with the agreement', () => {
  const fixture = {} as { app: TempApp; bridge: Bridge; page: Page };
  const files = pickFolder();
  const out = pickFolder();
  /** What the stand-in dialogs answer next. */
  const pick: { file: string | null } = { file: null };
  const pickers: FilePickers = { chooseFile: async () => pick.file, chooseFolder: async () => out.dir };
  let signed: Buffer;
  let agreementId = 0;
  let bodyKey = '';
  let commitmentKey = '';
  let periodStart = '';

  beforeAll(async () => {
    const app = createTempApp(undefined, { senderUrl: bridgeEntryUrl, pickers });
    try {
      const bridge = await launchBridge({ app, rendererDir: process.env.RENDERER_DIR ?? rendererDir });
      bridge.page.setDefaultTimeout(10_000);
      Object.assign(fixture, { app, bridge, page: bridge.page });
    } catch (error) {
      await app.dispose();
      throw error;
    }
  });
  afterAll(async () => {
    await fixture.bridge?.dispose();
    await fixture.app?.dispose();
    files.dispose();
    out.dispose();
  });
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { name });
  const panel = () => page().getByRole('region', { name: 'Bilagda filer till överenskommelsen' });
  const stored = () =>
    fixture.app.installation.db.selectFrom('attachment').select(['name', 'file_type']).execute();

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('setup: the agreement, and a caseworker signed in on its page', async () => {
    const app = fixture.app;
    await app.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Stockholms stad',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    const ids = await registerAll(app);
    const agreement = await create(app, withCriteria(stockholmBris(ids)));
    agreementId = agreement.id;
    bodyKey = agreement.data.governanceBodies[0]!.key;
    commitmentKey = agreement.data.commitments.find((c) => c.text.includes('informationsfrukost'))!.key;
    periodStart = agreement.data.period.start;
    const karin = await addUser(app, 'caseworker', 'karin');
    await signIn(app, karin.username, karin.password);
    signed = await pdfBytes(
      'Överenskommelse om idéburet offentligt partnerskap. Underskriven av båda parter.',
    );
    await page().goto(bridgeEntryUrl);
    await shown(page().getByRole('heading', { level: 1, name: 'Översikt' }));
    await page()
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('button', { name: 'Överenskommelser' })
      .click();
    await page().getByRole('button', { name: agreement.data.registrationNumber }).click();
    await shown(heading('Bilagda filer till överenskommelsen (0)'));
    await shown(panel().getByText('Inga filer bilagda ännu.'));
    await visit('attachments-01-none-yet');
  });

  it('attaches the signed agreement picked in the dialog, and lists it', async () => {
    pick.file = files.write(signedName, signed);
    await panel().getByRole('button', { name: 'Bifoga fil: Bilagda filer till överenskommelsen' }).click();
    const table = panel().getByRole('table', { name: 'Bilagda filer till överenskommelsen' });
    const row = table.getByRole('row', { name: new RegExp(signedName) });
    await shown(row);
    await shown(heading('Bilagda filer till överenskommelsen (1)'));
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual([
      signedName,
      'PDF',
      expect.stringMatching(/^\d+(,\d)? kB$/),
      expect.stringMatching(/^2026-03-02 \d\d:\d\d\nav Karin Testsson$/),
    ]);
    expect(await stored()).toEqual([{ name: signedName, file_type: 'pdf' }]);
    await visit('attachments-02-signed-agreement-listed');
  });

  it('refuses a program renamed to .pdf with a clear message, and lists nothing new', async () => {
    pick.file = files.write('Avtal.pdf', exeBytes());
    await panel()
      .getByRole('button', { name: /^Bifoga fil/ })
      .click();
    await shown(panel().getByText(/Filtypen avgörs av innehållet, inte av namnet/));
    expect(await stored()).toHaveLength(1);
    await visit('attachments-03-renamed-program-refused');
  });

  it('saves a copy, the same bytes, into the folder picked in the dialog', async () => {
    await panel()
      .getByRole('button', { name: `Spara kopia av ${signedName}` })
      .click();
    await shown(page().getByText(`Kopian sparades som ${signedName}.`));
    expect(readFileSync(`${out.dir}/${signedName}`).equals(signed)).toBe(true);
  });

  it('removes it after asking; it is gone from the list and the database', async () => {
    await panel()
      .getByRole('button', { name: `Ta bort ${signedName}` })
      .click();
    const dialog = page().getByRole('dialog', { name: 'Ta bort bilagd fil' });
    await shown(dialog.getByText(/tas bort från appen för gott/));
    await visit('attachments-04-remove-asks-first');
    await dialog.getByRole('button', { name: 'Ta bort filen' }).click();
    await shown(panel().getByText('Inga filer bilagda ännu.'));
    expect(await stored()).toEqual([]);
    expect(await fixture.app.installation.db.selectFrom('attachment_chunk').select('id').execute()).toEqual(
      [],
    );
    await visit('attachments-05-removed');
  });

  it('a meeting keeps its minutes the same way, folded under the meeting until opened', async () => {
    await fixture.app.must('agreements:recordMeeting', {
      agreementId,
      bodyKey,
      date: '2026-02-10',
      attendees: ['Karin Testsson'],
      decisions: ['Verksamhetsplanen godkänd'],
      minutesReference: 'Protokoll 2026-02-10',
    });
    // Recorded in main: open the agreement again so the page reads it.
    await page().getByRole('button', { name: 'Tillbaka till överenskommelserna' }).click();
    await page().getByRole('button', { name: 'SN-2017/272' }).click();
    await page().getByRole('tab', { name: 'Möten' }).click();
    const toggle = page().getByRole('button', { name: /^Filer till mötet i .* 2026-02-10 \(0\)$/ });
    await shown(toggle);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    pick.file = files.write('Protokoll samverkansgrupp 2026-02-10.pdf', await pdfBytes('Protokoll'));
    await page()
      .getByRole('button', { name: /^Bifoga fil: Filer till mötet/ })
      .click();
    await shown(page().getByRole('button', { name: /^Filer till mötet i .* 2026-02-10 \(1\)$/ }));
    await visit('attachments-06-meeting-minutes');
  });

  it('an image is shown in the app; closing it goes back to the list', async () => {
    pick.file = files.write('Whiteboard efter mötet.png', bandedPng());
    await page()
      .getByRole('button', { name: /^Bifoga fil: Filer till mötet/ })
      .click();
    await page().getByRole('button', { name: 'Visa Whiteboard efter mötet.png' }).click();
    const dialog = page().getByRole('dialog', { name: 'Whiteboard efter mötet.png' });
    await shown(dialog.getByRole('img', { name: 'Whiteboard efter mötet.png' }));
    await visit('attachments-07-image-shown');
    await page().keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // A PDF has no "Visa": it is saved as a copy and opened from there.
    await shown(
      page().getByRole('button', { name: 'Spara kopia av Protokoll samverkansgrupp 2026-02-10.pdf' }),
    );
    expect(
      await page().getByRole('button', { name: 'Visa Protokoll samverkansgrupp 2026-02-10.pdf' }).count(),
    ).toBe(0);
  });

  it('a tick-off carries its attendance list the same way, folded under the list of tick-offs', async () => {
    await fixture.app.must('agreements:recordTickOff', {
      agreementId,
      commitmentKey,
      doneOn: periodStart,
      whatDone: 'Informationsfrukost',
      note: '',
    });
    await page().getByRole('button', { name: 'Tillbaka till överenskommelserna' }).click();
    await page().getByRole('button', { name: 'SN-2017/272' }).click();
    await page().getByRole('tab', { name: 'Åtaganden' }).click();
    const name = `Filer till avbockningen ${periodStart}: Informationsfrukost`;
    const toggle = page().getByRole('button', { name: `${name} (0)` });
    await shown(toggle);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    pick.file = files.write('Närvarolista informationsfrukost.pdf', await pdfBytes('Närvarolista'));
    await page()
      .getByRole('button', { name: `Bifoga fil: ${name}` })
      .click();
    await shown(page().getByRole('button', { name: `${name} (1)` }));
    await shown(page().getByRole('button', { name: 'Spara kopia av Närvarolista informationsfrukost.pdf' }));
    const [tick] = await fixture.app.must('agreements:tickOffs', { agreementId });
    expect(
      await fixture.app.installation.db
        .selectFrom('attachment')
        .select(['record_kind', 'tick_off_id', 'name', 'file_type'])
        .where('tick_off_id', 'is not', null)
        .execute(),
    ).toEqual([
      {
        record_kind: 'tickOff',
        tick_off_id: tick!.id,
        name: 'Närvarolista informationsfrukost.pdf',
        file_type: 'pdf',
      },
    ]);
    await visit('attachments-08-tick-off-attendance-list');
  });
});
