// A deficiency through its process, as a caseworker does it on the
// Stockholm–Bris support-group agreement: found at the cooperation group's
// meeting against the commitment to run four groups a year → dialogue held →
// action plan required (a deadline before the day found is refused first) →
// Översikt shows the plan's deadline → plan received with a follow-up date →
// Översikt shows the follow-up → followed up → remedied; the summary shows the
// open deficiency with its stage until then. Every screen is screenshotted and
// checked with axe.
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

describe('deficiency process: found at a meeting, dialogue, action plan, follow-up, remedied', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const tab = (name: string) => page().getByRole('tab', { name });
  const table = () => page().getByRole('table', { name: 'Brister' });
  const setToday = (day: string) => fixture.app.clock.set(new Date(`${day}T09:00:00.000Z`));
  let agreementId = 0;
  let dnr = '';
  let title = '';

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  async function choose(label: string, option: string | RegExp, scope: Locator = page().locator('body')) {
    // The label itself, or the label with its row named for screen readers ("Vid möte – nästa steg").
    const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( –|$)`);
    await scope.getByRole('combobox', { name }).click();
    await page().getByRole('option', { name: option }).click();
  }

  /** From Översikt: its first row of the agreement names it by dnr. */
  async function openAgreement() {
    await nav('Översikt').click();
    await shown(heading('Översikt'));
    await page().getByRole('button', { name: dnr }).first().click();
    await shown(heading(title));
  }

  async function nextStep(step: string) {
    await table()
      .getByRole('button', { name: /^Nästa steg/ })
      .click();
    const form = page().getByRole('group', { name: /^Nästa steg för bristen/ });
    await shown(form);
    await choose('Steg', step, form);
    return form;
  }

  it('setup: the support-group agreement in force, and the cooperation group met on 2026-02-20', async () => {
    const app = fixture.app;
    setToday('2026-02-20');
    await app.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Stockholms stad',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    const ids = await registerAll(app);
    const agreement = await activate(app, await create(app, withCriteria(stockholmBris(ids, '2025-01-01'))));
    agreementId = agreement.id;
    dnr = agreement.data.registrationNumber;
    title = agreement.data.title;
    await app.must('agreements:recordMeeting', {
      agreementId,
      bodyKey: 'cooperation',
      date: '2026-02-20',
      attendees: [],
      decisions: ['Bris ska lämna en åtgärdsplan för vårens grupper.'],
      minutesReference: 'Protokoll 2026-02-20',
    });
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    await openAgreement();
  });

  it('records the deficiency against the commitment, found at the meeting', async () => {
    await tab('Brister och tvister').click();
    await shown(page().getByText('Inga brister är registrerade.'));
    await page().getByLabel('Vad är bristen?').fill('Vårens grupper har inte startat.');
    await choose('Gäller åtagande eller villkor', /Genomföra minst fyra stödgrupper per år/);
    await choose('Vid möte', 'Samverkansgrupp 2026-02-20');
    expect(await page().getByLabel('Upptäckt', { exact: true }).inputValue()).toBe('2026-02-20');
    await page().getByLabel('Rättas senast').fill('2026-05-31');
    await page().getByRole('button', { name: 'Spara bristen' }).click();
    await shown(page().getByText('Bristen är registrerad.'));
    await shown(table());
    const text = (await table().textContent()) ?? '';
    expect(text).toContain('Genomföra minst fyra stödgrupper per år');
    expect(text).toContain('Upptäckt – dialog ska hållas');
    await visit('deficiency-process-01-recorded');
    // The picker sends the commitment's key, not its place in the list.
    const groups = (await fixture.app.must('agreements:get', { id: agreementId })).data.commitments.find((c) =>
      c.text.startsWith('Genomföra minst fyra stödgrupper per år'),
    )!;
    expect(await fixture.app.must('agreements:deficiencies', { agreementId })).toMatchObject([
      { foundOn: '2026-02-20', commitmentKey: groups.key, meetingId: expect.any(Number), stage: 'found' },
    ]);
  });

  it('the dialogue is held at the meeting', async () => {
    const form = await nextStep('Dialog hållen');
    await choose('Vid möte', 'Samverkansgrupp 2026-02-20', form);
    expect(await form.getByLabel('Datum').inputValue()).toBe('2026-02-20');
    await form.getByLabel('Anteckning').fill('Bris bekräftar att gruppledare saknas.');
    await form.getByRole('button', { name: 'Spara steget' }).click();
    await shown(page().getByText('Steget är registrerat.'));
    await shown(table().getByText('2026-02-20 Dialog hållen (Styrgruppen)'));
  });

  it('an action plan is required: a deadline before the day found is refused, then saved', async () => {
    const form = await nextStep('Åtgärdsplan krävd');
    await form.getByLabel('Datum').fill('2026-02-20');
    await form.getByLabel('Åtgärdsplanen ska lämnas senast').fill('2026-02-10');
    await form.getByRole('button', { name: 'Spara steget' }).click();
    await shown(
      form.getByText('Sista dag för åtgärdsplanen kan inte ligga före den dag bristen upptäcktes.'),
    );
    await visit('deficiency-process-02-deadline-refused');
    expect((await fixture.app.must('agreements:deficiencies', { agreementId }))[0]!.steps).toHaveLength(1);
    await form.getByLabel('Åtgärdsplanen ska lämnas senast').fill('2026-03-20');
    await form.getByRole('button', { name: 'Spara steget' }).click();
    await shown(page().getByText('Steget är registrerat.').last());
    await shown(table().getByText('Väntar på åtgärdsplan'));
    await visit('deficiency-process-03-plan-required');
  });

  it('the summary shows the open deficiency with its stage, and Översikt the plan’s deadline', async () => {
    await tab('Sammanfattning').click();
    const open = page().getByRole('list', { name: 'Öppna brister' });
    await shown(open);
    expect(await open.textContent()).toContain('Väntar på åtgärdsplan – Nästa tidsgräns 2026-03-20');
    await visit('deficiency-process-04-summary');
    await nav('Översikt').click();
    await shown(heading('Översikt'));
    const row = page().getByRole('row').filter({ hasText: 'Åtgärdsplan ska lämnas' });
    await shown(row);
    expect(await row.textContent()).toContain('2026-03-20');
    expect(await row.textContent()).toContain('Bris');
    await visit('deficiency-process-05-overview-plan-due');
  });

  it('the plan is received with a follow-up date, which Översikt then shows instead', async () => {
    setToday('2026-03-18');
    await openAgreement();
    await tab('Brister och tvister').click();
    const form = await nextStep('Åtgärdsplan mottagen');
    await form.getByLabel('Datum').fill('2026-03-18');
    await form.getByLabel('Följs upp senast').fill('2026-04-22');
    await form.getByRole('button', { name: 'Spara steget' }).click();
    await shown(table().getByText('Åtgärdsplan mottagen – ska följas upp'));
    await nav('Översikt').click();
    await shown(heading('Översikt'));
    const row = page().getByRole('row').filter({ hasText: 'Uppföljning av brist' });
    await shown(row);
    expect(await row.textContent()).toContain('2026-04-22');
    expect(await page().getByRole('row').filter({ hasText: 'Åtgärdsplan ska lämnas' }).count()).toBe(0);
    await visit('deficiency-process-06-overview-follow-up');
  });

  it('followed up, then remedied: the deficiency closes and leaves the summary and Översikt', async () => {
    setToday('2026-04-22');
    await openAgreement();
    await tab('Brister och tvister').click();
    let form = await nextStep('Uppföljning');
    await form.getByLabel('Datum').fill('2026-04-22');
    await form.getByLabel('Anteckning').fill('Två grupper har startat.');
    await form.getByRole('button', { name: 'Spara steget' }).click();
    await shown(table().getByText('Uppföljd', { exact: true }));
    form = await nextStep('Utfall');
    await form.getByLabel('Datum').fill('2026-04-22');
    await form.getByRole('radio', { name: 'Åtgärdad' }).check();
    await visit('deficiency-process-07-outcome');
    await form.getByRole('button', { name: 'Spara steget' }).click();
    await shown(table().getByText('Avslutad', { exact: true }));
    const text = (await table().textContent()) ?? '';
    expect(text).toContain('Åtgärdad 2026-04-22');
    expect(
      await table()
        .getByRole('button', { name: /^Nästa steg/ })
        .count(),
    ).toBe(0);
    await visit('deficiency-process-08-remedied');
    const [saved] = await fixture.app.must('agreements:deficiencies', { agreementId });
    expect(saved).toMatchObject({ outcome: 'remedied', outcomeOn: '2026-04-22', stage: 'closed' });
    expect(saved!.steps.map((s) => s.kind)).toEqual([
      'dialogue',
      'actionPlanRequired',
      'actionPlanReceived',
      'followUp',
      'outcome',
    ]);
    await tab('Sammanfattning').click();
    await shown(page().getByText('Inga öppna brister.'));
    await nav('Översikt').click();
    await shown(heading('Översikt'));
    expect(await page().getByRole('row').filter({ hasText: 'Uppföljning av brist' }).count()).toBe(0);
  });

  it('kept the page inside the app', () => {
    expect(fixture.bridge.violations).toEqual([]);
  });
});
