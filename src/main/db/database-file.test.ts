// The database file is encrypted: no SQLite header, unreadable without the
// right key, readable with the master key in SQLCipher 4 mode.
import { randomBytes } from 'node:crypto';
import { openSync, readSync, closeSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openRawDatabase } from './open-database';
import { createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { masterKeyOf, openRawConnection } from '../../../test/support/raw-database';
import { redCross } from '../../../test/support/organisations';

let app: TempApp;
let file: string;
beforeEach(async () => {
  app = await createInstalledApp();
  await app.must('organisations:create', redCross);
  await app.must('auth:lock', {});
  file = app.installation.paths.database;
});
afterEach(() => app.dispose());

function firstBytes(path: string, count: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    readSync(fd, buffer, 0, count, 0);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

describe('the database file at rest', () => {
  test('does not start with the plain SQLite header', () => {
    const header = firstBytes(file, 16);
    expect(header.equals(Buffer.from('SQLite format 3\0', 'latin1'))).toBe(false);
    expect(header.toString('latin1')).not.toContain('SQLite');
  });

  test('cannot be read without a key', () => {
    const db = new SqliteDatabase(file, { fileMustExist: true });
    try {
      expect(() => db.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/file is not a database/);
    } finally {
      db.close();
    }
  });

  test('cannot be read with a wrong key', () => {
    const db = openRawConnection(file, randomBytes(32));
    try {
      expect(() => db.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/file is not a database/);
    } finally {
      db.close();
    }
    expect(() => openRawDatabase(file, randomBytes(32))).toThrow(
      expect.objectContaining({ code: 'database.cannotOpen' }),
    );
  });

  test('is read with the master key as SQLCipher 4 with a raw key', async () => {
    const db = openRawConnection(file, await masterKeyOf(app.dataDir));
    try {
      expect(db.prepare('SELECT name, org_number FROM organisation').all()).toEqual([
        { name: 'Svenska Röda Korset', org_number: '802002-8711' },
      ]);
    } finally {
      db.close();
    }
  });

  test('the master key is not simply the password', async () => {
    const key = await masterKeyOf(app.dataDir);
    expect(key).toHaveLength(32);
    expect(key.toString('utf8')).not.toContain('korrekt');
  });
});
