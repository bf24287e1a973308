// Migration 0016 on a database at the one before: existing commitments keep
// their text and become text-only (kind 'unknown', no target, key by place);
// the new columns refuse a negative target and unknown kinds; tick-offs go
// with their agreement; down removes it all.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';
import { migrations } from './index';

const previous = Object.keys(migrations).sort().filter((name) => name < '0016').at(-1)!;
const name = '0016-structured-commitments';

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';

function seedAgreementWithCommitments() {
  database.raw
    .prepare(
      `INSERT INTO organisation (id, name, name_folded, kind, org_number, created_at, updated_at)
       VALUES (5, 'Bris', 'bris', 'nonprofit', '802002-8638', ?, ?)`,
    )
    .run(now, now);
  database.raw
    .prepare(
      `INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
       VALUES (7, 'SN-2017/272', 'Stödgrupper', 'active', '2017-01-01', '2018-12-31', 'quarterlyInAdvance', 0, ?, ?)`,
    )
    .run(now, now);
  const insert = database.raw.prepare(
    `INSERT INTO agreement_commitment (agreement_id, organisation_id, position, text) VALUES (7, 5, ?, ?)`,
  );
  insert.run(0, 'Genomföra minst fyra stödgrupper per år.');
  insert.run(1, 'Ordna informationsfrukost tre gånger per år.');
}

describe(`migration ${name}`, () => {
  test('existing commitments keep their text and become text-only, nothing invented', async () => {
    await migrateToLatest(database.db, previous);
    seedAgreementWithCommitments();
    expect(await migrateToLatest(database.db, name)).toEqual([name]);
    expect(await appliedMigrations(database.db)).toContain(name);
    expect(
      database.raw
        .prepare(
          `SELECT commitment_key, text, kind, appendix_position, target_count, target_per, target_comparison, tolerance_percent, measure, due_date
           FROM agreement_commitment ORDER BY position`,
        )
        .all(),
    ).toEqual([
      {
        commitment_key: 'c1',
        text: 'Genomföra minst fyra stödgrupper per år.',
        kind: 'unknown',
        appendix_position: null,
        target_count: null,
        target_per: null,
        target_comparison: null,
        tolerance_percent: 0,
        measure: null,
        due_date: null,
      },
      expect.objectContaining({ commitment_key: 'c2', kind: 'unknown', target_count: null }),
    ]);
  });

  test('a negative target, an unknown kind and a duplicate key are refused; tick-offs go with their agreement', async () => {
    await migrateToLatest(database.db, previous);
    seedAgreementWithCommitments();
    await migrateToLatest(database.db, name);
    expect(() => database.raw.prepare(`UPDATE agreement_commitment SET target_count = -1`).run()).toThrow(/CHECK/);
    expect(() => database.raw.prepare(`UPDATE agreement_commitment SET kind = 'sometimes'`).run()).toThrow(/CHECK/);
    expect(() => database.raw.prepare(`UPDATE agreement_commitment SET commitment_key = 'x'`).run()).toThrow(/UNIQUE/);
    const tick = database.raw.prepare(
      `INSERT INTO agreement_commitment_tick_off (agreement_id, commitment_key, done_on, what_done, recorded_at) VALUES (?, 'c2', '2017-03-01', ?, ?)`,
    );
    tick.run(7, 'Informationsfrukost', now);
    expect(() => tick.run(7, '', now)).toThrow(/CHECK/);
    expect(() => tick.run(8, 'Frukost', now)).toThrow(/FOREIGN KEY/);
    database.raw.prepare('DELETE FROM agreement_commitment WHERE agreement_id = 7').run();
    database.raw.prepare('DELETE FROM agreement WHERE id = 7').run();
    expect(database.raw.prepare('SELECT count(*) AS n FROM agreement_commitment_tick_off').get()).toEqual({ n: 0 });
  });

  test('down removes the table and the columns', async () => {
    await migrateToLatest(database.db, name);
    const { down } = await import('./0016-structured-commitments');
    await down(database.db);
    expect(database.raw.prepare(`SELECT name FROM sqlite_master WHERE name = 'agreement_commitment_tick_off'`).all()).toEqual([]);
    const columns = database.raw.prepare(`SELECT name FROM pragma_table_info('agreement_commitment')`).all();
    expect(columns).toEqual([{ name: 'id' }, { name: 'agreement_id' }, { name: 'organisation_id' }, { name: 'position' }, { name: 'text' }]);
  });
});
