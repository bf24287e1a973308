// After writing personal data, none of it can be found in any file of the
// data directory, while the app is open (WAL) or after it is locked.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createInstalledApp, type TempApp } from '../support/temp-app';
import { organisationInput } from '../support/organisations';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

const name = 'Föreningen Hemlig Trädgård';
const orgNumber = '802003-1954';
const contact = 'Zlatan Öberg-Lindström';
const needles = [
  name,
  'Hemlig Trädgård',
  orgNumber,
  '8020031954',
  contact,
  'zlatan.oberg@example.se',
  'Testkommunens socialförvaltning',
];

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function findings(dataDir: string, { skip = [] as string[] } = {}): string[] {
  const found: string[] = [];
  for (const file of filesOf(dataDir)) {
    if (skip.some((s) => file.endsWith(s))) continue;
    const bytes = readFileSync(file);
    for (const needle of needles) {
      for (const encoding of ['utf8', 'utf16le', 'latin1'] as const) {
        if (bytes.includes(Buffer.from(needle, encoding))) found.push(`${file}: ${needle} (${encoding})`);
      }
    }
  }
  return found;
}

describe('no plaintext personal data on disk', () => {
  test('in the database and its WAL while the app is open', async () => {
    await app.must(
      'organisations:create',
      organisationInput({ name, orgNumber, contacts: [{ name: contact, email: 'zlatan.oberg@example.se' }] }),
    );
    await app.must('organisations:list', { query: 'Hemlig' });
    const database = app.installation.paths.database;
    expect(existsSync(`${database}-wal`)).toBe(true);
    // The keyring holds the organisation name of the installation by design (the lock screen shows it).
    expect(findings(app.dataDir, { skip: ['keyring.json'] })).toEqual([]);
  });

  test('after the app is locked and the WAL checkpointed', async () => {
    await app.must(
      'organisations:create',
      organisationInput({ name, orgNumber, contacts: [{ name: contact }] }),
    );
    await app.must('auth:lock', {});
    expect(findings(app.dataDir, { skip: ['keyring.json'] })).toEqual([]);
  });

  test('a failed attempt while locked leaves no data of the organisation in the auth state', async () => {
    await app.must('organisations:create', organisationInput({ name, orgNumber }));
    await app.must('auth:lock', {});
    await app.call('organisations:get', { id: 1 });
    expect(readFileSync(app.installation.paths.authState, 'utf8')).not.toContain('Hemlig');
    expect(findings(app.dataDir, { skip: ['keyring.json'] })).toEqual([]);
  });
});
