// Migration 0011 on a database at 0010: every programme gets the organisation
// that runs it where the agreement leaves no doubt (exactly one non-profit
// party); an umbrella's programmes and those of an agreement without parties
// stay null (the agreement as a whole).
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

async function seedAt0010() {
  const db = database.db;
  await migrateToLatest(db, '0010-deficiencies');
  const orgs = [
    [1, 'Stockholms stad', 'municipality', '212000-0142'],
    [2, 'Bris', 'nonprofit', '802018-1239'],
    [4, 'Malmö stad', 'municipality', '212000-1124'],
    [5, 'Svenska Röda Korset', 'nonprofit', '802002-8711'],
    [6, 'Rädda Barnen', 'nonprofit', '802002-8638'],
  ] as const;
  for (const [id, name, kind, number] of orgs) {
    await sql`INSERT INTO organisation (id, name, name_folded, kind, org_number, created_at, updated_at)
      VALUES (${id}, ${name}, ${name.toLowerCase()}, ${kind}, ${number}, ${now}, ${now})`.execute(db);
  }
  const agreements = [
    [
      10,
      'SN-2017/272',
      [
        [1, 'public'],
        [2, 'nonprofit'],
      ],
    ],
    [
      11,
      'KS/2016:7',
      [
        [4, 'public'],
        [5, 'nonprofit'],
        [6, 'nonprofit'],
      ],
    ],
    [12, 'SN-2026/101', []],
  ] as const;
  for (const [id, dnr, parties] of agreements) {
    await sql`INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
      VALUES (${id}, ${dnr}, ${dnr}, 'active', '2024-01-01', '2026-12-31', 'quarterlyInAdvance', 0, ${now}, ${now})`.execute(
      db,
    );
    let position = 0;
    for (const [organisationId, role] of parties) {
      await sql`INSERT INTO agreement_party (agreement_id, organisation_id, position, role, acting_through_kind, acting_through)
        VALUES (${id}, ${organisationId}, ${position++}, ${role}, 'board', 'Styrelsen')`.execute(db);
    }
  }
  for (const [id, agreementId] of [
    [100, 10],
    [101, 10],
    [110, 11],
    [120, 12],
  ] as const) {
    await sql`INSERT INTO programme (id, agreement_id, name, format, session_count, session_minutes, age_min, age_max, created_at, updated_at)
      VALUES (${id}, ${agreementId}, ${`Insats ${id}`}, 'weekly', 8, 120, 7, 18, ${now}, ${now})`.execute(db);
  }
}

const programmeOrganisations = () =>
  database.raw.prepare('SELECT id, organisation_id FROM programme ORDER BY id').all();

describe('migration 0011-programme-organisation', () => {
  test('the only non-profit party runs the programme; several or none leave it to the agreement as a whole', async () => {
    await seedAt0010();
    expect(await migrateToLatest(database.db, '0011-programme-organisation')).toEqual([
      '0011-programme-organisation',
    ]);
    expect(await appliedMigrations(database.db)).toContain('0011-programme-organisation');
    expect(programmeOrganisations()).toEqual([
      { id: 100, organisation_id: 2 },
      { id: 101, organisation_id: 2 },
      { id: 110, organisation_id: null },
      { id: 120, organisation_id: null },
    ]);
  });

  test('the column refers to the register, and down removes it again', async () => {
    await seedAt0010();
    await migrateToLatest(database.db, '0011-programme-organisation');
    expect(() =>
      database.raw.prepare('UPDATE programme SET organisation_id = 999 WHERE id = 120').run(),
    ).toThrow(/FOREIGN KEY/);
    const { down } = await import('./0011-programme-organisation');
    await down(database.db);
    const columns = database.raw.prepare(`SELECT name FROM pragma_table_info('programme')`).all();
    expect(columns).not.toContainEqual({ name: 'organisation_id' });
    expect(database.raw.prepare('SELECT count(*) AS n FROM programme').get()).toEqual({ n: 4 });
  });
});
