// Unexpected exceptions become "internal" and leave nothing of their message
// in the logs; the envelope never throws, whatever it is given.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fixedClock } from '../base/clock';
import { createApp, type App } from '../app/create-app';
import { testKdf } from '../keyring/kdf';
import { adminPassword, tempDataDir } from '../../../test/support/temp-app';
import { openInstallationDatabase } from '../../../test/support/raw-database';

const secretName = 'Hemliga Föreningen';
const secretOrgNumber = '802002-8711';
const senderUrl = 'app://iop-desk/index.html';
const internal = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Ett oväntat fel inträffade. Inget sparades. Försök igen eller kontakta IT-stöd.',
  },
};

let dataDir: string;
let app: App;
let logged: unknown[][];

beforeEach(async () => {
  dataDir = tempDataDir();
  logged = [];
  app = createApp({
    dataDir,
    clock: fixedClock('2026-03-02T09:00:00.000Z'),
    kdfCost: testKdf,
    isTrustedSender: (url) => url.startsWith('app://iop-desk/'),
    logError: (...args) => logged.push(args),
  });
  const setup = await app.router.invoke(
    'installation:setup',
    {
      organisationName: 'Testkommunen',
      admin: { username: 'admin', displayName: 'Ada Admin', password: adminPassword },
    },
    { senderUrl },
  );
  expect(setup.ok).toBe(true);
});
afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Everything the logger was given, as text, including nested error fields. */
function loggedText(): string {
  return logged
    .flat()
    .map((item) =>
      item instanceof Error
        ? `${item.name} ${item.message} ${item.stack ?? ''} ${JSON.stringify(item)}`
        : String(item),
    )
    .join('\n');
}

describe('router: unexpected errors', () => {
  test('a database error carrying data becomes "internal" and nothing of its message is logged', async () => {
    // A real exception from SQLite whose message quotes personal data.
    const raw = await openInstallationDatabase(dataDir);
    raw.exec(
      `CREATE TRIGGER leak BEFORE INSERT ON organisation BEGIN SELECT RAISE(ABORT, '${secretName} ${secretOrgNumber}'); END`,
    );
    raw.close();

    const result = await app.router.invoke(
      'organisations:create',
      {
        name: secretName,
        kind: 'nonprofit',
        orgNumber: secretOrgNumber,
        address: { street: '', postalCode: '', city: '' },
        paymentAccount: null,
        contacts: [],
        requirements: [],
      },
      { senderUrl },
    );
    expect(result).toEqual(internal);
    expect(logged).toHaveLength(1);
    expect(logged[0]?.[0]).toBe('organisations:create');
    const text = loggedText();
    expect(text).toContain('SqliteError');
    expect(text).not.toContain('Hemliga');
    expect(text).not.toContain('802002');

    const entries = await app.installation.db
      .selectFrom('audit_log')
      .select(['channel', 'outcome'])
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    expect(entries).toEqual([{ channel: 'organisations:create', outcome: 'failed' }]);
  });

  test.each<[string, () => unknown, string]>([
    [
      'an input whose properties throw when read',
      () =>
        new Proxy(
          {},
          {
            get: () => {
              throw new Error(secretName);
            },
            ownKeys: () => {
              throw new Error(secretName);
            },
          },
        ),
      'internal',
    ],
    [
      'an input with a throwing getter',
      () => ({
        get query(): string {
          throw new Error(secretName);
        },
      }),
      'internal',
    ],
    [
      'a circular input',
      () => {
        const o: Record<string, unknown> = { query: 'a' };
        o.self = o;
        return o;
      },
      'validation',
    ],
    ['a huge string', () => ({ query: 'x'.repeat(1_000_000) }), 'validation'],
  ])('never throws: %s', async (_label, makeInput, code) => {
    const result = await app.router.invoke('organisations:list', makeInput(), { senderUrl });
    expect(result.ok === false && result.error.code).toBe(code);
    expect(loggedText()).not.toContain('Hemliga');
  });

  test('never throws when the sender check itself throws', async () => {
    // Its own folder: one process per data folder (issue 13), and `app` holds `dataDir`.
    const ownDir = tempDataDir();
    const throwing = createApp({
      dataDir: ownDir,
      clock: fixedClock('2026-03-02T09:00:00.000Z'),
      kdfCost: testKdf,
      isTrustedSender: (url) => url.startsWith('app://'),
      logError: (...args) => logged.push(args),
    });
    // A destroyed frame can report no URL at all.
    const result = await throwing.router.invoke(
      'installation:status',
      {},
      { senderUrl: undefined as unknown as string },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'untrustedSender', message: 'Anropet kom inte från appens eget fönster och stoppades.' },
    });
    await throwing.close();
    rmSync(ownDir, { recursive: true, force: true });
  });

  test('never throws for a channel name that is not a string', async () => {
    const result = await app.router.invoke(42 as unknown as string, {}, { senderUrl });
    expect(result).toEqual({ ok: false, error: { code: 'unknownChannel', message: 'Okänd funktion.' } });
  });
});
