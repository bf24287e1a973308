// The app refuses a database written by a newer version (one that has a
// migration this version does not know), and changes nothing in it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { adminPassword, createInstalledApp, type TempApp } from '../../../test/support/temp-app';
import { openInstallationDatabase } from '../../../test/support/raw-database';
import { createTempDatabase, schemaSql, type TempDatabase } from '../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest, migrationTable } from './migrate';
import { migrations } from './migrations';

let database: TempDatabase | undefined;
let app: TempApp | undefined;
afterEach(async () => {
  await database?.dispose();
  await app?.dispose();
  database = undefined;
  app = undefined;
});

const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('migrateToLatest', () => {
  test('applies every migration once, in order', async () => {
    database = createTempDatabase();
    expect(await appliedMigrations(database.db)).toEqual([]);
    expect(await migrateToLatest(database.db)).toEqual(Object.keys(migrations));
    expect(await appliedMigrations(database.db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  test('refuses a database with an unknown (newer) migration and changes nothing', async () => {
    database = createTempDatabase();
    await migrateToLatest(database.db);
    await sql`INSERT INTO ${sql.table(migrationTable)} (name, timestamp) VALUES ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(
      database.db,
    );
    const schemaBefore = await schemaSql(database.db);
    await expect(migrateToLatest(database.db)).rejects.toMatchObject({
      name: 'AppFailure',
      code: 'database.newerVersion',
    });
    expect(await schemaSql(database.db)).toBe(schemaBefore);
    expect(await appliedMigrations(database.db)).toEqual([
      ...Object.keys(migrations),
      '9999-from-the-future',
    ]);
  });
});

describe('unlocking a database from a newer version', () => {
  test('fails with database.newerVersion, stays locked and leaves the database file as it was', async () => {
    app = await createInstalledApp();
    await app.must('organisations:list', { query: '' });
    await app.must('auth:lock', {});
    const raw = await openInstallationDatabase(app.dataDir);
    raw
      .prepare(
        `INSERT INTO ${migrationTable} (name, timestamp) VALUES ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`,
      )
      .run();
    const auditCount = raw.prepare('SELECT count(*) AS n FROM audit_log').get();
    raw.close(); // the last connection checkpoints the WAL into the file
    const file = app.installation.paths.database;
    const before = { hash: fileHash(file), size: statSync(file).size };

    const result = await app.call('auth:unlock', { username: 'admin', password: adminPassword });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'database.newerVersion',
        message:
          'Databasen har skapats av en nyare version av IOP Desk. Installera den senaste versionen innan du öppnar den.',
      },
    });
    expect(app.installation.state).toBe('locked');
    expect({ hash: fileHash(file), size: statSync(file).size }).toEqual(before);
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);

    const check = await openInstallationDatabase(app.dataDir);
    expect(check.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(auditCount);
    expect(check.prepare(`SELECT name FROM ${migrationTable} ORDER BY name`).all()).toEqual(
      [...Object.keys(migrations), '9999-from-the-future'].map((name) => ({ name })),
    );
    check.close();
  });
});
