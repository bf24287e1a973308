// The foundation's main flow, driven only through what a user sees (roles and
// labels): first-run setup → lock → unlock → an organisation with a bad
// organisation number is refused and nothing is saved → fixed, listed and
// searchable → the admin sees the audit entries and a whole log. Every screen
// is screenshotted and checked with axe; the page may not reach outside the app.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import type { PageScope } from './support/page-scope';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const organisationName = 'Socialförvaltningen, Exempelstad';
const admin = { displayName: 'Ada Admin', username: 'ada.admin', password: 'korrekt-häst-batteri-9' };
const wrongPassword = 'fel-lösenord-12345';
const redCross = { name: 'Svenska Röda Korset', badOrgNumber: '802002-8712', orgNumber: '802002-8711' };
const checkDigitMessage = 'Kontrollsiffran stämmer inte. Kontrollera att numret är rätt inskrivet.';

/** Waits until the locator is visible (the page's default timeout applies). */
const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
const gone = (locator: Locator) => locator.waitFor({ state: 'hidden' });

describe('foundation: setup, lock, organisations, audit', () => {
  const fixture = useBridgedApp();
  stepwise();
  let recoveryKey = '';

  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const organisationsInDb = async () => fixture.app.must('organisations:list', { query: '' });

  /** Screenshot and axe for the screen as it is now. */
  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('first-run setup: organisation, first admin, recovery key shown once', async () => {
    await page().goto(bridgeEntryUrl);
    await shown(heading('Välkommen till IOP Desk'));
    await shown(page().getByRole('heading', { name: 'Vilken organisation använder appen?' }));
    await visit('01-setup-organisation');
    expect(
      await page()
        .getByLabel('Organisationens namn', { exact: true })
        .evaluate((el) => el === el.ownerDocument.activeElement),
    ).toBe(true);

    // An empty name is caught before anything is sent.
    await page().getByRole('button', { name: 'Nästa' }).click();
    await shown(page().getByText('Fältet måste fyllas i.'));
    await page().getByLabel('Organisationens namn', { exact: true }).fill(organisationName);
    await page().getByRole('button', { name: 'Nästa' }).click();

    // Each step opens with focus in its first field: typing goes there at once (issue 11).
    await shown(page().getByRole('heading', { name: 'Skapa det första administratörskontot' }));
    await page().keyboard.type(admin.displayName);
    expect(await page().getByLabel('Namn som visas').inputValue()).toBe(admin.displayName);
    await page().getByLabel('Användarnamn').fill(admin.username);
    await page().getByLabel('Lösenord', { exact: true }).fill(admin.password);
    await page().getByLabel('Upprepa lösenordet').fill(admin.password);
    await visit('02-setup-admin');
    expect(fixture.app.installation.state).toBe('uninitialised');
    await page().getByRole('button', { name: 'Skapa installationen' }).click();

    await shown(page().getByRole('heading', { name: 'Spara återställningsnyckeln' }));
    const key = page().getByLabel('Återställningsnyckel', { exact: true });
    await shown(key);
    recoveryKey = (await key.textContent()) ?? '';
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){9}$/);
    expect(fixture.app.installation.state).toBe('unlocked');
    const continueButton = page().getByRole('button', { name: 'Fortsätt' });
    expect(await continueButton.isDisabled()).toBe(true);
    await visit('03-setup-recovery-key');
    await page().getByLabel('Jag har sparat återställningsnyckeln på ett säkert ställe').check();
    expect(await continueButton.isEnabled()).toBe(true);
    await continueButton.click();

    await shown(heading('Översikt'));
    await shown(page().getByText(organisationName));
    await visit('04-overview');
  });

  it('locks from the user menu and refuses a wrong password in Swedish', async () => {
    await page()
      .getByRole('button', { name: new RegExp(admin.displayName) })
      .click();
    await shown(page().getByRole('menuitem', { name: 'Lås nu' }));
    await visit('05-user-menu');
    await page().getByRole('menuitem', { name: 'Lås nu' }).click();

    await shown(heading(organisationName));
    await shown(page().getByText('IOP Desk är låst. Logga in för att fortsätta.'));
    expect(fixture.app.installation.state).toBe('locked');
    await visit('06-lock-screen');

    await page().getByLabel('Lösenord', { exact: true }).fill(wrongPassword);
    await page().getByRole('button', { name: 'Lås upp' }).click();
    await shown(page().getByRole('alert').filter({ hasText: 'Fel användarnamn eller lösenord.' }));
    expect(fixture.app.installation.state).toBe('locked');
    await visit('07-lock-screen-wrong-password');
  });

  it('unlocks with the right password', async () => {
    await page().getByLabel('Lösenord', { exact: true }).fill(admin.password);
    await page().getByRole('button', { name: 'Lås upp' }).click();
    await shown(heading('Översikt'));
    expect(fixture.app.installation.state).toBe('unlocked');
  });

  it('refuses an organisation with a wrong check digit and saves nothing', async () => {
    await nav('Organisationer').click();
    await shown(heading('Organisationer'));
    await shown(page().getByText('Det finns inga organisationer ännu.', { exact: false }));
    await visit('08-organisations-empty');

    await page().getByRole('button', { name: 'Ny organisation' }).click();
    await shown(heading('Ny organisation'));
    await page().getByLabel('Organisationens namn', { exact: true }).fill(redCross.name);
    await page().getByLabel('Typ av organisation').selectOption({ label: 'Idéburen organisation' });
    await page().getByLabel('Organisationsnummer').fill(redCross.badOrgNumber);
    await page().getByLabel('Gatuadress eller box').fill('Demovägen 12');
    await page().getByLabel('Postnummer').fill('211 20');
    await page().getByLabel('Ort').fill('Malmö');
    await page().getByRole('radio', { name: 'Bankgiro' }).check();
    await page().getByLabel('Kontonummer').fill('5050-1055');
    await page().getByRole('button', { name: 'Lägg till kontaktperson' }).click();
    const contact = page().getByRole('group', { name: 'Kontaktperson 1' });
    await contact.getByLabel('Namn', { exact: true }).fill('Maria Svensson');
    await contact.getByLabel('Roll eller titel').fill('Verksamhetsledare');
    await contact.getByLabel('Telefon').fill('070-174 06 15');
    await contact.getByLabel('E-post').fill('maria.svensson@rodakorset.example');
    const democracy = page().getByRole('group', { name: /^1\. Står för demokrati/ });
    await democracy.getByRole('radio', { name: 'Uppfyllt', exact: true }).check();
    await democracy.getByLabel('Kontrollerat datum').fill('2026-02-27');

    await page().getByRole('button', { name: 'Spara organisationen' }).click();
    const orgNumberInput = page().getByLabel('Organisationsnummer');
    await shown(page().getByText(checkDigitMessage).first());
    expect(await orgNumberInput.getAttribute('aria-invalid')).toBe('true');
    await shown(
      page()
        .getByRole('alert')
        .filter({ hasText: `Organisationsnummer: ${checkDigitMessage}` }),
    );
    expect(await organisationsInDb()).toEqual([]);
    await visit('09-organisation-form-error');
  });

  it('main refuses the bad number too when the form check is bypassed, and audits the attempt', async () => {
    // The form stops a bad number before it is sent; main must not rely on
    // that. Send it straight through window.api, as a tampered page would.
    const result = await page().evaluate(
      (orgNumber) =>
        (globalThis as unknown as PageScope).api.organisations.create({
          name: 'Svenska Röda Korset',
          kind: 'nonprofit',
          orgNumber,
          address: { street: '', postalCode: '', city: '' },
          paymentAccount: null,
          contacts: [],
          requirements: [],
        }),
      redCross.badOrgNumber,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { orgNumber: 'orgNumber.checkDigit' } },
    });
    expect(await organisationsInDb()).toEqual([]);
  });

  it('saves the organisation once the number is fixed, and lists it', async () => {
    const orgNumberInput = page().getByLabel('Organisationsnummer');
    await orgNumberInput.fill(redCross.orgNumber.replace('-', ''));
    await orgNumberInput.blur();
    // A valid number is shown in its normal form.
    expect(await orgNumberInput.inputValue()).toBe(redCross.orgNumber);
    await gone(page().getByText(checkDigitMessage).first());

    await page().getByRole('button', { name: 'Spara organisationen' }).click();
    await shown(page().getByText('Organisationen sparades'));
    await shown(heading('Organisationer'));
    const table = page().getByRole('table', { name: 'Organisationer' });
    await shown(
      table.getByRole('row').filter({ hasText: redCross.name }).filter({ hasText: redCross.orgNumber }),
    );
    await shown(page().getByRole('status').filter({ hasText: '1 organisation' }));

    const saved = await organisationsInDb();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      name: redCross.name,
      kind: 'nonprofit',
      orgNumber: redCross.orgNumber,
      city: 'Malmö',
    });
    await visit('10-organisations-list');
  });

  it('finds the organisation by name and by organisation number, and nothing for another search', async () => {
    // A second organisation, so a search has something to leave out.
    await fixture.app.must('organisations:create', {
      name: 'Malmö stad',
      kind: 'municipality',
      orgNumber: '212000-1124',
      address: { street: '', postalCode: '', city: 'Malmö' },
      paymentAccount: null,
      contacts: [],
      requirements: [],
    });
    const search = page().getByRole('searchbox', { name: 'Sök organisation' });
    const table = page().getByRole('table', { name: 'Organisationer' });
    const redCrossRow = table.getByRole('row').filter({ hasText: redCross.name });
    const malmoRow = table.getByRole('row').filter({ hasText: 'Malmö stad' });
    const count = (text: string) =>
      shown(
        page()
          .getByRole('status')
          .filter({ hasText: new RegExp(`^${text}$`) }),
      );

    await search.fill('röda korset');
    await count('1 organisation');
    await shown(redCrossRow);
    expect(await malmoRow.count()).toBe(0);

    await search.fill('802002-87');
    await count('1 organisation');
    await shown(redCrossRow);
    expect(await malmoRow.count()).toBe(0);

    await search.fill('212000');
    await count('1 organisation');
    await shown(malmoRow);
    expect(await redCrossRow.count()).toBe(0);

    await search.fill('Rädda Barnen');
    await shown(page().getByText('Ingen organisation matchar sökningen.'));
    expect(await table.count()).toBe(0);
    await visit('11-organisations-no-match');

    await search.fill('');
    await count('2 organisationer');
  });

  it('opens the saved organisation with everything that was entered', async () => {
    await page().getByRole('button', { name: redCross.name }).click();
    await shown(heading(redCross.name));
    expect(await page().getByLabel('Organisationsnummer').inputValue()).toBe(redCross.orgNumber);
    expect(await page().getByLabel('Kontonummer').inputValue()).toBe('5050-1055');
    const contact = page().getByRole('group', { name: 'Kontaktperson 1' });
    expect(await contact.getByLabel('Namn', { exact: true }).inputValue()).toBe('Maria Svensson');
    const democracy = page().getByRole('group', { name: /^1\. Står för demokrati/ });
    expect(await democracy.getByRole('radio', { name: 'Uppfyllt', exact: true }).isChecked()).toBe(true);
    await shown(democracy.getByText(admin.displayName));
    await visit('12-organisation-detail');
    await page().getByRole('button', { name: 'Tillbaka till organisationer' }).click();
    await shown(heading('Organisationer'));
  });

  it('shows the admin the users and the settings', async () => {
    await nav('Administration').click();
    await shown(heading('Administration'));
    await shown(page().getByRole('tab', { name: 'Användare', selected: true }));
    await shown(page().getByRole('cell', { name: admin.username }));
    await visit('13-admin-users');

    await page().getByRole('tab', { name: 'Inställningar' }).click();
    const idleLock = page().getByLabel('Lås automatiskt efter (minuter)');
    await shown(idleLock);
    expect(await idleLock.inputValue()).toBe('10');
    await visit('14-admin-settings');
  });

  it('shows the organisation entries in the audit log, without names, and a whole hash chain', async () => {
    await page().getByRole('tab', { name: 'Loggkontroll' }).click();
    const log = page().getByRole('table', { name: 'Loggposter' });
    await shown(log);
    const creates = log.getByRole('row').filter({ hasText: 'organisations:create' });
    await shown(creates.filter({ hasText: 'Lyckades' }).first());
    await shown(creates.filter({ hasText: 'Ogiltig indata' }).first());
    expect(await creates.filter({ hasText: 'Lyckades' }).count()).toBe(2);
    expect(await creates.filter({ hasText: 'Ogiltig indata' }).count()).toBe(1);
    // The log holds who, what kind and which id, never names or numbers of the parties.
    const logText = (await log.textContent()) ?? '';
    expect(logText).not.toContain('Röda Korset');
    expect(logText).not.toContain(redCross.orgNumber);
    await visit('15-admin-audit');

    await page().getByRole('button', { name: 'Kontrollera loggens integritet' }).click();
    await shown(page().getByText(/^Loggen är hel: alla \d+ poster är oförändrade och ingen saknas\.$/));
    await visit('16-admin-audit-verified');
    expect(await fixture.app.must('audit:verify', {})).toMatchObject({ ok: true, firstBadId: null });
  });

  it('made no request outside the app and logged no error, CSP report or page error', () => {
    expect(fixture.bridge.violations).toEqual([]);
  });

  it('the recovery key shown at setup really opens the installation', async () => {
    await fixture.app.installation.lock();
    const recovered = await fixture.app.call('auth:recover', {
      username: admin.username,
      recoveryKey,
      newPassword: 'ett-helt-nytt-lösenord-7',
    });
    expect(recovered).toMatchObject({ ok: true, value: { username: admin.username } });
  });
});
