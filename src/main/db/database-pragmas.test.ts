// The pragmas the app relies on are in force on its own connection.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';

let app: TempApp;
beforeEach(async () => {
  app = await createInstalledApp();
});
afterEach(() => app.dispose());

async function pragma(name: string): Promise<unknown> {
  const result = await sql.raw(`PRAGMA ${name}`).execute(app.installation.db);
  const row = result.rows[0] as Record<string, unknown> | undefined;
  return row ? Object.values(row)[0] : undefined;
}

async function allPragmas() {
  return {
    journal_mode: await pragma('journal_mode'),
    synchronous: await pragma('synchronous'),
    foreign_keys: await pragma('foreign_keys'),
    secure_delete: await pragma('secure_delete'),
    temp_store: await pragma('temp_store'),
  };
}

const expected = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, secure_delete: 1, temp_store: 2 };

describe('database pragmas', () => {
  test('after setup: WAL, synchronous FULL, foreign keys, secure delete, temp store in memory', async () => {
    expect(await allPragmas()).toEqual(expected);
  });

  test('after lock and unlock, on the new connection', async () => {
    await app.must('auth:lock', {});
    await app.must('auth:unlock', { username: 'admin', password: adminPassword });
    expect(await allPragmas()).toEqual(expected);
  });

  test('the cipher is SQLCipher in version 4 compatible mode', async () => {
    expect(await pragma('cipher')).toBe('sqlcipher');
    expect(Number(await pragma('legacy'))).toBe(4);
  });
});
