// Migration 0001 on an empty database: the foundation tables, all STRICT,
// with their constraints and the audit log's append-only triggers.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, tables, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T09:00:00.000Z';

describe('migration 0001-initial', () => {
  test('on an empty database creates the foundation tables, all STRICT', async () => {
    expect(await tables(database.db)).toEqual([]);
    expect(await migrateToLatest(database.db, '0001-initial')).toEqual(['0001-initial']);
    expect(await appliedMigrations(database.db)).toEqual(['0001-initial']);
    const created = await tables(database.db);
    const ours = created.filter((t) => !t.name.startsWith('kysely_'));
    expect(ours).toEqual([
      { name: 'audit_log', strict: 1 },
      { name: 'organisation', strict: 1 },
      { name: 'organisation_contact', strict: 1 },
      { name: 'organisation_requirement', strict: 1 },
      { name: 'setting', strict: 1 },
      { name: 'user', strict: 1 },
    ]);
  });

  test('creates the indexes and the append-only triggers', async () => {
    await migrateToLatest(database.db, '0001-initial');
    const objects = await sql<{ type: string; name: string; tbl_name: string }>`
      SELECT type, name, tbl_name FROM sqlite_schema
      WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_%' AND tbl_name NOT LIKE 'kysely_%'
      ORDER BY type, name`.execute(database.db);
    expect(objects.rows).toEqual([
      { type: 'index', name: 'audit_log_at', tbl_name: 'audit_log' },
      { type: 'index', name: 'audit_log_user', tbl_name: 'audit_log' },
      { type: 'index', name: 'organisation_contact_organisation', tbl_name: 'organisation_contact' },
      { type: 'index', name: 'organisation_name_folded', tbl_name: 'organisation' },
      { type: 'trigger', name: 'audit_log_no_delete', tbl_name: 'audit_log' },
      { type: 'trigger', name: 'audit_log_no_update', tbl_name: 'audit_log' },
    ]);
  });

  test('the constraints hold: roles, kinds, unique org numbers, foreign keys, strict types', async () => {
    await migrateToLatest(database.db, '0001-initial');
    const raw = database.raw;
    const user = raw.prepare(
      'INSERT INTO user (username, display_name, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    user.run('admin', 'Ada Admin', 'admin', now, now);
    expect(() => user.run('boss', 'Boss', 'superuser', now, now)).toThrow(/CHECK constraint failed/);
    expect(() => user.run('admin', 'Ada Två', 'viewer', now, now)).toThrow(
      /UNIQUE constraint failed: user.username/,
    );

    const organisation = raw.prepare(
      'INSERT INTO organisation (name, name_folded, kind, org_number, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    organisation.run('Rädda Barnen', 'rädda barnen', 'nonprofit', '802002-8638', now, now);
    expect(() => organisation.run('Kopia', 'kopia', 'nonprofit', '802002-8638', now, now)).toThrow(
      /UNIQUE constraint failed/,
    );
    expect(() => organisation.run('Bolaget', 'bolaget', 'company', '556000-0000', now, now)).toThrow(
      /CHECK constraint failed/,
    );
    // STRICT: an integer column refuses text.
    expect(() =>
      raw
        .prepare(
          "INSERT INTO organisation_contact (organisation_id, position, name) VALUES (1, 'först', 'Karin')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    // Foreign keys are enforced (the app turns them on for every connection).
    expect(() =>
      raw
        .prepare("INSERT INTO organisation_contact (organisation_id, position, name) VALUES (42, 0, 'Karin')")
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() =>
      raw
        .prepare(
          "INSERT INTO organisation_requirement (organisation_id, requirement, status) VALUES (1, 'followsLaw', 'maybe')",
        )
        .run(),
    ).toThrow(/CHECK constraint failed/);
    raw
      .prepare("INSERT INTO organisation_contact (organisation_id, position, name) VALUES (1, 0, 'Karin')")
      .run();
    raw
      .prepare(
        "INSERT INTO organisation_requirement (organisation_id, requirement, status) VALUES (1, 'followsLaw', 'met')",
      )
      .run();
    // Deleting an organisation takes its contacts and checklist with it.
    raw.prepare('DELETE FROM organisation WHERE id = 1').run();
    expect(
      raw
        .prepare(
          'SELECT (SELECT count(*) FROM organisation_contact) + (SELECT count(*) FROM organisation_requirement) AS n',
        )
        .get(),
    ).toEqual({
      n: 0,
    });
    expect(() =>
      raw
        .prepare(
          "INSERT INTO audit_log (at, channel, outcome, prev_hash, hash) VALUES (?, 'auth:unlock', 'maybe', '', '')",
        )
        .run(now),
    ).toThrow(/CHECK constraint failed/);
  });

  test('down removes everything it created', async () => {
    await migrateToLatest(database.db, '0001-initial');
    const { down } = await import('./0001-initial');
    await down(database.db);
    expect((await tables(database.db)).filter((t) => !t.name.startsWith('kysely_'))).toEqual([]);
  });

  test('running the migrations again is a no-op', async () => {
    await migrateToLatest(database.db, '0001-initial');
    expect(await migrateToLatest(database.db, '0001-initial')).toEqual([]);
  });
});
