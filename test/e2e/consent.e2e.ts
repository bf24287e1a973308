// Who consents, as a coordinator sees it (issue 11). Under the umbrella
// partnership's programme for unaccompanied minors and young adults:
// - a 20-year-old with no Swedish number is registered with a birth year only,
//   consents for themselves ("personen själv (18 år)") and starts;
// - an unaccompanied 15-year-old whose god man consents in the custodians'
//   place: the parent abroad is shown as not asked.
// Every screen is screenshotted and checked with axe.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { createAgreement, groupInput, programmeInput } from '../support/support-groups/fixtures';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
const programmeName = 'Samtalsgrupp för ensamkommande och unga vuxna';

describe('who consents: the person at 18, the god man for an unaccompanied minor', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  let groupName = '';

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  /** Fills the child form for a person without a Swedish number. */
  async function registerWithoutNumber(name: string, birthYear: string) {
    await nav('Barn').click();
    // The Barn screen may still show the person opened earlier.
    const back = page().getByRole('button', { name: 'Tillbaka till barnen' });
    if ((await back.count()) > 0) await back.click();
    await page().getByRole('button', { name: 'Nytt barn' }).click();
    await shown(heading('Registrera barn'));
    await page().getByLabel('Namn', { exact: true }).first().fill(name);
    await page().getByRole('radio', { name: 'Saknar svenskt nummer' }).check();
    await page().getByLabel('Födelseår').fill(birthYear);
    await page().getByLabel('Hemkommun').fill('Malmö');
    await page().getByLabel('Ansvarig stadsdel').fill('Centrum');
  }

  async function enrolAndAdmit(childName: string, freePlaces: number) {
    await page()
      .getByLabel('Grupp', { exact: true })
      .selectOption({ label: `${groupName} (start 2026-03-04, ${freePlaces} lediga)` });
    await page().getByLabel('Anmäld', { exact: true }).fill('2026-02-01');
    await page().getByRole('button', { name: 'Anmäl', exact: true }).click();
    await shown(heading(`${childName} – ${programmeName}`));
    await page().getByLabel('Ny status').selectOption({ label: 'Antagen' });
    await page().getByRole('button', { name: 'Ändra status' }).click();
    await shown(page().getByText('Status: Antagen'));
  }

  async function consentBoth(who: string, reference: string) {
    const form = page().getByRole('form', { name: 'Registrera samtycke' });
    await form.getByLabel('Vem samtycker').selectOption({ label: who });
    await form.getByLabel('Datum').fill('2026-02-20');
    await form.getByLabel('Dokumentreferens').fill(reference);
    await form.getByRole('button', { name: 'Registrera', exact: true }).click();
    await shown(page().getByRole('cell', { name: reference }).first());
  }

  /** `person`: how the page speaks of them, "barnet" or (18 or older at the first session) "deltagaren". */
  async function informSocialServices(person: 'barnet' | 'deltagaren') {
    const notice = page().getByRole('form', { name: 'Besked till socialtjänsten' });
    await notice.getByLabel('Datum').fill('2026-02-21');
    await notice.getByLabel('Av vem').fill('Kim Koordinator');
    await notice.getByLabel('Till vem').fill('Sara Lind, mottagningsenheten');
    await notice.getByRole('button', { name: 'Spara besked' }).click();
    await shown(page().getByText(`Allt som krävs finns: ${person} kan börja och närvaro kan registreras.`));
  }

  it('setup: the umbrella partnership with a programme for 13–24 and an open group', async () => {
    const app = fixture.app;
    await app.must('installation:setup', {
      organisationName: 'Exempelstadens socialförvaltning',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    const agreementId = await createAgreement(app, 'KS/2016:7');
    const programme = await app.must(
      'programmes:create',
      programmeInput(agreementId, { name: programmeName, ageMin: 13, ageMax: 24 }),
    );
    const group = await app.must(
      'supportGroups:create',
      groupInput(programme.id, { name: 'Vårgruppen Centrum' }),
    );
    groupName = group.name;
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('a 20-year-old without a number is registered with a birth year and no guardian', async () => {
    await registerWithoutNumber('Amir Exempel', '2006');
    await page().getByRole('button', { name: 'Ta bort vårdnadshavare 1' }).click();
    await visit('consent-01-young-adult-form');
    await page().getByRole('button', { name: 'Spara barnet' }).click();
    await shown(heading('Amir Exempel'));
    // Not "barnet": the page and the enrolment form speak of "deltagaren".
    await shown(page().getByText('Deltagaren är sparad.'));
    await shown(page().getByText('Deltagaren är inte anmäld till någon insats.'));
    await shown(
      page().getByRole('checkbox', {
        name: 'Deltagaren kommer från en annan kommun (avgift per deltagare)',
      }),
    );
    await visit('consent-02-young-adult-page');
    await page().getByRole('button', { name: 'Ändra uppgifter' }).click();
    await page().getByRole('button', { name: 'Tillbaka till deltagaren' }).click();
    await shown(page().getByText('Deltagaren är inte anmäld till någon insats.'));
  });

  it('enrolled and admitted: the person consents for themselves, no guardian is asked', async () => {
    await enrolAndAdmit('Amir Exempel', 8);
    await shown(page().getByText(/Personen är 18 år eller äldre vid gruppens första träff \(2026-03-04\)/));
    await shown(page().getByText('Samtycke saknas: Deltagande – personen själv (18 år)'));
    // A 20-year-old is no "barn": the page speaks of "deltagaren" (issue 11).
    await shown(page().getByRole('heading', { level: 2, name: 'Innan deltagaren börjar' }));
    await shown(page().getByText('Det här saknas innan deltagaren kan börja:'));
    await shown(page().getByRole('heading', { level: 2, name: 'Deltagarens egen syn' }));
    expect(
      await page()
        .getByRole('main')
        .getByText(/\bbarn(et|ets|en)?\b/i)
        .count(),
    ).toBe(0);
    expect(
      await page().getByText('Ingen som kan samtycka för barnet är registrerad', { exact: false }).count(),
    ).toBe(0);
    await visit('consent-03-young-adult-before');
  });

  it('consents for themselves, social services are informed, and the person starts', async () => {
    await consentBoth('Amir Exempel – personen själv (18 år)', 'Samtyckesblankett 2026-17');
    await informSocialServices('deltagaren');
    const table = page().getByRole('table', { name: 'Samtycke per person som samtycker' });
    await shown(table.getByRole('cell', { name: 'Amir Exempel – personen själv (18 år)' }));
    await page().getByLabel('Ny status').selectOption({ label: 'Deltar' });
    await page().getByRole('button', { name: 'Ändra status' }).click();
    await shown(page().getByText('Status: Deltar'));
    const consents = await fixture.app.installation.db
      .selectFrom('consent')
      .select(['guardian_id', 'capacity', 'decision'])
      .execute();
    expect(consents).toEqual([
      { guardian_id: null, capacity: 'self', decision: 'given' },
      { guardian_id: null, capacity: 'self', decision: 'given' },
    ]);
    await visit('consent-04-young-adult-started');
  });

  it('an unaccompanied 15-year-old is registered with a god man and a parent abroad', async () => {
    await registerWithoutNumber('Samir Exempel', '2011');
    await page().getByLabel('Vårdnadshavare 1, namn').fill('Gunnar Godman');
    await page().getByLabel('Vårdnadshavare 1, roll').selectOption({ label: 'God man' });
    await page().getByRole('button', { name: 'Lägg till vårdnadshavare' }).click();
    await page().getByLabel('Vårdnadshavare 2, namn').fill('Förälder i hemlandet');
    await visit('consent-05-unaccompanied-form');
    await page().getByRole('button', { name: 'Spara barnet' }).click();
    await shown(heading('Samir Exempel'));
    await shown(page().getByText('Barnet är inte anmält till någon insats.'));
    await shown(page().getByRole('cell', { name: 'God man', exact: true }));
    await visit('consent-06-unaccompanied-page');
  });

  it('the god man consents in the custodians’ place; the parent abroad is not asked', async () => {
    await enrolAndAdmit('Samir Exempel', 7);
    await shown(page().getByText(/Barnet är ensamkommande: god man samtycker i vårdnadshavarnas ställe/));
    await shown(page().getByRole('heading', { level: 2, name: 'Innan barnet börjar' }));
    await shown(page().getByText('Samtycke saknas: Deltagande – Gunnar Godman'));
    expect(await page().getByText('Samtycke saknas: Deltagande – Förälder i hemlandet').count()).toBe(0);
    await visit('consent-07-unaccompanied-before');
    await consentBoth('Gunnar Godman (god man)', 'Samtyckesblankett 2026-18');
    await informSocialServices('barnet');
    const table = page().getByRole('table', { name: 'Samtycke per person som samtycker' });
    await shown(table.getByRole('cell', { name: 'Gunnar Godman (god man)' }));
    await shown(table.getByRole('cell', { name: 'Krävs ej (god man samtycker)' }).first());
    const history = page().getByRole('table', { name: 'Registrerade beslut' });
    await shown(history.getByRole('cell', { name: 'Gunnar Godman (god man)' }).first());
    await visit('consent-08-unaccompanied-ready');
  });
});
