// Migration 0005 on a database at 0004 holding a protected child: the history
// table appears STRICT, keeps its rows' kinds to 'set' and 'lifted', and its
// rows go with the child when the child is erased.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, tables, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T09:00:00.000Z';

async function atReportsWithAProtectedChild() {
  await migrateToLatest(database.db, '0004-reports');
  database.raw
    .prepare(
      `INSERT INTO child (name, name_folded, identity_kind, identity_number, gender, home_municipality, placement_basis,
         protected_identity, street, created_at, updated_at)
       VALUES ('Tolvan Tolvansson', 'tolvan tolvansson', 'personnummer', '20121212-1212', 'boy', 'Stockholm', 'SoL',
         1, 'Fiktiva gatan 1', ?, ?)`,
    )
    .run(now, now);
}

describe('migration 0005-protection-changes', () => {
  test('adds the STRICT history table and keeps the child as it was', async () => {
    await atReportsWithAProtectedChild();
    expect(await migrateToLatest(database.db, '0005-protection-changes')).toEqual([
      '0005-protection-changes',
    ]);
    expect(await appliedMigrations(database.db)).toContain('0005-protection-changes');
    expect((await tables(database.db)).filter((t) => t.name === 'protection_change')).toEqual([
      { name: 'protection_change', strict: 1 },
    ]);
    expect(database.raw.prepare('SELECT protected_identity, street FROM child').get()).toEqual({
      protected_identity: 1,
      street: 'Fiktiva gatan 1',
    });
  });

  test('a change is set or lifted, and the history goes with an erased child', async () => {
    await atReportsWithAProtectedChild();
    await migrateToLatest(database.db, '0005-protection-changes');
    const insert = database.raw.prepare(
      `INSERT INTO protection_change (child_id, change, reason, changed_at) VALUES (1, ?, 'Skäl', ?)`,
    );
    insert.run('lifted', now);
    expect(() => insert.run('removed', now)).toThrow(/CHECK constraint failed/);
    database.raw.prepare('DELETE FROM child WHERE id = 1').run();
    expect(database.raw.prepare('SELECT count(*) AS n FROM protection_change').get()).toEqual({ n: 0 });
  });

  test('down removes exactly its own table', async () => {
    await atReportsWithAProtectedChild();
    await migrateToLatest(database.db, '0005-protection-changes');
    const { down } = await import('./0005-protection-changes');
    await down(database.db);
    const names = (await tables(database.db)).map((t) => t.name);
    expect(names).not.toContain('protection_change');
    expect(names).toContain('child');
  });
});
