// Migration 0021 on a database at the one before: every agreement gets a
// calendar stamp, a new agreement gets one, and a write to the agreement or
// to what hangs on it gives it a new one (a rolled-back write leaves it as it
// was); the stamp goes with its agreement; down removes table and triggers.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';
import { migrations } from './index';

/** The migration before this one, whichever number it has once other parts are merged. */
const previous = Object.keys(migrations)
  .sort()
  .filter((name) => name < '0021')
  .at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';
const addAgreement = (id: number) =>
  database.raw
    .prepare(
      `INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
       VALUES (?, ?, 'T', 'active', '2026-01-01', '2026-12-31', 'quarterlyInAdvance', 0, ?, ?)`,
    )
    .run(id, `SN-${id}`, now, now);
const stamp = (id: number) =>
  (
    database.raw.prepare('SELECT stamp FROM agreement_calendar_stamp WHERE agreement_id = ?').get(id) as
      | { stamp: string }
      | undefined
  )?.stamp;

describe('migration 0021-calendar-stamps', () => {
  test('a stamp per agreement, new on every write to it or what hangs on it; gone with the agreement', async () => {
    await migrateToLatest(database.db, previous);
    addAgreement(7);
    addAgreement(8);
    expect(await migrateToLatest(database.db, '0021-calendar-stamps')).toEqual(['0021-calendar-stamps']);
    expect(await appliedMigrations(database.db)).toContain('0021-calendar-stamps');
    const seven = stamp(7)!;
    expect(seven).toMatch(/^[0-9a-f]{16}$/);
    expect(stamp(8)).not.toBe(seven);

    addAgreement(9);
    expect(stamp(9)).toMatch(/^[0-9a-f]{16}$/);

    const eight = stamp(8);
    database.raw.prepare(`UPDATE agreement SET title = 'U' WHERE id = 7`).run();
    const afterUpdate = stamp(7)!;
    expect(afterUpdate).not.toBe(seven);
    expect(stamp(8)).toBe(eight);

    database.raw
      .prepare(`INSERT INTO agreement_completion (agreement_id, item_key, completed_at) VALUES (7, 'extensionDecision', ?)`)
      .run(now);
    const afterInsert = stamp(7)!;
    expect(afterInsert).not.toBe(afterUpdate);
    database.raw.prepare(`DELETE FROM agreement_completion WHERE agreement_id = 7`).run();
    expect(stamp(7)).not.toBe(afterInsert);

    const before = stamp(7);
    database.raw.exec('BEGIN');
    database.raw.prepare(`UPDATE agreement SET title = 'V' WHERE id = 7`).run();
    expect(stamp(7)).not.toBe(before);
    database.raw.exec('ROLLBACK');
    expect(stamp(7)).toBe(before);

    database.raw.prepare('DELETE FROM agreement WHERE id = 7').run();
    expect(stamp(7)).toBeUndefined();
    expect(stamp(8)).toBe(eight);
  });

  test('down removes the table and its triggers', async () => {
    await migrateToLatest(database.db, '0021-calendar-stamps');
    const { down } = await import('./0021-calendar-stamps');
    await down(database.db);
    expect(
      database.raw.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'agreement_calendar_stamp%'`).all(),
    ).toEqual([]);
  });
});
