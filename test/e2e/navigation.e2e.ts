// Navigation keeps its place (issue 11), as a caseworker moves: an agreement,
// then a group, then a child; back and forward with Alt+←/→ and with the
// mouse's back and forward buttons; the menu always opens its list, also from
// a record; a lock and an unlock come back to the same record; a record
// deleted while locked gives way to its list with no error; a reload keeps
// the place. The history holds ids only, never a name.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { stockholmBris, registerAll, withCriteria } from '../support/agreements/fixtures';
import { activeAgreement, programmeWithGroup } from '../support/agreements/groups';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { admittedChild, childInput, testNumber } from '../support/support-groups/fixtures';
import { adminPassword } from '../support/temp-app';
import { addUser, signIn } from '../support/users';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });

/** What the test reads of the page's own location and history. */
interface LocationScope {
  location: { hash: string };
  history: { state: unknown };
  dispatchEvent(event: unknown): boolean;
  MouseEvent: new (type: string, init: { button: number; bubbles: boolean }) => unknown;
}

describe('navigation keeps its place', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  let agreement = { id: 0, title: '', dnr: '' };
  let group = { id: 0, name: '' };
  let child = { id: 0, name: '' };
  let childGone = { id: 0, name: '' };
  let karin = { username: '', password: '' };
  let viewer = { username: '', password: '' };

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  const hash = () => page().evaluate(() => (globalThis as unknown as LocationScope).location.hash);
  const historyState = () =>
    page().evaluate(() => JSON.stringify((globalThis as unknown as LocationScope).history.state));
  /** The mouse's back (3) or forward (4) button, as Chromium reports it to the page. */
  const mouseButton = (button: 3 | 4) =>
    page().evaluate((b) => {
      const scope = globalThis as unknown as LocationScope;
      for (const type of ['mousedown', 'mouseup'])
        scope.dispatchEvent(new scope.MouseEvent(type, { button: b, bubbles: true }));
    }, button);

  it('setup: an agreement with a group and a child in it, a child registered by mistake, a caseworker and a viewer', async () => {
    const app = fixture.app;
    await app.must('installation:setup', {
      organisationName: 'Exempelstadens socialförvaltning',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    const ids = await registerAll(app);
    const a = await activeAgreement(app, withCriteria(stockholmBris(ids, '2026-01-01')));
    agreement = { id: a.id, title: a.data.title, dnr: a.data.registrationNumber };
    const made = await programmeWithGroup(app, a.id, ids.bris, '2026-03-04', 'Vårgruppen 2026');
    group = { id: made.group.id, name: made.group.name };
    const first = await admittedChild(app, made.group.id, made.programme.id);
    child = { id: first.child.id, name: first.child.name };
    // Registered by mistake: never enrolled.
    const second = await app.must(
      'children:create',
      childInput({
        name: 'Felregistrerad Exempelsson',
        identityNumber: testNumber('2013-05-14'),
      }),
    );
    childGone = { id: second.id, name: second.name };
    karin = await addUser(app, 'caseworker', 'karin');
    viewer = await addUser(app, 'viewer', 'vera');
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('every screen and record has its own address: agreement → group → child', async () => {
    await nav('Överenskommelser').click();
    await shown(heading('Överenskommelser'));
    await page().getByRole('button', { name: agreement.dnr }).click();
    await shown(heading(agreement.title));
    expect(await hash()).toBe(`#/agreements/${agreement.id}`);
    await page().getByRole('tab', { name: 'Ekonomi' }).click();
    await shown(page().getByRole('tab', { name: 'Ekonomi', selected: true }));
    expect(await hash()).toBe(`#/agreements/${agreement.id}/economy`);

    await nav('Stödgrupper').click();
    await shown(heading('Stödgrupper'));
    await page().getByRole('button', { name: group.name }).click();
    await shown(heading(group.name));
    expect(await hash()).toBe(`#/groups/${group.id}`);

    await nav('Barn').click();
    await shown(heading('Barn'));
    await page().getByRole('button', { name: child.name }).click();
    await shown(heading(child.name));
    expect(await hash()).toBe(`#/children/${child.id}`);
    await visit('nav-01-child');
  });

  it('Alt+← goes back step by step to the agreement, on the tab it was left on', async () => {
    await page().keyboard.press('Alt+ArrowLeft');
    await shown(heading('Barn'));
    await page().keyboard.press('Alt+ArrowLeft');
    await shown(heading(group.name));
    await page().keyboard.press('Alt+ArrowLeft');
    await shown(heading('Stödgrupper'));
    await page().keyboard.press('Alt+ArrowLeft');
    await shown(heading(agreement.title));
    await shown(page().getByRole('tab', { name: 'Ekonomi', selected: true }));
    await visit('nav-02-back-to-agreement');
  });

  it('Alt+→ and the mouse buttons go forward and back again', async () => {
    await page().keyboard.press('Alt+ArrowRight');
    await shown(heading('Stödgrupper'));
    await page().keyboard.press('Alt+ArrowRight');
    await shown(heading(group.name));
    await mouseButton(4);
    await shown(heading('Barn'));
    await mouseButton(4);
    await shown(heading(child.name));
    await mouseButton(3);
    await shown(heading('Barn'));
    await mouseButton(3);
    await shown(heading(group.name));
    // Once per press: the page handles the button, not Chromium as well.
    expect(await hash()).toBe(`#/groups/${group.id}`);
  });

  it('the menu goes to the list of its screen, also from one of its records', async () => {
    await nav('Stödgrupper').click();
    await shown(heading('Stödgrupper'));
    expect(await hash()).toBe('#/support-groups');
    await page().getByRole('button', { name: group.name }).click();
    await shown(heading(group.name));
    await page().getByRole('button', { name: child.name }).click();
    await shown(heading(`${child.name} – Stödgrupp för familjehemsplacerade barn`));
    await nav('Stödgrupper').click();
    await shown(heading('Stödgrupper'));
    await shown(page().getByRole('tab', { name: 'Grupper', selected: true }));

    await nav('Överenskommelser').click();
    await shown(heading('Överenskommelser'));
    await shown(page().getByRole('button', { name: agreement.dnr }));
    expect(await hash()).toBe('#/agreements');
    await visit('nav-03-menu-list');
  });

  it('a lock and an unlock come back to the same record, with ids only in history', async () => {
    await nav('Barn').click();
    await page().getByRole('button', { name: child.name }).click();
    await shown(heading(child.name));
    await page()
      .getByRole('button', { name: /Ada Admin/ })
      .click();
    await page().getByRole('menuitem', { name: 'Lås nu' }).click();
    await shown(page().getByRole('button', { name: 'Lås upp' }));
    // Behind the lock: the address and history state name no one.
    expect(await hash()).toBe(`#/children/${child.id}`);
    const state = await historyState();
    expect(state).not.toContain(child.name);
    expect(state).not.toContain('Tolvan');
    expect(await page().content()).not.toContain(child.name);
    await visit('nav-04-locked');

    await page().getByLabel('Användare').selectOption('admin');
    await page().getByLabel('Lösenord').fill(adminPassword);
    await page().getByRole('button', { name: 'Lås upp' }).click();
    await shown(heading(child.name));
    expect(await hash()).toBe(`#/children/${child.id}`);
    await visit('nav-05-unlocked-same-child');
  });

  it('a reload keeps the place', async () => {
    await page().reload();
    await shown(heading(child.name));
    expect(await hash()).toBe(`#/children/${child.id}`);
  });

  it('a record deleted while locked gives way to its list, with no error', async () => {
    await nav('Barn').click();
    await page().getByRole('button', { name: childGone.name }).click();
    await shown(heading(childGone.name));
    await page()
      .getByRole('button', { name: /Ada Admin/ })
      .click();
    await page().getByRole('menuitem', { name: 'Lås nu' }).click();
    await shown(page().getByRole('button', { name: 'Lås upp' }));

    // Karin, a caseworker, deletes the child registered by mistake while the admin's screen is locked.
    const app = fixture.app;
    await signIn(app, karin.username, karin.password);
    const current = await app.must('children:get', { id: childGone.id });
    await app.must('children:deleteMistake', {
      id: childGone.id,
      version: current.version,
      reason: 'testEntry',
      confirmed: true,
    });
    await app.must('auth:lock', {});

    await page().getByLabel('Användare').selectOption('admin');
    await page().getByLabel('Lösenord').fill(adminPassword);
    await page().getByRole('button', { name: 'Lås upp' }).click();
    await shown(heading('Barn'));
    expect(await hash()).toBe('#/children');
    expect(await page().getByRole('alert').count()).toBe(0);
    await shown(page().getByRole('button', { name: child.name }));
    expect(await page().getByRole('button', { name: childGone.name }).count()).toBe(0);
    await visit('nav-06-deleted-gives-list');
  });

  it('a user whose role may not see the page unlocks to Översikt, with no error', async () => {
    await page().getByRole('button', { name: child.name }).click();
    await shown(heading(child.name));
    await page()
      .getByRole('button', { name: /Ada Admin/ })
      .click();
    await page().getByRole('menuitem', { name: 'Lås nu' }).click();
    await page().getByLabel('Användare').selectOption(viewer.username);
    await page().getByLabel('Lösenord').fill(viewer.password);
    await page().getByRole('button', { name: 'Lås upp' }).click();
    await shown(heading('Översikt'));
    expect(await page().getByRole('alert').count()).toBe(0);
    expect(await page().content()).not.toContain(child.name);
    expect(
      await page()
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('button', { name: 'Barn' })
        .count(),
    ).toBe(0);
    await visit('nav-07-viewer-unlocks-to-overview');
  });
});
