// Migration 0004 on a database at 0003 holding an agreement, a group and an
// enrolled child: the report and gallring tables appear, all STRICT, and the
// link from an anonymous person to a child breaks when the child is deleted.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, tables, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T09:00:00.000Z';
const ours = [
  'anonymous_concern_report',
  'anonymous_person',
  'budget_line_actual',
  'erasure_run',
  'handback_enrolment',
  'handback_package',
  'participation_record',
];

async function atSupportGroupsWithOneChild() {
  await migrateToLatest(database.db, '0003-support-groups');
  const raw = database.raw;
  raw
    .prepare(
      `INSERT INTO agreement (registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
       VALUES ('SN-2021/565', 'Stödgrupper', 'active', '2021-01-01', '2026-12-31', 'quarterlyInAdvance', 500000, ?, ?)`,
    )
    .run(now, now);
  raw
    .prepare(
      `INSERT INTO programme (agreement_id, name, format, session_count, session_minutes, age_min, age_max, created_at, updated_at)
       VALUES (1, 'Stödgrupp', 'weekly', 8, 120, 7, 18, ?, ?)`,
    )
    .run(now, now);
  raw
    .prepare(
      `INSERT INTO support_group (programme_id, name, start_date, start_time, status, created_at, updated_at) VALUES (1, 'Vår', '2025-02-03', '17:00', 'finished', ?, ?)`,
    )
    .run(now, now);
  raw
    .prepare(
      `INSERT INTO child (name, name_folded, identity_kind, identity_number, gender, home_municipality, placement_basis, created_at, updated_at)
       VALUES ('Tolvan Tolvansson', 'tolvan tolvansson', 'personnummer', '20121212-1212', 'boy', 'Stockholm', 'SoL', ?, ?)`,
    )
    .run(now, now);
  raw
    .prepare(
      `INSERT INTO enrolment (child_id, programme_id, group_id, status, referred_on, created_at, updated_at) VALUES (1, 1, 1, 'completed', '2025-01-10', ?, ?)`,
    )
    .run(now, now);
}

describe('migration 0004-reports', () => {
  test('adds the report and gallring tables, all STRICT, and keeps the support-group data', async () => {
    await atSupportGroupsWithOneChild();
    expect(await migrateToLatest(database.db, '0004-reports')).toEqual(['0004-reports']);
    expect(await appliedMigrations(database.db)).toContain('0004-reports');
    const created = (await tables(database.db)).filter((t) => ours.includes(t.name));
    expect(created).toEqual(ours.map((name) => ({ name, strict: 1 })));
    expect(database.raw.prepare('SELECT status FROM enrolment').get()).toEqual({ status: 'completed' });
  });

  test('an anonymous person loses its child when the child is deleted, and its id is never reused', async () => {
    await atSupportGroupsWithOneChild();
    await migrateToLatest(database.db, '0004-reports');
    const raw = database.raw;
    raw.prepare('INSERT INTO anonymous_person (child_id) VALUES (1)').run();
    const record = raw.prepare(
      `INSERT INTO participation_record (person_id, agreement_id, programme_id, group_id, status, referred_on, ended_on, age_band, gender,
         district, protected_identity, placement_basis, other_municipality, fee_ore, sessions_attended, sessions_recorded, erased_on)
       VALUES (1, 1, 1, 1, 'completed', '2025-01-10', '2025-03-31', ?, 'boy', 'Farsta', 0, 'SoL', 0, 0, 7, 8, '2025-05-02')`,
    );
    record.run('10-12');
    expect(() => record.run('20-30')).toThrow(/CHECK constraint failed/);
    raw.prepare('DELETE FROM enrolment').run();
    raw.prepare('DELETE FROM child WHERE id = 1').run();
    expect(raw.prepare('SELECT id, child_id FROM anonymous_person').all()).toEqual([
      { id: 1, child_id: null },
    ]);
    expect(raw.prepare('SELECT count(*) AS n FROM participation_record').get()).toEqual({ n: 1 });
    // A deleted person row does not hand its id to the next person.
    raw.prepare('INSERT INTO anonymous_person (child_id) VALUES (NULL)').run();
    raw.prepare('DELETE FROM anonymous_person WHERE id = 2').run();
    raw.prepare('INSERT INTO anonymous_person (child_id) VALUES (NULL)').run();
    expect(raw.prepare('SELECT max(id) AS id FROM anonymous_person').get()).toEqual({ id: 3 });
  });

  test('actual costs refuse negative amounts and go with their agreement', async () => {
    await atSupportGroupsWithOneChild();
    await migrateToLatest(database.db, '0004-reports');
    const raw = database.raw;
    const actual = raw.prepare(
      `INSERT INTO budget_line_actual (agreement_id, year, label, amount, updated_at) VALUES (1, 2025, ?, ?, ?)`,
    );
    actual.run('Personal', 65_000_000, now);
    expect(() => actual.run('Material', -1, now)).toThrow(/CHECK constraint failed/);
    expect(() => actual.run('Personal', 1, now)).toThrow(/UNIQUE constraint failed|PRIMARY KEY/);
  });

  test('down removes exactly its own tables', async () => {
    await atSupportGroupsWithOneChild();
    await migrateToLatest(database.db, '0004-reports');
    const { down } = await import('./0004-reports');
    await down(database.db);
    const names = (await tables(database.db)).map((t) => t.name);
    expect(names.filter((n) => ours.includes(n))).toEqual([]);
    expect(names).toContain('enrolment');
  });
});
