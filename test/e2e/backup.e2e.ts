// Backups through what an administrator sees, in two apps on two data
// folders. First app: an installation with an organisation → the overview
// says no backup exists → Administration → Säkerhetskopior: choose the backup
// folder, create a backup key (the secret shown once, only the public half
// kept), take a passphrase backup into a folder picked in the (stand-in) OS
// dialog, refuse a wrong passphrase, verify it, cancel a check, and restore
// over newer data (a safety backup first, then the lock screen). Second app,
// a fresh install: the first-run screen restores the backup and the admin
// signs in with the first app's password; the organisation is there. Every
// screen is screenshotted and checked with axe; nothing leaves the app.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { identityToRecipient } from 'age-encryption';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../src/shared/i18n/messages';
import { bridgeEntryUrl, launchBridge, type Bridge } from '../support/chromium-bridge';
import { adminPassword, createTempApp, type TempApp } from '../support/temp-app';
import { expectAccessible } from './support/accessibility';
import { rendererDir } from './support/bridged-app';
import { screenshot } from './support/screenshot';
import { stepwise } from './support/stepwise';

const organisationName = 'Socialförvaltningen, Exempelstad';
const redCross = {
  name: 'Svenska Röda Korset',
  kind: 'nonprofit' as const,
  orgNumber: '802002-8711',
  address: { street: 'Demovägen 12', postalCode: '211 20', city: 'Malmö' },
  paymentAccount: null,
  contacts: [],
  requirements: [],
};
const malmo = { ...redCross, name: 'Malmö stad', kind: 'municipality' as const, orgNumber: '212000-1124' };
// The fixed test clock (2026-03-02T09:00Z) in Stockholm time.
const backupTime = '2026-03-02 10:00';
const backupFileName = 'iop-desk-backup-20260302T090000Z.age';

const shown = (locator: Locator) => locator.waitFor({ state: 'visible' });
/** Main's first report is on the bar (not the "Startar" placeholder the page shows until then). */
const reported = (bar: Locator) =>
  expect.poll(() => bar.getAttribute('aria-valuetext'), { timeout: 15_000 }).toMatch(/^Steg \d av \d: /);

/**
 * Lets a test hold the page's progress polls: after `hold()` the next
 * `backup:job` answer goes through and later ones wait (each is main's real
 * report, taken when asked) until `release()`, so a running job's screen
 * stays still for a screenshot and axe while the job itself goes on.
 */
function progressGate(app: TempApp) {
  const invoke = app.router.invoke.bind(app.router);
  let passing = Number.POSITIVE_INFINITY;
  let opened: Promise<void> = Promise.resolve();
  let open = () => {};
  app.router.invoke = async (channel, input, caller) => {
    const answer = invoke(channel, input, caller);
    if (channel === 'backup:job' && passing-- <= 0) await opened;
    return answer;
  };
  return {
    hold() {
      passing = 1;
      opened = new Promise((resolve) => (open = resolve));
    },
    release() {
      passing = Number.POSITIVE_INFINITY;
      open();
    },
  };
}

interface Bridged {
  app: TempApp;
  bridge: Bridge;
  page: Page;
  gate: ReturnType<typeof progressGate>;
}

async function bridgedApp(pickers: { folder(): string | null; file(): string | null }): Promise<Bridged> {
  const app = createTempApp(undefined, {
    senderUrl: bridgeEntryUrl,
    pickers: { chooseFolder: async () => pickers.folder(), chooseFile: async () => pickers.file() },
  });
  const gate = progressGate(app);
  try {
    const bridge = await launchBridge({ app, rendererDir });
    // Long enough for a backup with the production scrypt cost on two slow cores.
    bridge.page.setDefaultTimeout(20_000);
    return { app, bridge, page: bridge.page, gate };
  } catch (error) {
    await app.dispose();
    throw error;
  }
}

