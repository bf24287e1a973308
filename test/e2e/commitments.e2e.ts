// Commitments followed up, as a caseworker does it on the Stockholm–Bris
// support-group agreement on 2026-07-01: in the draft the breakfasts
// commitment is text only (as migrated); its target is set in the editor (a
// negative target is refused first), the agreement is decided and signed, a
// breakfast is ticked off (a date in the future is refused first), and
// Översikt shows what lags: no child of "about 40" by July is at risk; the
// breakfast ticked off is then removed as a mistake (a reason required) and
// its status falls back. Every screen is screenshotted and checked with axe.
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textOnlyCommitment } from '../../src/shared/agreements/commitments/commitment';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { registerAll, stockholmBris, withCriteria } from '../support/agreements/fixtures';
import { activate, create } from '../support/agreements/helpers';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot, screenshotDir } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

describe('commitments: set a target, tick off a breakfast, see what is at risk on Översikt', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const tab = (name: string) => page().getByRole('tab', { name });
  let agreementId = 0;
  let dnr = '';
  let title = '';
  let breakfast = 0;

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  async function choose(label: string | RegExp, option: string | RegExp, scope: Locator = page().locator('body')) {
    await scope.getByRole('combobox', { name: label }).click();
    await page().getByRole('option', { name: option }).click();
  }

  it('setup: the draft support-group agreement, its breakfasts commitment text only', async () => {
    const app = fixture.app;
    app.clock.set(new Date('2026-07-01T09:00:00.000Z'));
    await app.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Stockholms stad',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    const ids = await registerAll(app);
    const data = withCriteria(stockholmBris(ids, '2025-01-01'));
    breakfast = data.commitments.findIndex((c) => c.text.includes('informationsfrukost'));
    const old = data.commitments[breakfast]!;
    data.commitments[breakfast] = textOnlyCommitment(old.organisationId, old.text, old.key);
    const agreement = await create(app, data);
    agreementId = agreement.id;
    dnr = agreement.data.registrationNumber;
    title = agreement.data.title;
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await nav('Överenskommelser').click();
    await page().getByRole('button', { name: dnr }).first().click();
    await shown(heading(title));
  });

  it('the Åtaganden tab flags the text-only commitment', async () => {
    await tab('Åtaganden').click();
    await shown(page().getByRole('table', { name: 'Åtaganden och uppföljning' }));
    await shown(page().getByText('1 åtagande har bara text', { exact: false }));
    await shown(page().getByText('Saknar mål'));
  });

  it('sets the target in the editor: a negative target is refused, 3 a year is saved', async () => {
    await tab('Innehåll').click();
    const group = page().getByRole('group', { name: 'Åtaganden' });
    await shown(group);
    const scope = 'åtagande 5 för Bris';
    await choose(`Typ – ${scope}`, 'Återkommande med mål per period', group);
    await choose(`Målet är – ${scope}`, 'exakt', group);
    const count = group.getByRole('textbox', { name: `Mål (antal) – ${scope}` });
    await count.fill('-1');
    await page().getByRole('button', { name: 'Spara version' }).click();
    await shown(group.getByText('Målet kan inte vara negativt.'));
    await visit('commitments-01-negative-target');
    // The editor is a long page: the commitments' part on its own, for people to look at.
    await group.screenshot({ path: join(screenshotDir, 'commitments-01-negative-target-detail.png'), animations: 'disabled' });
    expect((await fixture.app.must('agreements:get', { id: agreementId })).data.commitments[breakfast]!.kind).toBe(
      'unknown',
    );
    await count.fill('3');
    await page().getByRole('button', { name: 'Spara version' }).click();
    await shown(page().getByText('Sparat som version 2.'));
    const saved = await fixture.app.must('agreements:get', { id: agreementId });
    expect(saved.data.commitments[breakfast]).toMatchObject({
      kind: 'recurring',
      target: { count: 3, per: 'year', comparison: 'exactly', measure: 'tickOffs' },
    });
    await visit('commitments-02-target-set');
    // Decided and signed (as the lifecycle tests do it), then the screen is opened again.
    await activate(fixture.app, saved);
    await openAgreementFromList();
  });

  async function openAgreementFromList() {
    await nav('Överenskommelser').click();
    await page().getByRole('button', { name: dnr }).first().click();
    await shown(heading(title));
  }

  it('ticks off a breakfast: a date in the future is refused, then it is saved and on track', async () => {
    await tab('Åtaganden').click();
    const form = page().getByRole('group', { name: 'Bocka av något som är gjort' });
    await shown(form);
    await choose('Åtagande att bocka av', /informationsfrukost/, form);
    await form.getByLabel('Datum då det gjordes').fill('2026-07-02');
    await form.getByLabel('Vad som gjordes').fill('Informationsfrukost för familjehemssekreterare');
    await form.getByRole('button', { name: 'Bocka av' }).click();
    await shown(form.getByText('Datumet kan inte ligga i framtiden.', { exact: false }));
    await visit('commitments-03-future-refused');
    expect(await fixture.app.must('agreements:tickOffs', { agreementId })).toEqual([]);
    await form.getByLabel('Datum då det gjordes').fill('2026-05-20');
    await form.getByLabel('Anteckning').fill('14 deltagare från tre stadsdelar');
    await form.getByRole('button', { name: 'Bocka av' }).click();
    await shown(page().getByText('Avbockningen är sparad.'));
    const row = page()
      .getByRole('table', { name: 'Åtaganden och uppföljning' })
      .getByRole('row')
      .filter({ hasText: 'informationsfrukost' });
    await shown(row.getByText('1 av 3, 1 väntat hittills'));
    await shown(row.getByText('I fas'));
    await shown(page().getByRole('table', { name: 'Avbockningar' }).getByText('14 deltagare från tre stadsdelar'));
    await visit('commitments-04-ticked-off');
  });

  it('Översikt shows what lags: about 40 children with none by July is at risk', async () => {
    await nav('Översikt').click();
    await shown(heading('Översikt'));
    const lagging = page().getByRole('table', { name: 'Åtaganden med risk eller som inte uppfyllts' });
    await shown(lagging);
    const children = lagging.getByRole('row').filter({ hasText: 'cirka 40 barn' });
    await shown(children.getByText('Risk'));
    await shown(children.getByText('0 av 36, 17 väntat hittills'));
    expect(await lagging.getByRole('row').filter({ hasText: 'informationsfrukost' }).count()).toBe(0);
    await visit('commitments-05-overview-at-risk');
    await children.getByRole('button', { name: dnr }).click();
    await shown(page().getByRole('table', { name: 'Åtaganden och uppföljning' }));
  });

  it('removes the breakfast ticked off by mistake: a reason is required, then the status counts it no more', async () => {
    const ticks = page().getByRole('table', { name: 'Avbockningar' });
    await ticks
      .getByRole('button', { name: 'Ta bort avbockningen 2026-05-20, Informationsfrukost för familjehemssekreterare' })
      .click();
    const modal = page().getByRole('dialog', { name: 'Ta bort avbockningen' });
    await shown(modal);
    const reason = modal.getByRole('textbox', { name: 'Skäl till att avbockningen tas bort' });
    await expect.poll(() => reason.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await modal.getByRole('button', { name: 'Ta bort avbockningen' }).click();
    await shown(modal.getByText('Fältet måste fyllas i.'));
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await visit('commitments-06-remove-reason-required');
    expect(await fixture.app.must('agreements:tickOffs', { agreementId })).toHaveLength(1);
    // From the keyboard: the reason typed, the confirm pressed with Enter.
    await reason.fill('Fel överenskommelse, frukosten hölls för en annan part');
    await modal.getByRole('button', { name: 'Ta bort avbockningen' }).press('Enter');
    await shown(page().getByText('Avbockningen är borttagen.'));
    await modal.waitFor({ state: 'hidden' });
    const row = page()
      .getByRole('table', { name: 'Åtaganden och uppföljning' })
      .getByRole('row')
      .filter({ hasText: 'informationsfrukost' });
    await shown(row.getByText('0 av 3, 1 väntat hittills'));
    await shown(row.getByText('Risk'));
    await shown(page().getByText('Inget är avbockat ännu.'));
    expect(await fixture.app.must('agreements:tickOffs', { agreementId })).toEqual([]);
    await visit('commitments-07-tick-off-removed');
  });
});
