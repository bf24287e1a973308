// Nothing typed is lost (issue 11) in the group form, the meeting form and the
// consent form, as a caseworker sees it: typing saves a draft 3 s after the
// last keystroke (the line by the save button says so) → the app locks (after
// idle time, or "Lås nu") → after unlock the same form is on screen again and
// offers the draft back → Återställ puts the typed values back → leaving with
// unsaved changes asks first. Editing an existing group is a route of its own
// (/groups/:id/edit), so the form is open again after an unlock, and
// Översikt's list of drafts opens it. Every screen is screenshotted and
// checked with axe.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { registerAll, stockholmBris, withCriteria } from '../support/agreements/fixtures';
import { create } from '../support/agreements/helpers';
import { admittedChild, setUpGroup } from '../support/support-groups/fixtures';
import { addUser, signIn } from '../support/users';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
const savedLine = /^Utkast sparat 2026-03-02 \d\d:\d\d\.$/;

describe('nothing typed is lost: drafts of the group, meeting and consent forms', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const offered = () => page().getByRole('dialog', { name: 'Osparat utkast' });
  const leaveDialog = () => page().getByRole('dialog', { name: 'Du har ändringar som inte är sparade' });
  const drafts = () =>
    fixture.app.installation.db.selectFrom('form_draft').select(['form', 'record_id', 'payload']).execute();
  let password = '';
  let agreementId = 0;
  let agreementTitle = '';
  let registrationNumber = '';
  let groupId = 0;
  let groupName = '';
  let enrolmentId = 0;

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  async function lockNow() {
    await page().getByRole('button', { name: /Karin/ }).click();
    await page().getByRole('menuitem', { name: 'Lås nu' }).click();
  }

  async function unlock() {
    await shown(page().getByText('IOP Desk är låst. Logga in för att fortsätta.'));
    await page().getByLabel('Användare').selectOption('karin');
    await page().getByLabel('Lösenord', { exact: true }).fill(password);
    await page().getByRole('button', { name: 'Lås upp' }).click();
  }

  async function restoreOffered() {
    const dialog = offered();
    await shown(dialog);
    await shown(dialog.getByText(/^Du har ett osparat utkast från 2026-03-02 \d\d:\d\d\.$/));
    await dialog.getByRole('button', { name: 'Återställ' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  it('setup: an agreement with a steering group, a group and an admitted child; a caseworker', async () => {
    const app = fixture.app;
    await app.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Stockholms stad',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    const ids = await registerAll(app);
    const agreement = await create(app, withCriteria(stockholmBris(ids, '2026-08-01')));
    agreementId = agreement.id;
    agreementTitle = agreement.data.title;
    registrationNumber = agreement.data.registrationNumber;
    const { programme, group } = await setUpGroup(app);
    groupId = group.id;
    groupName = group.name;
    const { enrolment } = await admittedChild(app, group.id, programme.id);
    enrolmentId = enrolment.id;
    const karin = await addUser(app, 'caseworker', 'karin');
    password = karin.password;
    await signIn(app, karin.username, karin.password);
    // A fake clock in the page (time runs as usual) so the test can skip the idle time.
    await page().clock.install();
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('a new group: the draft is saved, the app locks after idle time, and the form offers it back', async () => {
    await nav('Stödgrupper').click();
    await page().getByRole('button', { name: 'Ny grupp' }).click();
    await shown(heading('Ny grupp'));
    await page().getByLabel('Gruppens namn').fill('Höstgruppen Söder');
    await page().getByLabel('Plats').fill('Föreningens lokal, Hornsgatan');
    await shown(page().getByText(savedLine));
    expect(await drafts()).toEqual([
      { form: 'group', record_id: 0, payload: expect.stringContaining('Höstgruppen Söder') },
    ]);
    await visit('drafts-forms-01-new-group-saved');
    // Ten minutes without activity (the default) lock the app.
    await page().clock.fastForward('11:00');
    await shown(page().getByText('Appen låstes automatiskt efter 10 minuter utan aktivitet.'));
    expect(await page().getByText('Höstgruppen Söder').count()).toBe(0);
    await unlock();
    await shown(heading('Ny grupp'));
    await visit('drafts-forms-02-new-group-offered');
    await restoreOffered();
    expect(await page().getByLabel('Gruppens namn').inputValue()).toBe('Höstgruppen Söder');
    expect(await page().getByLabel('Plats').inputValue()).toBe('Föreningens lokal, Hornsgatan');
  });

  it('leaving the new group form asks first; discarding leaves and the draft is gone', async () => {
    await nav('Barn').click();
    await shown(leaveDialog());
    await leaveDialog().getByRole('button', { name: 'Kasta ändringarna' }).click();
    await shown(heading('Barn'));
    await expect.poll(drafts).toEqual([]);
  });

  it('editing a group: locked mid-edit, the form is open again after unlock and offers the draft', async () => {
    await nav('Stödgrupper').click();
    await page().getByRole('button', { name: groupName }).click();
    await shown(heading(groupName));
    await page().getByRole('button', { name: 'Ändra gruppen' }).click();
    await page().getByLabel('Gruppledare').fill('Maria Svensson, Ahmed Yusuf, Lina Berg');
    await shown(page().getByText(savedLine));
    expect(await drafts()).toEqual([
      { form: 'group', record_id: groupId, payload: expect.stringContaining('Lina Berg') },
    ]);
    await lockNow();
    await unlock();
    await shown(heading(groupName));
    await restoreOffered();
    expect(await page().getByLabel('Gruppledare').inputValue()).toBe(
      'Maria Svensson, Ahmed Yusuf, Lina Berg',
    );
    await visit('drafts-forms-03-group-edit-restored');
  });

  it('leaving the group form keeps the draft; Översikt lists it and opens the form with it', async () => {
    await nav('Översikt').click();
    await leaveDialog().getByRole('button', { name: 'Lämna, behåll utkastet' }).click();
    await shown(heading('Översikt'));
    const link = page().getByRole('button', { name: `Stödgrupp (nr ${groupId}), sparat`, exact: false });
    await shown(link);
    await link.click();
    await shown(heading(groupName));
    await restoreOffered();
    expect(await page().getByLabel('Gruppledare').inputValue()).toBe(
      'Maria Svensson, Ahmed Yusuf, Lina Berg',
    );
    await page().getByRole('button', { name: 'Spara gruppen' }).click();
    await shown(page().getByRole('button', { name: 'Ändra gruppen' }));
    await expect.poll(drafts).toEqual([]);
  });

  it('the meeting form: locked with the lock button, unlocked, the Möten tab offers the draft', async () => {
    await nav('Överenskommelser').click();
    await page().getByRole('button', { name: registrationNumber }).click();
    await shown(heading(agreementTitle));
    await page().getByRole('tab', { name: 'Möten' }).click();
    await page().getByLabel('Datum', { exact: true }).fill('2026-02-26');
    await page().getByLabel('Närvarande').fill('Karin Handläggare\nBo Bris');
    await page().getByLabel('Protokoll eller anteckningar (referens)').fill('Minnesanteckningar 2026-03-02');
    await shown(page().getByText(savedLine));
    expect(await drafts()).toEqual([
      { form: 'meeting', record_id: agreementId, payload: expect.stringContaining('Bo Bris') },
    ]);
    await lockNow();
    await unlock();
    await shown(heading(agreementTitle));
    await visit('drafts-forms-04-meeting-offered');
    await restoreOffered();
    expect(await page().getByLabel('Närvarande').inputValue()).toBe('Karin Handläggare\nBo Bris');
    expect(await page().getByLabel('Datum', { exact: true }).inputValue()).toBe('2026-02-26');
    expect(await page().getByLabel('Protokoll eller anteckningar (referens)').inputValue()).toBe(
      'Minnesanteckningar 2026-03-02',
    );
  });

  it('leaving the meeting form asks first; keep editing stays', async () => {
    await nav('Barn').click();
    await shown(leaveDialog());
    await visit('drafts-forms-05-meeting-leave-asks');
    await leaveDialog().getByRole('button', { name: 'Fortsätt redigera' }).click();
    await leaveDialog().waitFor({ state: 'hidden' });
    expect(await page().getByLabel('Närvarande').inputValue()).toBe('Karin Handläggare\nBo Bris');
    await page().getByRole('button', { name: 'Spara mötet' }).click();
    await shown(page().getByRole('cell', { name: 'Minnesanteckningar 2026-03-02' }));
    await expect.poll(drafts).toEqual([]);
  });

  it('the consent form on an enrolment: locked, unlocked, the draft is offered back', async () => {
    // The enrolment's address (a coordinator opens it from its group).
    await page().evaluate((id) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = `#/enrolments/${id}`;
    }, enrolmentId);
    const form = page().getByRole('form', { name: 'Registrera samtycke' });
    await shown(form);
    await form.getByLabel('Datum').fill('2026-02-27');
    await form.getByLabel('Dokumentreferens').fill('Samtyckesblankett 2026-31');
    await shown(form.getByText(savedLine));
    expect(await drafts()).toEqual([
      {
        form: 'consent',
        record_id: enrolmentId,
        payload: expect.stringContaining('Samtyckesblankett 2026-31'),
      },
    ]);
    await lockNow();
    await unlock();
    await shown(form);
    await restoreOffered();
    expect(await form.getByLabel('Datum').inputValue()).toBe('2026-02-27');
    expect(await form.getByLabel('Dokumentreferens').inputValue()).toBe('Samtyckesblankett 2026-31');
    await visit('drafts-forms-06-consent-restored');
  });

  it('leaving the consent form keeps the draft; Översikt links back to the enrolment', async () => {
    await nav('Översikt').click();
    await shown(leaveDialog());
    await leaveDialog().getByRole('button', { name: 'Lämna, behåll utkastet' }).click();
    await shown(heading('Översikt'));
    const link = page().getByRole('button', { name: `Samtycke (nr ${enrolmentId}), sparat`, exact: false });
    await shown(link);
    await visit('drafts-forms-07-overview-consent-draft');
    await link.click();
    await restoreOffered();
    const form = page().getByRole('form', { name: 'Registrera samtycke' });
    expect(await form.getByLabel('Dokumentreferens').inputValue()).toBe('Samtyckesblankett 2026-31');
  });
});
