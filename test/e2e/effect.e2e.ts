// Effect evaluation through what a user sees: Rapporter → Effekt, add the
// example instrument and choose it for the support-group programme → on the
// group page of six children, record a "before" sheet (a missing answer is
// refused first, nothing saved) and an "after" sheet → with the other sheets
// in, the effect results for the agreement show the group of 6 with its
// figures as chart and table → another agreement's programme with a group of
// 3 is hidden. Every screen is screenshotted and checked with axe.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleInstrument } from '../../src/shared/effect-evaluation/example-instrument';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { organisationInput } from '../support/organisations';
import {
  admittedChild,
  createAgreement,
  groupInput,
  programmeInput,
  testNumber,
} from '../support/support-groups/fixtures';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

const six = ['Alva Ek', 'Bo Lind', 'Cleo Ahl', 'Dani Berg', 'Elis Falk', 'Fia Gran'];
const three = ['Gus Holm', 'Hedda Is', 'Ivo Jung'];
// Sheets on the example instrument (items 4 and 6 reverse-scored): totals before 16 18 20 22 14 17,
// after 22 20 21 28 14 23 (changes 6 2 1 6 0 6, as in statistics.test.ts).
const before = [
  [3, 3, 2, 3, 3, 4],
  [3, 3, 3, 3, 3, 3],
  [4, 3, 3, 2, 3, 3],
  [4, 4, 3, 2, 3, 2],
  [2, 2, 2, 3, 2, 3],
  [3, 3, 3, 3, 3, 4],
];
const after = [
  [4, 4, 3, 2, 4, 3],
  [4, 3, 3, 2, 3, 3],
  [4, 4, 3, 2, 3, 3],
  [5, 5, 4, 1, 4, 1],
  [2, 2, 2, 3, 2, 3],
  [4, 4, 3, 2, 4, 2],
];

