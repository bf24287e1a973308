// Migration 0017 on a database at the one before: instruments, the
// instruments a programme uses, answers (one per enrolment, instrument and
// occasion; they go with the enrolment), and the anonymised sums kept at
// gallring (their shares must add up to n); down removes the tables.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';
import { migrations } from './index';

const previous = Object.keys(migrations)
  .sort()
  .filter((name) => name < '0017')
  .at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T08:00:00.000Z';

async function seed() {
  const db = database.db;
  await sql`INSERT INTO user (id, username, display_name, role, created_at, updated_at) VALUES (1, 'karin', 'Karin', 'caseworker', ${now}, ${now})`.execute(
    db,
  );
  await sql`INSERT INTO organisation (id, name, name_folded, kind, org_number, created_at, updated_at)
    VALUES (1, 'Föreningen', 'föreningen', 'nonprofit', '802000-0001', ${now}, ${now})`.execute(db);
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
  await sql`INSERT INTO enrolment (id, child_id, programme_id, status, referred_on, created_at, updated_at)
    VALUES (1, 1, 1, 'interest', '2026-02-01', ${now}, ${now})`.execute(db);
}

const run = (statement: string, ...params: unknown[]) => database.raw.prepare(statement).run(...params);
const answer = (occasion: string, values = '[1,2,3]') =>
  run(
    `INSERT INTO effect_answer (enrolment_id, instrument_id, occasion, answered_on, entered_by, answer_values, created_at)
     VALUES (1, 1, ?, '2026-03-01', 1, ?, ?)`,
    occasion,
    values,
    now,
  );
const record = (n: number, improved: number, unchanged: number, worse: number) =>
  run(
    `INSERT INTO effect_record (agreement_id, programme_id, group_id, instrument_id, scale, comparison, n, sum_before, sum_after,
       sum_change, sum_change_squared, improved, unchanged, worse, erased_on)
     VALUES (1, 1, 1, 1, 0, 'after', ?, 90.5, 110, 19.5, 80.25, ?, ?, ?, '2026-06-01')`,
    n,
    improved,
    unchanged,
    worse,
  );

describe('migration 0017-effect-evaluation', () => {
  test('instruments, their programmes, answers that go with the enrolment, and the kept sums', async () => {
    await migrateToLatest(database.db, previous);
    expect(await migrateToLatest(database.db, '0017-effect-evaluation')).toEqual(['0017-effect-evaluation']);
    expect(await appliedMigrations(database.db)).toContain('0017-effect-evaluation');
    await seed();
    run(
      `INSERT INTO effect_instrument (id, organisation_id, name, respondent, definition, created_at) VALUES (1, 1, 'Hur jag har det', 'child', '{}', ?)`,
      now,
    );
    expect(() =>
      run(
        `INSERT INTO effect_instrument (organisation_id, name, respondent, definition, created_at) VALUES (1, 'Hur jag har det', 'child', '{}', ?)`,
        now,
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      run(
        `INSERT INTO effect_instrument (organisation_id, name, respondent, definition, created_at) VALUES (1, 'X', 'teacher', '{}', ?)`,
        now,
      ),
    ).toThrow(/CHECK/);
    run(`INSERT INTO programme_instrument (programme_id, instrument_id, follow_up_months) VALUES (1, 1, 6)`);
    expect(() =>
      run(
        `INSERT INTO programme_instrument (programme_id, instrument_id, follow_up_months) VALUES (1, 1, NULL)`,
      ),
    ).toThrow(/UNIQUE|PRIMARY/);
    answer('before');
    answer('after');
    expect(() => answer('before')).toThrow(/UNIQUE/);
    expect(() => answer('later')).toThrow(/CHECK/);
    expect(() => answer('followUp', '{"a":1}')).toThrow(/CHECK/);
    run(
      `INSERT INTO support_group (id, programme_id, name, start_date, start_time, status, created_at, updated_at) VALUES (1, 1, 'Vår', '2026-03-04', '17:00', 'planned', ?, ?)`,
      now,
      now,
    );
    record(6, 3, 3, 0);
    expect(() => record(6, 3, 2, 0)).toThrow(/CHECK/);
    expect(() => record(0, 0, 0, 0)).toThrow(/CHECK/);
    expect(database.raw.prepare('SELECT sum_before, sum_change_squared FROM effect_record').get()).toEqual({
      sum_before: 90.5,
      sum_change_squared: 80.25,
    });
    run('DELETE FROM enrolment WHERE id = 1');
    expect(database.raw.prepare('SELECT count(*) AS n FROM effect_answer').get()).toEqual({ n: 0 });
  });

  test('down removes the tables', async () => {
    await migrateToLatest(database.db, '0017-effect-evaluation');
    const { down } = await import('./0017-effect-evaluation');
    await down(database.db);
    expect(
      database.raw
        .prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'effect_%' OR name = 'programme_instrument'`)
        .all(),
    ).toEqual([]);
  });
});
