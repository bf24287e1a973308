// Deleting a child registered by mistake, as a caseworker sees it: the child's
// page offers "Radera felregistrering"; the dialog asks for a reason from a
// list and a confirmation (refused without them); the child is gone from the
// page and the list at once, and a byte search of the decrypted database file
// and its log finds none of the child's details. A draft agreement and an
// unused organisation are deleted from their pages the same way. Every screen
// is screenshotted and checked with axe.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { diskBytes, foundIn } from '../support/erased-bytes';
import { masterKeyOf } from '../support/raw-database';
import { adminPassword } from '../support/temp-app';
import { childInput, createAgreement, programmeInput, testNumber } from '../support/support-groups/fixtures';
import { organisationInput, orgNumberFrom } from '../support/organisations';
import { addUser, signIn } from '../support/users';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
const number = testNumber('2014-05-10', 983);
const needles = [
  'Felregistrerad Ögonsten',
  number,
  number.replace('-', ''),
  'Misstagsgatan 9',
  'Familjen Fellandersson',
  'Vårdnadshavare Felqvist',
];

describe('deleting a child registered by mistake', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const dialog = () => page().getByRole('dialog');
  let key: Buffer;

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('setup: a caseworker, a programme and a child with an interest registration', async () => {
    const app = fixture.app;
    await app.must('installation:setup', {
      organisationName: 'Exempelstadens socialförvaltning',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    key = await masterKeyOf(app.dataDir);
    const karin = await addUser(app, 'caseworker', 'karin');
    const agreementId = await createAgreement(app);
    const programme = await app.must('programmes:create', programmeInput(agreementId));
    const child = await app.must(
      'children:create',
      childInput({
        name: 'Felregistrerad Ögonsten',
        identityNumber: number,
        address: { street: 'Misstagsgatan 9', postalCode: '211 20', city: 'Malmö' },
        fosterHome: {
          name: 'Familjen Fellandersson',
          phone: '',
          email: '',
          address: { street: '', postalCode: '', city: '' },
        },
        guardians: [{ name: 'Vårdnadshavare Felqvist', phone: '', email: '', hasCustody: true }],
      }),
    );
    await app.must('enrolments:create', {
      childId: child.id,
      programmeId: programme.id,
      groupId: null,
      status: 'interest',
      referredOn: '2026-02-20',
    });
    await app.must(
      'organisations:create',
      organisationInput({ name: 'Föreningen Felinmatad', orgNumber: orgNumberFrom('802099123') }),
    );
    expect(foundIn(diskBytes(app, key), needles)).toEqual(needles);
    await signIn(app, karin.username, karin.password);
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('the child’s page offers to delete a mistaken registration', async () => {
    await nav('Barn').click();
    await page().getByRole('button', { name: 'Felregistrerad Ögonsten' }).click();
    await shown(heading('Felregistrerad Ögonsten'));
    await shown(page().getByRole('button', { name: 'Radera felregistrering' }));
    await visit('del-01-child-page');
  });

  it('the dialog refuses without a reason and a confirmation', async () => {
    await page().getByRole('button', { name: 'Radera felregistrering' }).click();
    await shown(dialog().getByText('Radera barn som registrerats av misstag'));
    await dialog().getByRole('button', { name: 'Radera', exact: true }).click();
    await shown(dialog().getByText('Välj ett skäl.'));
    await shown(dialog().getByText('Bekräfta att uppgifterna ska raderas.'));
    await visit('del-02-dialog-refused');
    expect(await fixture.app.must('children:list', { query: 'Felregistrerad' })).toHaveLength(1);
  });

  it('deleted with a reason: gone from the screen at once, and no byte of it on disk', async () => {
    await dialog().getByRole('radio', { name: 'Registrerad två gånger' }).check();
    await dialog()
      .getByRole('checkbox', { name: 'Jag förstår att uppgifterna inte går att få tillbaka.' })
      .check();
    await visit('del-03-dialog-filled');
    await dialog().getByRole('button', { name: 'Radera', exact: true }).click();
    await shown(page().getByText('Barnet är raderat.'));
    await shown(heading('Barn'));
    expect(await page().getByText('Felregistrerad Ögonsten').count()).toBe(0);
    await visit('del-04-children-list-after');
    expect(foundIn(diskBytes(fixture.app, key), needles)).toEqual([]);
  });

  it('an organisation registered by mistake is deleted from its page', async () => {
    await nav('Organisationer').click();
    await page().getByRole('button', { name: 'Föreningen Felinmatad' }).click();
    await shown(heading('Föreningen Felinmatad'));
    await page().getByRole('button', { name: 'Radera organisation' }).click();
    await dialog().getByRole('radio', { name: 'Provregistrering' }).check();
    await dialog()
      .getByRole('checkbox', { name: 'Jag förstår att uppgifterna inte går att få tillbaka.' })
      .check();
    await visit('del-05-organisation-dialog');
    await dialog().getByRole('button', { name: 'Radera', exact: true }).click();
    await shown(page().getByText('Organisationen är raderad.'));
    await shown(heading('Organisationer'));
    expect(await page().getByText('Föreningen Felinmatad').count()).toBe(0);
    expect(foundIn(diskBytes(fixture.app, key), ['Föreningen Felinmatad'])).toEqual([]);
  });

  it('Översikt shows the retention rules with what is overdue, and erases it after a confirmation', async () => {
    const app = fixture.app;
    const waiting = await app.must(
      'children:create',
      childInput({
        name: 'Avanmäld Rönnqvist',
        identityNumber: testNumber('2014-06-11', 985),
        guardians: [],
      }),
    );
    const programmeId = (await app.must('programmes:list', {}))[0]!.id;
    const entry = await app.must('enrolments:create', {
      childId: waiting.id,
      programmeId,
      groupId: null,
      status: 'interest',
      referredOn: '2026-02-20',
    });
    await app.must('enrolments:transition', {
      id: entry.id,
      version: entry.version,
      to: 'cancelled',
      reason: 'Familjen tackade nej.',
    });
    app.clock.advance(100 * 86_400_000);
    await nav('Översikt').click();
    await shown(heading('Översikt'));
    const card = page().getByRole('region', { name: 'Gallring av övriga uppgifter' });
    await shown(card.getByText('Försenade: 1. Ska gallras inom två veckor: 0.'));
    await visit('del-06-overview-retention-card');
    await card.getByRole('button', { name: 'Gallra försenade anmälningar' }).click();
    await dialog()
      .getByRole('checkbox', { name: 'Jag förstår att uppgifterna inte går att få tillbaka.' })
      .check();
    await visit('del-07-retention-erase-dialog');
    await dialog().getByRole('button', { name: 'Gallra', exact: true }).click();
    await shown(page().getByText('Gallrat. Anmälningar: 1. Barn: 1.'));
    expect(foundIn(diskBytes(app, key), ['Avanmäld Rönnqvist', 'Familjen tackade nej.'])).toEqual([]);
  });

  it('an administrator sees the rules with their defaults in Administration', async () => {
    await signIn(fixture.app, 'admin', adminPassword);
    await page().reload();
    await shown(heading('Översikt'));
    await nav('Administration').click();
    await page().getByRole('tab', { name: 'Inställningar' }).click();
    await shown(page().getByRole('heading', { name: 'Gallring av övriga uppgifter' }));
    const days = page().getByLabel('Anmälningar som aldrig ledde till plats, dagar');
    expect(await days.inputValue()).toBe('90');
    await days.fill('60');
    await page().getByRole('button', { name: 'Spara gallringsreglerna' }).click();
    await shown(page().getByText('Gallringsreglerna är sparade.'));
    await visit('del-08-admin-retention-settings');
    expect((await fixture.app.must('retention:settings', {})).waitingEntryDays).toBe(60);
  });
});