describe('effect evaluation: instruments, answers, results', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp, level = 1) => page().getByRole('heading', { level, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const enrolments: number[] = [];
  const small: number[] = [];
  let programmeB = 0;
  let instrumentId = 0;

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  it('setup: two agreements, a group of 6 and a group of 3 in another programme', async () => {
    const app = fixture.app;
    await app.must('installation:setup', {
      organisationName: 'Exempelstadens socialförvaltning',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    await app.must('organisations:create', organisationInput({ name: 'Föreningen Stödet' }));
    const a = await createAgreement(app, 'SN-2026/101');
    const programme = await app.must('programmes:create', programmeInput(a));
    const group = await app.must(
      'supportGroups:create',
      groupInput(programme.id, { name: 'Vårgruppen Norr' }),
    );
    for (const [i, name] of six.entries()) {
      const { enrolment } = await admittedChild(app, group.id, programme.id, {
        name,
        identityNumber: testNumber('2014-05-10', 100 + i * 10),
      });
      enrolments.push(enrolment.id);
    }
    const b = await createAgreement(app, 'SN-2026/102');
    const flight = await app.must(
      'programmes:create',
      programmeInput(b, { name: 'Flyktfåglarna', ageMin: 6, ageMax: 12 }),
    );
    programmeB = flight.id;
    const groupB = await app.must(
      'supportGroups:create',
      groupInput(flight.id, { name: 'Flyktfåglarna vår' }),
    );
    for (const [i, name] of three.entries()) {
      const { enrolment } = await admittedChild(app, groupB.id, flight.id, {
        name,
        identityNumber: testNumber('2016-02-02', 400 + i * 10),
      });
      small.push(enrolment.id);
    }
    // The group is over: the after sheets can be dated.
    app.clock.set(new Date('2026-05-20T10:00:00.000Z'));
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('Rapporter → Effekt: the example instrument is added and chosen for the programme', async () => {
    await nav('Rapporter').click();
    await page().getByRole('tab', { name: 'Effekt' }).click();
    await shown(heading('Mätinstrument', 2));
    await shown(page().getByText('Det finns inga svar före och efter'));
    await page().getByRole('button', { name: 'Lägg till exempelinstrumentet' }).click();
    await shown(page().getByRole('rowheader', { name: exampleInstrument.name }));
    await page()
      .getByLabel('Program', { exact: true })
      .selectOption({ label: 'Stödgrupp för familjehemsplacerade barn (Stödgrupper SN-2026/101)' });
    await page().getByRole('checkbox', { name: exampleInstrument.name }).check();
    await page().getByRole('button', { name: 'Spara programmets instrument' }).click();
    await shown(page().getByText('Programmets instrument är sparade.'));
    await visit('effect-01-instruments');
    const instruments = await fixture.app.must('effect:instruments', {});
    instrumentId = instruments[0]!.id;
    await fixture.app.must('effect:setProgrammeInstruments', {
      programmeId: programmeB,
      instruments: [{ instrumentId, followUpMonths: null }],
    });
  });

  it('the group page: a missing answer is refused, then the before and after sheets are saved', async () => {
    await nav('Stödgrupper').click();
    await page().getByRole('button', { name: 'Vårgruppen Norr' }).click();
    await shown(heading('Vårgruppen Norr'));
    await shown(heading('Effektutvärdering', 2));
    await page()
      .getByRole('button', { name: `Registrera svar för ${six[0]}, före första träffen` })
      .click();
    const form = page().getByRole('group', { name: `Svar från ${six[0]}, före första träffen` });
    await form.getByLabel('Datum då frågorna besvarades').fill('2026-03-01');
    const items = form.getByRole('radiogroup');
    for (const [i, v] of before[0]!.entries())
      if (i !== 2)
        await items
          .nth(i)
          .getByRole('radio', { name: String(v), exact: true })
          .check();
    await form.getByRole('button', { name: 'Spara svaren' }).click();
    await shown(form.getByText('Frågan måste besvaras.'));
    expect(await fixture.app.must('effect:answers', { enrolmentId: enrolments[0]! })).toEqual([]);
    await visit('effect-02-missing-answer');
    await items
      .nth(2)
      .getByRole('radio', { name: String(before[0]![2]), exact: true })
      .check();
    await form.getByRole('button', { name: 'Spara svaren' }).click();
    await shown(page().getByText('Svaren är sparade.'));
    await page()
      .getByRole('button', { name: `Registrera svar för ${six[0]}, efter sista träffen` })
      .click();
    const afterForm = page().getByRole('group', { name: `Svar från ${six[0]}, efter sista träffen` });
    await afterForm.getByLabel('Datum då frågorna besvarades').fill('2026-05-15');
    const afterItems = afterForm.getByRole('radiogroup');
    for (const [i, v] of after[0]!.entries())
      await afterItems
        .nth(i)
        .getByRole('radio', { name: String(v), exact: true })
        .check();
    await afterForm.getByRole('button', { name: 'Spara svaren' }).click();
    await shown(page().getByRole('row', { name: new RegExp(`^${six[0]} Registrerat Registrerat`) }));
    await visit('effect-03-group-answers');
    const saved = await fixture.app.must('effect:answers', { enrolmentId: enrolments[0]! });
    expect(saved.map((s) => [s.occasion, s.answeredOn, s.enteredBy, s.values])).toEqual([
      ['before', '2026-03-01', 'Ada Admin', before[0]],
      ['after', '2026-05-15', 'Ada Admin', after[0]],
    ]);
    // A second "before" is refused by main even if a page offered it.
    const again = await fixture.app.call('effect:recordAnswer', {
      enrolmentId: enrolments[0]!,
      instrumentId,
      occasion: 'before',
      answeredOn: '2026-03-01',
      values: before[0]!,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'effect.beforeExists' } });
  });

  it('the effect results of the agreement show the group of 6, as chart and table', async () => {
    const app = fixture.app;
    for (const [i, enrolmentId] of enrolments.entries()) {
      if (i === 0) continue;
      for (const [occasion, values, answeredOn] of [
        ['before', before[i]!, '2026-03-01'],
        ['after', after[i]!, '2026-05-15'],
      ] as const)
        await app.must('effect:recordAnswer', {
          enrolmentId,
          instrumentId,
          occasion,
          answeredOn,
          values: [...values],
        });
    }
    for (const enrolmentId of small)
      for (const [occasion, answeredOn] of [
        ['before', '2026-03-01'],
        ['after', '2026-05-15'],
      ] as const)
        await app.must('effect:recordAnswer', {
          enrolmentId,
          instrumentId,
          occasion,
          answeredOn,
          values: [3, 3, 3, 3, 3, 3],
        });
    await nav('Rapporter').click();
    await page().getByRole('tab', { name: 'Effekt' }).click();
    await page().getByLabel('Överenskommelse').selectOption({ label: 'SN-2026/101 Stödgrupper SN-2026/101' });
    const table = page().getByRole('table', { name: `${exampleInstrument.name}: Totalt, före → efter` });
    await shown(table);
    // n 6, mean before 107/6 = 17,83, after 128/6 = 21,33, change 3,50 (CI 0,55–6,45), d_z 1,25, improved 50 %.
    await shown(
      table.getByRole('row', {
        name: /^Vårgruppen Norr 6 17,83 21,33 3,50 0,55 6,45 1,25 50,0\s%\s50,0\s%\s0,0\s%$/,
      }),
    );
    await shown(
      page()
        .getByRole('img', { name: /Diagram: medelvärde före och efter/ })
        .first(),
    );
    await visit('effect-04-results-agreement');
  });

  it('the other agreement’s group of 3 is hidden', async () => {
    await page().getByLabel('Överenskommelse').selectOption({ label: 'SN-2026/102 Stödgrupper SN-2026/102' });
    const table = page().getByRole('table', { name: `${exampleInstrument.name}: Totalt, före → efter` });
    const row = table.getByRole('row', { name: /^Flyktfåglarna vår/ });
    await shown(row);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells).toHaveLength(10);
    for (const cell of cells) expect(cell).toContain('..');
    expect(cells.join(' ')).not.toMatch(/\b3\b/);
    await shown(
      page()
        .getByText(/dold för att skydda enskilda barn/)
        .first(),
    );
    await visit('effect-05-results-hidden');
  });

  it('across all agreements the rows are the agreements; the 6 is hidden with the 3, the total shown', async () => {
    await page().getByLabel('Överenskommelse').selectOption({ label: 'Alla överenskommelser' });
    await shown(page().getByText(/en rad per överenskommelse\. Välj en överenskommelse/));
    const table = page().getByRole('table', { name: `${exampleInstrument.name}: Totalt, före → efter` });
    await shown(table.getByRole('row', { name: /^Totalt 9 / }));
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([
      'SN-2026/101 Stödgrupper SN-2026/101 totalt',
      'SN-2026/102 Stödgrupper SN-2026/102 totalt',
      'Totalt',
    ]);
    for (const name of [/^SN-2026\/101 .* totalt/, /^SN-2026\/102 .* totalt/]) {
      const cells = await table.getByRole('row', { name }).getByRole('cell').allTextContents();
      for (const cell of cells) expect(cell).toContain('..');
    }
    await visit('effect-06-results-all');
  });
});
