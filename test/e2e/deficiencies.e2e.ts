// Deficiencies and rescission through what a caseworker sees, on the
// Stockholm–Bris support-group agreement: a deficiency recorded in "Brister
// och tvister" (a deadline before the day found is refused first) → the
// rescission form offers no ground while the remedy deadline runs, and main
// refuses the rescission → the day after the deadline the deficiency grounds
// it and the agreement is hävd. Every screen is screenshotted and checked with axe.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { registerAll, stockholmBris, withCriteria } from '../support/agreements/fixtures';
import { activate, create } from '../support/agreements/helpers';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

describe('deficiencies: record one, rescission refused before the deadline and allowed after', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  let agreementId = 0;

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('setup: the support-group agreement, active since its board decided and both parties signed', async () => {
    const app = fixture.app;
    await app.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Stockholms stad',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    const ids = await registerAll(app);
    const agreement = await activate(app, await create(app, withCriteria(stockholmBris(ids, '2025-01-01'))));
    agreementId = agreement.id;
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await nav('Överenskommelser').click();
    await shown(heading('Överenskommelser'));
    await page().getByRole('button', { name: agreement.data.registrationNumber }).click();
    await shown(heading(agreement.data.title));
  });

  it('records a deficiency; a deadline before the day found is refused first', async () => {
    await page().getByRole('tab', { name: 'Brister och tvister' }).click();
    await shown(page().getByText('Inga brister är registrerade.'));
    await page().getByLabel('Vad är bristen?').fill('Höstens grupper genomfördes inte.');
    await page().getByLabel('Upptäckt').fill('2026-02-20');
    await page().getByLabel('Rättas senast').fill('2026-02-10');
    await page().getByRole('button', { name: 'Spara bristen' }).click();
    await shown(page().getByText('Sista dag för rättelse kan inte ligga före den dag bristen upptäcktes.'));
    await visit('deficiencies-01-deadline-refused');
    await page().getByLabel('Rättas senast').fill('2026-03-02');
    await page().getByRole('button', { name: 'Spara bristen' }).click();
    await shown(page().getByText('Bristen är registrerad.'));
    const table = page().getByRole('table', { name: 'Brister' });
    await shown(table);
    expect(await table.textContent()).toContain('Höstens grupper genomfördes inte.');
    expect(await table.textContent()).toContain('Bris');
    await visit('deficiencies-02-recorded');
    const list = await fixture.app.must('agreements:deficiencies', { agreementId });
    expect(list).toMatchObject([{ foundOn: '2026-02-20', remedyBy: '2026-03-02', outcome: 'open' }]);
  });

  it('on the deadline day the rescission has no ground, and main refuses it', async () => {
    await page().getByRole('tab', { name: 'Sammanfattning' }).click();
    await page().getByRole('button', { name: 'Häv överenskommelsen' }).click();
    const dialog = page().getByRole('dialog', { name: 'Hävning' });
    await shown(dialog);
    await dialog.getByLabel('Datum för hävningen').fill('2026-03-02');
    await dialog.getByLabel('Skäl').fill('Grupperna har inte genomförts trots påpekande.');
    await shown(dialog.getByText('Det finns ingen registrerad brist vars tid för rättelse har gått ut.', { exact: false }));
    await dialog.getByRole('button', { name: 'Häv överenskommelsen' }).click();
    await shown(dialog.getByText('Statusen kan inte ändras ännu.', { exact: false }));
    await visit('deficiencies-03-rescission-refused');
    expect((await fixture.app.must('agreements:get', { id: agreementId })).status).toBe('active');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
  });

  it('the day after the deadline the deficiency grounds the rescission', async () => {
    fixture.app.clock.set(new Date('2026-03-03T09:00:00.000Z'));
    await page().getByRole('button', { name: 'Häv överenskommelsen' }).click();
    const dialog = page().getByRole('dialog', { name: 'Hävning' });
    await shown(dialog);
    await dialog.getByLabel('Datum för hävningen').fill('2026-03-03');
    await dialog.getByLabel('Skäl').fill('Grupperna har inte genomförts trots påpekande.');
    await dialog.getByRole('combobox', { name: 'Brist som hävningen grundas på' }).click();
    await page().getByRole('option', { name: /Höstens grupper genomfördes inte/ }).click();
    await visit('deficiencies-04-rescission-ground');
    await dialog.getByRole('button', { name: 'Häv överenskommelsen' }).click();
    await shown(page().getByText('Överenskommelsen är hävd.'));
    const saved = await fixture.app.must('agreements:get', { id: agreementId });
    expect(saved.status).toBe('rescinded');
    expect(saved.rescission?.deficiencyId).toBeGreaterThan(0);
    await page().getByRole('tab', { name: 'Brister och tvister' }).click();
    await shown(page().getByText('Hävningen grundas på bristen.'));
    await visit('deficiencies-05-rescinded');
  });

  it('kept the page inside the app', () => {
    expect(fixture.bridge.violations).toEqual([]);
  });
});
