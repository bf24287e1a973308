// Migration 0003 on a database at 0002 holding an agreement: the support-group
// tables appear, all STRICT, referencing the agreement, with their constraints.
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
  'attendance',
  'child',
  'child_search_token',
  'concern_report',
  'consent',
  'enrolment',
  'feedback',
  'group_session',
  'guardian',
  'programme',
  'support_group',
];

async function atAgreementsWithOneAgreement() {
  await migrateToLatest(database.db, '0002-agreements');
  database.raw
    .prepare(
      `INSERT INTO agreement (registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
       VALUES ('SN-2021/565', 'Stödgrupper för familjehemsplacerade barn', 'active', '2021-01-01', '2024-12-31', 'quarterlyInAdvance', 500000, ?, ?)`,
    )
    .run(now, now);
  database.raw
    .prepare(
      `INSERT INTO user (username, display_name, role, created_at, updated_at) VALUES ('kim', 'Kim', 'coordinator', ?, ?)`,
    )
    .run(now, now);
}

describe('migration 0003-support-groups', () => {
  test('adds the support-group tables, all STRICT, and keeps the agreement', async () => {
    await atAgreementsWithOneAgreement();
    expect(await migrateToLatest(database.db, '0003-support-groups')).toEqual(['0003-support-groups']);
    expect(await appliedMigrations(database.db)).toContain('0003-support-groups');
    const created = (await tables(database.db)).filter((t) => ours.includes(t.name));
    expect(created).toEqual(ours.map((name) => ({ name, strict: 1 })));
    expect(database.raw.prepare('SELECT title FROM agreement').get()).toEqual({
      title: 'Stödgrupper för familjehemsplacerade barn',
    });
  });

  test('the constraints hold', async () => {
    await atAgreementsWithOneAgreement();
    await migrateToLatest(database.db, '0003-support-groups');
    const raw = database.raw;
    const programme = raw.prepare(
      `INSERT INTO programme (agreement_id, name, format, session_count, session_minutes, age_min, age_max, created_at, updated_at)
       VALUES (?, 'Stödgrupp', ?, 8, 120, ?, ?, ?, ?)`,
    );
    expect(() => programme.run(99, 'weekly', 7, 18, now, now)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => programme.run(1, 'daily', 7, 18, now, now)).toThrow(/CHECK constraint failed/);
    expect(() => programme.run(1, 'weekly', 18, 7, now, now)).toThrow(/CHECK constraint failed/);
    programme.run(1, 'weekly', 7, 18, now, now);
    expect(raw.prepare('SELECT group_size_min, group_size_max FROM programme').get()).toEqual({
      group_size_min: 5,
      group_size_max: 8,
    });

    const child = raw.prepare(
      `INSERT INTO child (name, name_folded, identity_kind, identity_number, gender, home_municipality, placement_basis, created_at, updated_at)
       VALUES ('Tolvan', 'tolvan', ?, ?, 'boy', 'Malmö', ?, ?, ?)`,
    );
    child.run('personnummer', '20121212-1212', 'SoL', now, now);
    expect(() => child.run('personnummer', '20121212-1212', 'SoL', now, now)).toThrow(
      /UNIQUE constraint failed: child.identity_number/,
    );
    expect(() => child.run('personnummer', null, 'SoL', now, now)).toThrow(/CHECK constraint failed/);
    expect(() => child.run('none', null, 'HVB', now, now)).toThrow(/CHECK constraint failed/);
    // Several children without a number are fine (NULL is never a duplicate).
    child.run('none', null, 'LVU', now, now);
    child.run('none', null, 'none', now, now);

    raw
      .prepare(`INSERT INTO guardian (child_id, position, name, has_custody) VALUES (1, 0, 'Anna', 1)`)
      .run();
    raw
      .prepare(
        `INSERT INTO enrolment (child_id, programme_id, status, referred_on, created_at, updated_at) VALUES (1, 1, 'interest', '2026-02-01', ?, ?)`,
      )
      .run(now, now);
    expect(() =>
      raw
        .prepare(
          `INSERT INTO enrolment (child_id, programme_id, status, referred_on, created_at, updated_at) VALUES (1, 1, 'paused', '2026-02-01', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/CHECK constraint failed/);
    raw
      .prepare(
        `INSERT INTO consent (enrolment_id, guardian_id, scope, decision, decided_on, method, recorded_at) VALUES (1, 1, 'participation', 'given', '2026-02-02', 'written', ?)`,
      )
      .run(now);
    expect(() =>
      raw
        .prepare(
          `INSERT INTO consent (enrolment_id, guardian_id, scope, decision, decided_on, method, recorded_at) VALUES (1, 1, 'everything', 'given', '2026-02-02', 'written', ?)`,
        )
        .run(now),
    ).toThrow(/CHECK constraint failed/);
    raw
      .prepare(
        `INSERT INTO support_group (programme_id, name, start_date, start_time, status, created_at, updated_at) VALUES (1, 'Höst', '2026-09-02', '17:00', 'planned', ?, ?)`,
      )
      .run(now, now);
    raw
      .prepare(
        `INSERT INTO group_session (group_id, date, start_time, minutes, kind) VALUES (1, '2026-09-02', '17:00', 120, 'session')`,
      )
      .run();
    const attendance = raw.prepare(
      `INSERT INTO attendance (session_id, enrolment_id, present, recorded_at) VALUES (1, 1, 1, ?)`,
    );
    attendance.run(now);
    expect(() => attendance.run(now)).toThrow(/UNIQUE constraint failed/);
    raw
      .prepare(
        `INSERT INTO concern_report (child_id, reported_on, social_services, reported_by, recorded_at) VALUES (1, '2026-02-10', 'Socialtjänsten Norr', 'Gruppledare', ?)`,
      )
      .run(now);

    // Removing a child (erasure) takes its guardians, enrolments, consents, attendance and reports along.
    raw.prepare('DELETE FROM child WHERE id = 1').run();
    const left = raw
      .prepare(
        `SELECT (SELECT count(*) FROM guardian) + (SELECT count(*) FROM enrolment) + (SELECT count(*) FROM consent)
          + (SELECT count(*) FROM attendance) + (SELECT count(*) FROM concern_report) AS n`,
      )
      .get();
    expect(left).toEqual({ n: 0 });
  });

  test('down removes exactly its own tables', async () => {
    await atAgreementsWithOneAgreement();
    await migrateToLatest(database.db, '0003-support-groups');
    const { down } = await import('./0003-support-groups');
    await down(database.db);
    const names = (await tables(database.db)).map((t) => t.name);
    expect(names.filter((n) => ours.includes(n))).toEqual([]);
    expect(names).toContain('agreement');
  });
});
