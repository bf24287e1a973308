// Migration 0024 on a database at the one before: a deficiency recorded
// against the commitment at place 1 now names the second commitment's key; a
// place no longer in the list, and a deficiency about a term in words, name
// no key and keep their text; down removes the column.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';
import { migrations } from './index';

const name = '0024-deficiency-commitment-key';
const previous = Object.keys(migrations).sort().filter((n) => n < '0024').at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';
const run = (statement: string, ...params: unknown[]) => database.raw.prepare(statement).run(...params);

function seed() {
  run(
    `INSERT INTO organisation (id, name, name_folded, kind, org_number, created_at, updated_at)
     VALUES (5, 'Bris', 'bris', 'nonprofit', '802002-8638', ?, ?)`,
    now,
    now,
  );
  run(
    `INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
     VALUES (7, 'SN-2017/272', 'Stödgrupper', 'active', '2017-01-01', '2018-12-31', 'quarterlyInAdvance', 0, ?, ?)`,
    now,
    now,
  );
  const commitment = database.raw.prepare(
    `INSERT INTO agreement_commitment (agreement_id, organisation_id, position, text, commitment_key) VALUES (7, 5, ?, ?, ?)`,
  );
  commitment.run(0, 'Genomföra minst fyra stödgrupper per år.', 'c1');
  commitment.run(1, 'Ordna informationsfrukost tre gånger per år.', 'c2');
  const deficiency = database.raw.prepare(
    `INSERT INTO agreement_deficiency (id, agreement_id, organisation_id, description, found_on, remedy_by, recorded_at, updated_at, commitment_index, commitment_text)
     VALUES (?, 7, 5, 'Brist', '2017-06-01', '2017-09-01', ?, ?, ?, ?)`,
  );
  deficiency.run(1, now, now, 1, 'Ordna informationsfrukost tre gånger per år.');
  deficiency.run(2, now, now, 5, 'Ett åtagande som sedan togs bort.');
  deficiency.run(3, now, now, null, 'Villkoren om kontaktlistor.');
}

describe(`migration ${name}`, () => {
  test('a place becomes the key of the commitment there; a place out of range stays empty and readable', async () => {
    await migrateToLatest(database.db, previous);
    seed();
    expect(await migrateToLatest(database.db, name)).toEqual([name]);
    expect(await appliedMigrations(database.db)).toContain(name);
    expect(
      database.raw.prepare(`SELECT id, commitment_key, commitment_text FROM agreement_deficiency ORDER BY id`).all(),
    ).toEqual([
      { id: 1, commitment_key: 'c2', commitment_text: 'Ordna informationsfrukost tre gånger per år.' },
      { id: 2, commitment_key: null, commitment_text: 'Ett åtagande som sedan togs bort.' },
      { id: 3, commitment_key: null, commitment_text: 'Villkoren om kontaktlistor.' },
    ]);
  });

  test('down removes the column; the deficiencies stay', async () => {
    await migrateToLatest(database.db, previous);
    seed();
    await migrateToLatest(database.db, name);
    const { down } = await import('./0024-deficiency-commitment-key');
    await down(database.db);
    const columns = (database.raw.prepare(`PRAGMA table_info(agreement_deficiency)`).all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('commitment_key');
    expect(database.raw.prepare(`SELECT count(*) AS n FROM agreement_deficiency`).get()).toEqual({ n: 3 });
  });
});
