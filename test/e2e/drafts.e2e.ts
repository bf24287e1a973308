// Nothing typed is lost (issue 11), as a caseworker sees it, on the
// Stockholm–Bris agreement while it is a draft: a title typed into the editor
// is saved as a draft a few seconds later (the line by the save button says
// so) → the app is locked mid-edit → after unlock Översikt lists the unsaved
// draft → opening the editor offers it back ("Du har ett osparat utkast från
// …") and Återställ puts the title back → leaving for another screen asks
// first: keep editing stays, discarding leaves and the draft is gone → saving
// the form discards its draft. The draft is never in the renderer's storage.
// Every screen is screenshotted and checked with axe.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { registerAll, stockholmBris, withCriteria } from '../support/agreements/fixtures';
import { create } from '../support/agreements/helpers';
import { addUser, signIn } from '../support/users';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
const typedTitle = 'Stödgrupper för barn i familjer med missbruk, utkast efter låsning';

describe('nothing typed is lost: drafts of the agreement editor', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const titleField = () => page().getByRole('textbox', { name: 'Titel', exact: true });
  let agreementId = 0;
  let title = '';
  let registrationNumber = '';
  let password = '';
  const drafts = () =>
    fixture.app.installation.db.selectFrom('form_draft').select(['form', 'record_id', 'payload']).execute();

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  async function openEditor() {
    // The menu opens the list (issue 11's navigation).
    await nav('Överenskommelser').click();
    await shown(heading('Överenskommelser'));
    await page().getByRole('button', { name: registrationNumber }).click();
    await shown(heading(title));
    await page().getByRole('tab', { name: 'Innehåll' }).click();
  }

  it('setup: a caseworker and the agreement as a draft', async () => {
    const app = fixture.app;
    await app.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Stockholms stad',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    const ids = await registerAll(app);
    const agreement = await create(app, withCriteria(stockholmBris(ids, '2026-08-01')));
    agreementId = agreement.id;
    title = agreement.data.title;
    registrationNumber = agreement.data.registrationNumber;
    const karin = await addUser(app, 'caseworker', 'karin');
    password = karin.password;
    await signIn(app, karin.username, karin.password);
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('a few seconds after typing, the draft is saved in main (and only there)', async () => {
    await openEditor();
    await titleField().fill(typedTitle);
    await shown(page().getByText(/^Utkast sparat 2026-03-02 \d\d:\d\d\.$/));
    expect(await drafts()).toEqual([
      { form: 'agreement', record_id: agreementId, payload: expect.stringContaining(typedTitle) },
    ]);
    const storage = await page().evaluate(async () => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      databases: (
        await (
          globalThis as unknown as { indexedDB: { databases(): Promise<unknown[]> } }
        ).indexedDB.databases()
      ).length,
    }));
    expect(storage.local).not.toContain('utkast efter låsning');
    expect(storage.session).not.toContain('utkast efter låsning');
    expect(storage.databases).toBe(0);
    await visit('drafts-01-editor-draft-saved');
  });

  it('locked mid-edit, then unlocked: back on the editor, which offers the draft back', async () => {
    await page().getByRole('button', { name: /Karin/ }).click();
    await page().getByRole('menuitem', { name: 'Lås nu' }).click();
    await shown(page().getByText('IOP Desk är låst. Logga in för att fortsätta.'));
    expect(await page().getByText(typedTitle).count()).toBe(0);
    await page().getByLabel('Användare').selectOption('karin');
    await page().getByLabel('Lösenord', { exact: true }).fill(password);
    await page().getByRole('button', { name: 'Lås upp' }).click();
    // The unlock returns to the same record and tab (the route), and the form offers its draft.
    await shown(heading(title));
    const dialog = page().getByRole('dialog', { name: 'Osparat utkast' });
    await shown(dialog);
    await shown(dialog.getByText(/^Du har ett osparat utkast från 2026-03-02 \d\d:\d\d\.$/));
    await visit('drafts-02-offered-after-unlock');
    await dialog.getByRole('button', { name: 'Återställ' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await titleField().inputValue()).toBe(typedTitle);
    await shown(page().getByText('Det finns ändringar som inte är sparade.'));
  });

  it('leaving and keeping the draft: Översikt lists it, and its link opens the editor with it', async () => {
    await nav('Översikt').click();
    const leave = page().getByRole('dialog', { name: 'Du har ändringar som inte är sparade' });
    await leave.getByRole('button', { name: 'Lämna, behåll utkastet' }).click();
    await shown(heading('Översikt'));
    await shown(page().getByText('Osparade utkast'));
    const link = page().getByRole('button', { name: /^Överenskommelse \(nr \d+\), sparat 2026-03-02/ });
    await shown(link);
    await visit('drafts-03-overview-lists-draft');
    await link.click();
    await shown(heading(title));
    const dialog = page().getByRole('dialog', { name: 'Osparat utkast' });
    await shown(dialog);
    await dialog.getByRole('button', { name: 'Återställ' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await titleField().inputValue()).toBe(typedTitle);
  });

  it('leaving with unsaved changes asks first; keep editing stays', async () => {
    await nav('Barn').click();
    const dialog = page().getByRole('dialog', { name: 'Du har ändringar som inte är sparade' });
    await shown(dialog);
    await visit('drafts-04-leave-asks');
    await dialog.getByRole('button', { name: 'Fortsätt redigera' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await shown(heading(title));
    expect(await titleField().inputValue()).toBe(typedTitle);
  });

  it('"Kasta ändringarna" leaves, and the draft is gone', async () => {
    await nav('Barn').click();
    const dialog = page().getByRole('dialog', { name: 'Du har ändringar som inte är sparade' });
    await dialog.getByRole('button', { name: 'Kasta ändringarna' }).click();
    await shown(heading('Barn'));
    await expect.poll(drafts).toEqual([]);
    await openEditor();
    expect(await titleField().inputValue()).toBe(title);
    expect(await page().getByRole('dialog').count()).toBe(0);
  });

  it('saving the form discards its draft', async () => {
    await titleField().fill(typedTitle);
    await shown(page().getByText(/^Utkast sparat/));
    expect(await drafts()).toHaveLength(1);
    await page().getByRole('button', { name: 'Spara version' }).click();
    await shown(page().getByText('Sparat som version 2.'));
    await expect.poll(drafts).toEqual([]);
    await shown(heading(typedTitle));
    expect(await page().getByRole('dialog').count()).toBe(0);
    await nav('Barn').click();
    await shown(heading('Barn'));
    await visit('drafts-05-saved-and-left');
  });

  it('the child form keeps a draft too: leaving keeps it, and the new form offers it back', async () => {
    await page().getByRole('button', { name: 'Nytt barn' }).click();
    const name = page().getByRole('textbox', { name: 'Namn', exact: true });
    await name.fill('Tindra Testsson');
    await shown(page().getByText(/^Utkast sparat 2026-03-02 \d\d:\d\d\.$/));
    expect(await drafts()).toEqual([
      { form: 'child', record_id: 0, payload: expect.stringContaining('Tindra Testsson') },
    ]);
    await nav('Översikt').click();
    const leave = page().getByRole('dialog', { name: 'Du har ändringar som inte är sparade' });
    await leave.getByRole('button', { name: 'Lämna, behåll utkastet' }).click();
    await shown(heading('Översikt'));
    await page().getByRole('button', { name: /^Barn \(ny\), sparat 2026-03-02/ }).click();
    const offered = page().getByRole('dialog', { name: 'Osparat utkast' });
    await shown(offered);
    await offered.getByRole('button', { name: 'Återställ' }).click();
    await offered.waitFor({ state: 'hidden' });
    expect(await name.inputValue()).toBe('Tindra Testsson');
    await visit('drafts-06-child-form-restored');
  });
});
