// Navigation keeps its place (issue 11), in a long list: a caseworker scrolls
// far down the children list, opens a child, and going back (Alt+←,
// "Tillbaka till barnen", the browser's back) shows the list scrolled where
// she left it; "Tillbaka" is a step back in history, so Alt+→ opens the child
// again. The menu opens the list anew, at the top. The page itself keeps its
// place too: back from an enrolment to a long group page. Screenshots, axe clean.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bridgeEntryUrl } from '../support/chromium-bridge';
import { adminPassword } from '../support/temp-app';
import { admittedChild, childInput, setUpGroup, testNumber } from '../support/support-groups/fixtures';
import { addUser, signIn } from '../support/users';
import { expectAccessible } from './support/accessibility';
import { useBridgedApp } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
/** The page's window, typed for what these tests read (they compile without the DOM types; casts only, as the functions run in the page). */
interface PageWindow {
  scrollY: number;
  scrollTo(x: number, y: number): void;
  document: { documentElement: { scrollHeight: number; clientHeight: number } };
}
const childCount = 80;
const nameOf = (n: number) => `Testbarn ${String(n).padStart(3, '0')}`;
/** Far down the list: row 32 of 80 is in view (rows are 52 px). */
const scrolledTo = 1500;

describe('back to a long list: where the user had scrolled it', () => {
  const fixture = useBridgedApp();
  stepwise();
  const page = () => fixture.page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const list = () => page().getByRole('table', { name: 'Barn' });
  // The list's scrolling body: the second row group (the first holds the header).
  const body = () => list().getByRole('rowgroup').nth(1);
  const listTop = () => body().evaluate((element) => element.scrollTop);
  const child = nameOf(32);
  let groupName = '';

  async function visit(name: string) {
    await page().waitForLoadState('networkidle');
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  async function openChildFromScrolledList() {
    await shown(page().getByText(`${childCount + 6} barn visas`));
    await body().evaluate((element, top) => {
      element.scrollTop = top;
    }, scrolledTo);
    await page().getByRole('button', { name: child, exact: true }).click();
    await shown(heading(child));
  }

  async function expectListWhereLeft() {
    await shown(heading('Barn'));
    await expect.poll(listTop).toBe(scrolledTo);
    await shown(page().getByRole('button', { name: child, exact: true }));
  }

  it(`setup: ${childCount} children, a group with 6 more, and a caseworker`, async () => {
    const app = fixture.app;
    await app.must('installation:setup', {
      organisationName: 'Socialförvaltningen, Malmö stad',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    const born = Date.UTC(2012, 0, 1);
    for (let n = 1; n <= childCount; n += 1) {
      const birthDate = new Date(born + n * 86_400_000).toISOString().slice(0, 10);
      await app.must(
        'children:create',
        childInput({ name: nameOf(n), identityNumber: testNumber(birthDate), guardians: [] }),
      );
    }
    const { group, programme } = await setUpGroup(app);
    groupName = group.name;
    for (let n = 1; n <= 6; n += 1) {
      await admittedChild(app, group.id, programme.id, {
        name: nameOf(90 + n),
        identityNumber: testNumber(`2014-05-${String(10 + n)}`),
        guardians: [],
      });
    }
    const karin = await addUser(app, 'caseworker', 'karin');
    await signIn(app, karin.username, karin.password);
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
  });

  it('Alt+← from a child returns to the list where it was scrolled', async () => {
    await nav('Barn').click();
    await openChildFromScrolledList();
    await page().keyboard.press('Alt+ArrowLeft');
    await expectListWhereLeft();
    await visit('scroll-01-back-to-scrolled-list');
  });

  it('"Tillbaka till barnen" steps back too: the list where it was, and Alt+→ opens the child again', async () => {
    await openChildFromScrolledList();
    await page().getByRole('button', { name: 'Tillbaka till barnen' }).click();
    await expectListWhereLeft();
    await page().keyboard.press('Alt+ArrowRight');
    await shown(heading(child));
  });

  it("the browser's own back returns to the list where it was", async () => {
    await page().keyboard.press('Alt+ArrowLeft');
    await expectListWhereLeft();
    await openChildFromScrolledList();
    await page().goBack();
    await expectListWhereLeft();
  });

  it('the menu opens the list anew, at the top', async () => {
    await page().getByRole('button', { name: child, exact: true }).click();
    await shown(heading(child));
    await nav('Barn').click();
    await shown(heading('Barn'));
    await shown(page().getByRole('button', { name: nameOf(1), exact: true }));
    expect(await listTop()).toBe(0);
  });

  it('back from an enrolment, a long group page is where it was scrolled', async () => {
    await nav('Stödgrupper').click();
    await page().getByRole('button', { name: groupName }).click();
    await shown(heading(groupName));
    const pageTop = () => page().evaluate(() => Math.round((globalThis as unknown as PageWindow).scrollY));
    const target = await page().evaluate(() => {
      const window = globalThis as unknown as PageWindow;
      const { scrollHeight, clientHeight } = window.document.documentElement;
      const top = Math.min(600, scrollHeight - clientHeight);
      window.scrollTo(0, top);
      return top;
    });
    expect(target).toBeGreaterThan(200);
    await expect.poll(pageTop).toBe(target);
    await page()
      .getByRole('button', { name: nameOf(96), exact: true })
      .click();
    await shown(heading(new RegExp(`^${nameOf(96)} – `)));
    expect(await pageTop()).toBe(0);
    await page().keyboard.press('Alt+ArrowLeft');
    await shown(heading(groupName));
    await expect.poll(pageTop).toBe(target);
    await visit('scroll-02-back-to-scrolled-group-page');
  });
});
