// Migration 0022 on a database at the one before: which children a package
// made here was about; a package names a child once; the row goes with its
// child (ON DELETE CASCADE); down removes the table.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';
import { migrations } from './index';

const name = '0022-exchange-package-children';
const previous = Object.keys(migrations).sort().filter((n) => n < '0022').at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';
const run = (statement: string, ...params: unknown[]) => database.raw.prepare(statement).run(...params);

describe(`migration ${name}`, () => {
  test('package and child, once each, gone with the child; down removes the table', async () => {
    await migrateToLatest(database.db, previous);
    expect(await migrateToLatest(database.db, name)).toEqual([name]);
    expect(await appliedMigrations(database.db)).toContain(name);
    run(
      `INSERT INTO child (id, name, name_folded, identity_kind, birth_year, gender, home_municipality, placement_basis, created_at, updated_at)
       VALUES (1, 'Tolvan', 'tolvan', 'none', 2015, 'girl', 'Malmö', 'SoL', ?, ?)`,
      now,
      now,
    );
    run(`INSERT INTO exchange_package_child (package_id, child_id) VALUES ('p1', 1)`);
    expect(() => run(`INSERT INTO exchange_package_child (package_id, child_id) VALUES ('p1', 1)`)).toThrow(/UNIQUE/);
    expect(() => run(`INSERT INTO exchange_package_child (package_id, child_id) VALUES ('p2', 99)`)).toThrow(/FOREIGN KEY/);
    run(`DELETE FROM child WHERE id = 1`);
    expect(database.raw.prepare('SELECT COUNT(*) AS n FROM exchange_package_child').get()).toEqual({ n: 0 });
    const { down } = await import('./0022-exchange-package-children');
    await down(database.db);
    expect(database.raw.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'exchange_package_child%'`).all()).toEqual([]);
  });
});