describe('backups: take, check and restore a backup, into a fresh install too', () => {
  stepwise();
  const backupFolder = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-backups-'));
  const backupPath = join(backupFolder, backupFileName);
  let first: Bridged;
  let second: Bridged | undefined;
  /** The first installation's key fingerprint, as its Säkerhetskopior tab shows it for printing. */
  let firstFingerprint = '';
  let passphrase = '';
  /** What the (stand-in) OS file dialog returns in the first app. */
  let pickedFile: string | null = null;
  const foreignFolder = mkdtempSync(join(tmpdir(), 'iop-desk-e2e-foreign-'));

  const page = () => (second ?? first).page;
  const heading = (name: string | RegExp) => page().getByRole('heading', { level: 1, name });
  const dialog = (name: string) => page().getByRole('dialog', { name });
  const nav = (name: string) =>
    page().getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name });
  const backupRow = () =>
    page().getByRole('table', { name: 'Säkerhetskopior i mappen för säkerhetskopior' }).getByRole('row');

  async function visit(name: string) {
    await screenshot(page(), name);
    await expectAccessible(page(), name);
  }

  beforeAll(async () => {
    first = await bridgedApp({ folder: () => backupFolder, file: () => pickedFile });
  });

  afterAll(async () => {
    for (const bridged of [first, second]) {
      await bridged?.bridge.dispose();
      await bridged?.app.dispose();
    }
    rmSync(backupFolder, { recursive: true, force: true });
    rmSync(foreignFolder, { recursive: true, force: true });
  });

  it('an installation with an organisation: the overview tells the admin there is no backup yet', async () => {
    await first.app.must('installation:setup', {
      organisationName,
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    });
    await first.app.must('organisations:create', redCross);
    await page().goto(bridgeEntryUrl);
    await shown(heading('Översikt'));
    const card = page().getByRole('region', { name: 'Säkerhetskopiering' });
    await shown(card.getByText('Ingen säkerhetskopia har tagits ännu.'));
    await shown(card.getByText(/Schemalagda säkerhetskopior kan inte göras förrän/));
    await visit('backup-01-overview-no-backup');
  });

  it('the card opens Administration on the Säkerhetskopior tab', async () => {
    await page().getByRole('button', { name: 'Gå till Säkerhetskopior' }).click();
    await shown(heading('Administration'));
    expect(await page().getByRole('tab', { name: 'Säkerhetskopior' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await shown(page().getByText('Det finns inga säkerhetskopior i mappen ännu.'));
    await visit('backup-02-tab-empty');
  });

  it('settings: the folder comes from the OS dialog; a bad count is refused; saved', async () => {
    const settings = page().getByRole('region', { name: 'Inställningar' });
    await settings.getByRole('button', { name: 'Välj mapp…' }).click();
    // The picked path arrives through an async IPC round trip: poll until it shows.
    await expect.poll(() => settings.getByLabel('Mapp för säkerhetskopior').inputValue()).toBe(backupFolder);
    await settings.getByLabel('Spara dagliga').fill('');
    await settings.getByRole('button', { name: 'Spara inställningarna' }).click();
    await shown(settings.getByText(message('backup.keepRange')));
    expect((await first.app.must('backup:status', {})).settings.folder).toBeNull();

    await settings.getByLabel('Spara dagliga').fill('10');
    await settings.getByRole('button', { name: 'Spara inställningarna' }).click();
    await shown(page().getByText('Inställningarna för säkerhetskopior är sparade.'));
    expect((await first.app.must('backup:status', {})).settings).toEqual({
      folder: backupFolder,
      scheduleEnabled: true,
      keepDaily: 10,
      keepWeekly: 4,
    });
    await shown(page().getByText(`Mapp: ${backupFolder}`));
    await visit('backup-03-settings-saved');

    // The installation's id and key fingerprint, to print and compare with at a fresh restore.
    const status = await first.app.must('backup:status', {});
    firstFingerprint = status.keyFingerprint;
    const identity = page().getByRole('region', { name: 'Installationens kännetecken' });
    await identity.scrollIntoViewIfNeeded();
    await shown(identity.getByText(status.keyFingerprint).first());
    await shown(identity.getByText(status.installationId).first());
    await shown(identity.getByRole('button', { name: 'Skriv ut' }));
    await visit('backup-03b-installation-identity');
  });

  it('a backup key: the secret is shown once, must be confirmed, and only the public half is kept', async () => {
    await page().getByRole('button', { name: 'Skapa säkerhetskopieringsnyckel' }).click();
    const keygen = dialog('Skapa säkerhetskopieringsnyckel');
    await shown(keygen.getByText('Förvara den hemliga nyckeln säkert'));
    await visit('backup-04-keygen-intro');

    await keygen.getByRole('button', { name: 'Skapa nyckeln' }).click();
    const secret = keygen.getByLabel('Hemlig säkerhetskopieringsnyckel');
    await shown(secret);
    const identity = (await secret.textContent()) ?? '';
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    const done = keygen.getByRole('button', { name: 'Klar' });
    expect(await done.isDisabled()).toBe(true);
    expect(await keygen.getByRole('button', { name: 'Stäng' }).count()).toBe(0);
    await visit('backup-05-keygen-secret');

    await keygen.getByLabel('Jag har sparat nyckeln').check();
    await done.click();
    await keygen.waitFor({ state: 'hidden' });
    const recipient = await identityToRecipient(identity);
    expect((await first.app.must('backup:status', {})).recipient).toBe(recipient);
    await shown(page().getByLabel('Publik nyckel').filter({ hasText: recipient }));
    const settingRows = await first.app.installation.db
      .selectFrom('setting')
      .select(['key', 'value'])
      .execute();
    expect(JSON.stringify(settingRows)).not.toContain('AGE-SECRET-KEY');
  });

  it('takes a passphrase backup into a folder picked in the OS dialog, with a progress bar', async () => {
    await page().getByRole('button', { name: 'Ta säkerhetskopia nu' }).click();
    const create = dialog('Ta säkerhetskopia nu');
    await create.getByRole('radio', { name: 'I en annan mapp' }).check();
    await create.getByRole('button', { name: 'Välj mapp…' }).click();
    // The picked path arrives through an async IPC round trip: poll until it shows.
    await expect.poll(() => create.getByLabel('Vald mapp').inputValue()).toBe(backupFolder);

    // Too short: refused before anything starts.
    await create.getByLabel('Lösenfras', { exact: true }).fill('för-kort');
    await create.getByRole('button', { name: 'Skapa säkerhetskopian' }).click();
    await shown(create.getByText(message('passphrase.tooShort')));
    expect(readdirSync(backupFolder)).toEqual([]);

    await create.getByRole('button', { name: 'Föreslå lösenfras' }).click();
    await shown(create.getByText(/^Förslaget visas i klartext/));
    passphrase = await create.getByLabel('Lösenfras', { exact: true }).inputValue();
    expect(passphrase).toMatch(/^[a-zåäö]+(-[a-zåäö]+){5}$/);
    await create.getByLabel('Upprepa lösenfrasen').fill(`${passphrase}x`);
    await create.getByRole('button', { name: 'Skapa säkerhetskopian' }).click();
    await shown(create.getByText('Lösenfraserna är inte lika.'));
    await create.getByLabel('Upprepa lösenfrasen').fill(passphrase);
    await visit('backup-06-create-form');

    first.gate.hold();
    await create.getByRole('button', { name: 'Skapa säkerhetskopian' }).click();
    const bar = create.getByRole('progressbar', { name: 'Säkerhetskopian skapas' });
    await reported(bar);
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/^Steg \d av 2: /);
    await shown(create.getByRole('button', { name: 'Avbryt' }));
    await visit('backup-07-create-progress');
    first.gate.release();

    await shown(create.getByRole('note', { name: 'Säkerhetskopian är sparad' }));
    await shown(create.getByText(`Fil: ${backupFileName}`));
    await shown(create.getByText(`Mapp: ${backupFolder}`));
    await visit('backup-08-create-done');
    // One finished age file, nothing half-written, no plain text of the data.
    expect(readdirSync(backupFolder)).toEqual([backupFileName]);
    const bytes = readFileSync(backupPath);
    expect(bytes.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    expect(bytes.includes(Buffer.from(redCross.name))).toBe(false);
    await create.getByRole('button', { name: 'Stäng' }).first().click();
    await create.waitFor({ state: 'hidden' });
  });

  it('lists the backup; a wrong passphrase is refused in Swedish; the right one verifies it', async () => {
    const row = backupRow().filter({ hasText: backupTime });
    await shown(row);
    await shown(row.getByText('Manuell'));
    await shown(row.getByText('Inte kontrollerad'));
    expect(await row.getByRole('cell').nth(1).textContent()).toMatch(/^(\d+,\d|< 0,1)\u00a0MB$/);
    await visit('backup-09-list');

    await row.getByRole('button', { name: `Kontrollera säkerhetskopian från ${backupTime}` }).click();
    const verify = dialog('Kontrollera säkerhetskopia');
    await verify.getByLabel('Lösenfras', { exact: true }).fill('fel-lösenfras-1234');
    await verify.getByRole('button', { name: 'Kontrollera' }).click();
    await shown(verify.getByRole('alert').filter({ hasText: message('backup.wrongSecret') }));
    await shown(verify.getByText('Säkerhetskopian klarade inte kontrollen'));
    await visit('backup-10-verify-wrong-passphrase');

    await verify.getByLabel('Lösenfras', { exact: true }).fill(passphrase);
    await verify.getByRole('button', { name: 'Kontrollera' }).click();
    await shown(verify.getByRole('note', { name: 'Säkerhetskopian är hel och kan återställas' }));
    await shown(verify.getByText(/^Säkerhetskopian skapades 2026-03-02 10:00 med IOP Desk \d+\.\d+\.\d+\.$/));
    await visit('backup-11-verify-ok');
    await verify.getByRole('button', { name: 'Stäng' }).first().click();
    await shown(row.getByText(`Hel, kontrollerad ${backupTime}`));
  });

  it('a check can be cancelled; it then says nothing was changed', async () => {
    const row = backupRow().filter({ hasText: backupTime });
    await row.getByRole('button', { name: `Kontrollera säkerhetskopian från ${backupTime}` }).click();
    const verify = dialog('Kontrollera säkerhetskopia');
    await verify.getByLabel('Lösenfras', { exact: true }).fill(passphrase);
    await verify.getByRole('button', { name: 'Kontrollera' }).click();
    await shown(verify.getByRole('progressbar', { name: 'Säkerhetskopian kontrolleras' }));
    await verify.getByRole('button', { name: 'Avbryt' }).click();
    await shown(verify.getByRole('note', { name: 'Avbrutet' }).getByText(message('backup.cancelled')));
    await visit('backup-12-verify-cancelled');
    await verify.getByRole('button', { name: 'Avbryt' }).click();
    await verify.waitFor({ state: 'hidden' });
    // A cancelled check says nothing about the file: the earlier verdict stands.
    await shown(row.getByText(`Hel, kontrollerad ${backupTime}`));
  });

  it('a check goes on when its dialog is closed, and its result shows on the tab', async () => {
    const row = backupRow().filter({ hasText: backupTime });
    await row.getByRole('button', { name: `Kontrollera säkerhetskopian från ${backupTime}` }).click();
    const verify = dialog('Kontrollera säkerhetskopia');
    await verify.getByLabel('Lösenfras', { exact: true }).fill(passphrase);
    await verify.getByRole('button', { name: 'Kontrollera' }).click();
    await shown(verify.getByText('Du kan stänga rutan och arbeta vidare medan det pågår.', { exact: false }));
    await verify.getByRole('button', { name: 'Stäng' }).click();
    await verify.waitFor({ state: 'hidden' });
    const card = page().getByRole('region', { name: 'Säkerhetskopian kontrolleras' });
    await shown(card.getByRole('progressbar', { name: 'Säkerhetskopian kontrolleras' }));
    // Nothing else starts while it runs (main runs one job at a time).
    expect(await page().getByRole('button', { name: 'Ta säkerhetskopia nu' }).isDisabled()).toBe(true);
    await shown(card.getByRole('note', { name: 'Säkerhetskopian är hel och kan återställas' }));
    await visit('backup-13-verify-done-on-tab');
    await card.getByRole('button', { name: 'Stäng' }).click();
    await card.waitFor({ state: 'hidden' });
  });

  it('the overview shows the last successful backup', async () => {
    await nav('Översikt').click();
    const card = page().getByRole('region', { name: 'Säkerhetskopiering' });
    await shown(card.getByText(`Senaste lyckade säkerhetskopia: ${backupTime} (manuell).`));
    await visit('backup-14-overview-last-backup');
  });

  it('another installation’s backup is refused until the admin has compared its origin and accepted it', async () => {
    // Another installation, made with the same passphrase: it opens, but it is not this installation's.
    const other = createTempApp(undefined, { backups: { scryptLogN: 10 } });
    await other.must('installation:setup', {
      organisationName: 'Grannkommunen',
      admin: { username: 'admin', displayName: 'Greta Granne', password: adminPassword },
    });
    const made = await other.backup.wait(
      await other.backup.startCreate({ folder: foreignFolder, encryption: { kind: 'passphrase', passphrase } }),
    );
    const otherStatus = await other.must('backup:status', {});
    await other.dispose();
    if (made.result?.kind !== 'create') throw new Error(JSON.stringify(made.error));
    pickedFile = made.result.path;

    await page().getByRole('button', { name: 'Gå till Säkerhetskopior' }).click();
    await page().getByRole('button', { name: 'Återställ från en annan fil…' }).click();
    const restore = dialog('Återställ säkerhetskopia');
    await restore.getByLabel('Lösenfras', { exact: true }).fill(passphrase);
    await restore.getByLabel('Jag förstår att de nuvarande uppgifterna ersätts').check();
    await restore.getByRole('button', { name: 'Återställ' }).click();
    await shown(restore.getByText(/^Säkerhetskopian är inte gjord av den här installationen\. /).first());
    await shown(restore.getByText(otherStatus.keyFingerprint).first());
    await shown(restore.getByText(firstFingerprint).first());
    // Not without the explicit tick.
    await restore.getByRole('button', { name: 'Återställ ändå' }).click();
    await shown(restore.getByText('Kryssa i rutan för att bekräfta.'));
    expect(first.app.installation.state).toBe('unlocked');
    expect(first.app.installation.installationId).not.toBe(otherStatus.installationId);
    await visit('backup-14b-restore-other-installation');
    await restore.getByRole('button', { name: 'Avbryt' }).click();
    await restore.waitFor({ state: 'hidden' });
    pickedFile = null;
    await nav('Översikt').click();
    await shown(heading('Översikt'));
  });

  it('restores over newer data: confirmation, a safety backup first, then the lock screen', async () => {
    await first.app.must('organisations:create', malmo);
    await page().getByRole('button', { name: 'Gå till Säkerhetskopior' }).click();
    const row = backupRow().filter({ hasText: backupTime }).filter({ hasText: 'Manuell' });
    await row.getByRole('button', { name: `Återställ säkerhetskopian från ${backupTime}` }).click();
    const restore = dialog('Återställ säkerhetskopia');
    await shown(restore.getByText('Alla nuvarande uppgifter ersätts'));
    await restore.getByLabel('Lösenfras', { exact: true }).fill(passphrase);
    await restore.getByRole('button', { name: 'Återställ' }).click();
    await shown(restore.getByText('Kryssa i rutan för att bekräfta.'));
    await visit('backup-15-restore-confirm');

    await restore.getByLabel('Jag förstår att de nuvarande uppgifterna ersätts').check();
    first.gate.hold();
    await restore.getByRole('button', { name: 'Återställ' }).click();
    await reported(restore.getByRole('progressbar', { name: 'Säkerhetskopian återställs' }));
    // Nothing may close the dialog while the data is being replaced.
    expect(await restore.getByRole('button', { name: 'Stäng' }).count()).toBe(0);
    await visit('backup-16-restore-progress');
    first.gate.release();

    await shown(
      page().getByText(
        'Säkerhetskopian är återställd. Logga in med det lösenord som gällde när säkerhetskopian togs.',
      ),
    );
    await shown(heading(organisationName));
    expect(first.app.installation.state).toBe('locked');
    await visit('backup-17-lock-after-restore');
    const safety = readdirSync(backupFolder).filter((name) => name.startsWith('iop-desk-safety-'));
    expect(safety).toHaveLength(1);

    await page().getByLabel('Lösenord', { exact: true }).fill(adminPassword);
    await page().getByRole('button', { name: 'Lås upp' }).click();
    await shown(heading('Översikt'));
    const names = (await first.app.must('organisations:list', { query: '' })).map((o) => o.name);
    expect(names).toEqual([redCross.name]);
    expect(first.bridge.violations).toEqual([]);
  });

  it('a fresh install offers "Återställ från säkerhetskopia" on its first-run screen', async () => {
    await first.bridge.dispose();
    second = await bridgedApp({ folder: () => null, file: () => backupPath });
    await page().goto(bridgeEntryUrl);
    await shown(heading('Välkommen till IOP Desk'));
    await visit('backup-18-setup-offers-restore');
    await page().getByRole('button', { name: 'Återställ från säkerhetskopia' }).click();
    await shown(heading('Återställ från säkerhetskopia'));
    await page().getByRole('button', { name: 'Kontrollera säkerhetskopian' }).click();
    await shown(page().getByText('Välj säkerhetskopian med knappen Välj fil.'));
    await visit('backup-19-fresh-restore-form');
  });

  it('restores the backup, and the admin signs in with the first app’s password', async () => {
    const app = second!;
    await page().getByRole('button', { name: 'Välj fil…' }).click();
    // The picked path arrives through an async IPC round trip: poll until it shows.
    await expect.poll(() => page().getByLabel('Säkerhetskopia', { exact: true }).inputValue()).toBe(backupPath);
    // A secret key that is not one is caught on the field.
    await page().getByRole('radio', { name: 'Med den hemliga säkerhetskopieringsnyckeln' }).check();
    await page().getByLabel('Hemlig säkerhetskopieringsnyckel').fill('inte-en-nyckel');
    await page().getByRole('button', { name: 'Kontrollera säkerhetskopian' }).click();
    await shown(page().getByText(message('backup.identityFormat')));
    expect(app.app.installation.state).toBe('uninitialised');

    await page().getByRole('radio', { name: 'Med lösenfrasen' }).check();
    await page().getByLabel('Lösenfras', { exact: true }).fill(passphrase);
    // First the backup's origin: no key here to check its seal, so its id and fingerprint are shown to compare.
    await page().getByRole('button', { name: 'Kontrollera säkerhetskopian' }).click();
    await shown(page().getByText(/^Appen kan inte själv kontrollera varifrån säkerhetskopian kommer/));
    await shown(page().getByText(firstFingerprint).first());
    await page().getByRole('button', { name: 'Återställ', exact: true }).click();
    await shown(page().getByText('Jämför med utskriften och kryssa i rutan, eller välj en annan fil.'));
    expect(app.app.installation.state).toBe('uninitialised');
    await visit('backup-19b-fresh-restore-compare');
    await page().getByLabel('Installations-id och fingeravtryck stämmer med vår utskrift').check();
    app.gate.hold();
    await page().getByRole('button', { name: 'Återställ', exact: true }).click();
    const bar = page().getByRole('progressbar', { name: 'Säkerhetskopian återställs' });
    await reported(bar);
    // The passphrase's key takes a second or two to derive (age's scrypt): that step is named, not shown as reading.
    expect(await bar.getAttribute('aria-valuetext')).toBe('Steg 1 av 4: Tar fram nyckeln …');
    await visit('backup-20-fresh-restore-progress');
    app.gate.release();

    await shown(heading(organisationName));
    await shown(page().getByText(/^Säkerhetskopian är återställd\./));
    expect(app.app.installation.state).toBe('locked');
    await page().getByLabel('Lösenord', { exact: true }).fill(adminPassword);
    await page().getByRole('button', { name: 'Lås upp' }).click();
    await shown(heading('Översikt'));
    await nav('Organisationer').click();
    await shown(page().getByRole('button', { name: redCross.name }));
    await visit('backup-21-fresh-restore-organisations');
    expect(app.bridge.violations).toEqual([]);
  });
});
