// Migration 0013 on a database at 0012: the deletion log, which takes a kind
// and a reason from fixed lists only (no free text, so no personal data), and
// down removes it again.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const insert = (kind: string, reason: string) =>
  database.raw
    .prepare(
      `INSERT INTO deletion_run (deleted_at, kind, reason, enrolments, children) VALUES ('2026-03-02T08:00:00.000Z', ?, ?, 1, 1)`,
    )
    .run(kind, reason);

describe('migration 0013-deletion-runs', () => {
  test('the log takes the kinds and reasons of the lists, nothing else', async () => {
    await migrateToLatest(database.db, '0012-who-consents');
    expect(await migrateToLatest(database.db, '0013-deletion-runs')).toEqual(['0013-deletion-runs']);
    expect(await appliedMigrations(database.db)).toContain('0013-deletion-runs');
    insert('child', 'wrongPerson');
    insert('waitingEntries', '');
    expect(() => insert('child', 'Fel barn, det var Alva')).toThrow(/CHECK/);
    expect(() => insert('person', '')).toThrow(/CHECK/);
    expect(database.raw.prepare('SELECT kind, reason, records FROM deletion_run ORDER BY id').all()).toEqual([
      { kind: 'child', reason: 'wrongPerson', records: 0 },
      { kind: 'waitingEntries', reason: '', records: 0 },
    ]);
  });

  test('down removes the table', async () => {
    await migrateToLatest(database.db, '0013-deletion-runs');
    const { down } = await import('./0013-deletion-runs');
    await down(database.db);
    expect(database.raw.prepare(`SELECT name FROM sqlite_master WHERE name = 'deletion_run'`).all()).toEqual(
      [],
    );
  });
});
