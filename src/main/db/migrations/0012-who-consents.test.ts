// Migration 0012 on a database at 0011: guardians gain a representative kind,
// children an age band, and every existing consent keeps its history with the
// capacity it was given in; afterwards a person's own consent can be stored.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';

async function seedAt0011() {
  const db = database.db;
  await migrateToLatest(db, '0011-programme-organisation');
  await sql`INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
    VALUES (1, 'SN-2026/101', 'Stödgrupper', 'active', '2026-01-01', '2027-12-31', 'quarterlyInAdvance', 0, ${now}, ${now})`.execute(
    db,
  );
  await sql`INSERT INTO programme (id, agreement_id, name, format, session_count, session_minutes, age_min, age_max, created_at, updated_at)
    VALUES (1, 1, 'Stödgrupp', 'weekly', 8, 120, 7, 18, ${now}, ${now})`.execute(db);
  await sql`INSERT INTO child (id, name, name_folded, identity_kind, identity_number, birth_date, birth_year, gender, home_municipality, placement_basis, created_at, updated_at)
    VALUES (1, 'Tolvan Tolvansson', 'tolvan tolvansson', 'personnummer', '20121212-1212', '2012-12-12', 2012, 'boy', 'Malmö', 'SoL', ${now}, ${now})`.execute(
    db,
  );
  await sql`INSERT INTO guardian (id, child_id, position, name, has_custody) VALUES
    (1, 1, 0, 'Anna Tolvansson', 1), (2, 1, 1, 'Bertil Tolvansson', 0)`.execute(db);
  await sql`INSERT INTO enrolment (id, child_id, programme_id, status, referred_on, created_at, updated_at)
    VALUES (1, 1, 1, 'interest', '2026-02-01', ${now}, ${now})`.execute(db);
  await sql`INSERT INTO consent (id, enrolment_id, guardian_id, scope, decision, decided_on, method, document_reference, recorded_at) VALUES
    (7, 1, 1, 'participation', 'given', '2026-02-10', 'written', 'Dnr 1', ${now}),
    (9, 1, 2, 'dataSharing', 'refused', '2026-02-11', 'oral', '', ${now})`.execute(db);
}

const consents = () =>
  database.raw
    .prepare(
      'SELECT id, enrolment_id, guardian_id, capacity, scope, decision, document_reference FROM consent ORDER BY id',
    )
    .all();

describe('migration 0012-who-consents', () => {
  test('existing consents keep their ids and history, with the capacity they were given in', async () => {
    await seedAt0011();
    expect(await migrateToLatest(database.db, '0012-who-consents')).toEqual(['0012-who-consents']);
    expect(await appliedMigrations(database.db)).toContain('0012-who-consents');
    expect(consents()).toEqual([
      {
        id: 7,
        enrolment_id: 1,
        guardian_id: 1,
        capacity: 'custodian',
        scope: 'participation',
        decision: 'given',
        document_reference: 'Dnr 1',
      },
      {
        id: 9,
        enrolment_id: 1,
        guardian_id: 2,
        capacity: 'noCustody',
        scope: 'dataSharing',
        decision: 'refused',
        document_reference: '',
      },
    ]);
    expect(database.raw.prepare('SELECT representative FROM guardian ORDER BY id').all()).toEqual([
      { representative: null },
      { representative: null },
    ]);
    expect(database.raw.prepare('SELECT age_band, age_band_on FROM child').all()).toEqual([
      { age_band: null, age_band_on: null },
    ]);
  });

  test('a person’s own consent has no guardian; the checks keep capacity and guardian in step', async () => {
    await seedAt0011();
    await migrateToLatest(database.db, '0012-who-consents');
    const insert = (guardian: number | null, capacity: string) =>
      database.raw
        .prepare(
          `INSERT INTO consent (enrolment_id, guardian_id, capacity, scope, decision, decided_on, method, recorded_at)
           VALUES (1, ?, ?, 'participation', 'given', '2026-02-12', 'written', ?)`,
        )
        .run(guardian, capacity, now);
    expect(() => insert(null, 'self')).not.toThrow();
    expect(() => insert(null, 'custodian')).toThrow(/CHECK/);
    expect(() => insert(1, 'self')).toThrow(/CHECK/);
    expect(() => insert(1, 'lawyer')).toThrow(/CHECK/);
    expect(() =>
      database.raw.prepare(`UPDATE guardian SET representative = 'godMan' WHERE id = 2`).run(),
    ).not.toThrow();
    expect(() =>
      database.raw.prepare(`UPDATE guardian SET representative = 'uncle' WHERE id = 2`).run(),
    ).toThrow(/CHECK/);
    expect(() =>
      database.raw.prepare(`UPDATE child SET age_band = '21-24', age_band_on = '2026-03-02'`).run(),
    ).not.toThrow();
    expect(() => database.raw.prepare(`UPDATE child SET age_band = '17-19'`).run()).toThrow(/CHECK/);
    // Erasing the enrolment still takes its consents with it.
    database.raw.prepare('DELETE FROM enrolment WHERE id = 1').run();
    expect(consents()).toEqual([]);
  });

  test('down restores the old table and drops the person’s own consents', async () => {
    await seedAt0011();
    await migrateToLatest(database.db, '0012-who-consents');
    database.raw
      .prepare(
        `INSERT INTO consent (enrolment_id, guardian_id, capacity, scope, decision, decided_on, method, recorded_at)
         VALUES (1, NULL, 'self', 'participation', 'given', '2026-02-12', 'written', ?)`,
      )
      .run(now);
    const { down } = await import('./0012-who-consents');
    await down(database.db);
    expect(database.raw.prepare('SELECT id, guardian_id FROM consent ORDER BY id').all()).toEqual([
      { id: 7, guardian_id: 1 },
      { id: 9, guardian_id: 2 },
    ]);
    const columns = database.raw.prepare(`SELECT name FROM pragma_table_info('guardian')`).all();
    expect(columns).not.toContainEqual({ name: 'representative' });
  });
});
