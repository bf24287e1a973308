// Migration 0002 on a database at 0001 holding organisations and a user: the
// agreement tables appear (STRICT), the register is untouched, the constraints
// hold, the full-text index works with Swedish letters, and down removes it all.
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
  'agreement',
  'agreement_amendment',
  'agreement_appendix',
  'agreement_budget_line',
  'agreement_budget_year',
  'agreement_clause',
  'agreement_commitment',
  'agreement_completion',
  'agreement_criterion',
  'agreement_extra_income_count',
  'agreement_follow_up',
  'agreement_funding',
  'agreement_governance_body',
  'agreement_governance_member',
  'agreement_instalment',
  'agreement_meeting',
  'agreement_party',
  'agreement_party_contact',
  'agreement_payment',
  'agreement_revision',
  'agreement_signature',
  'agreement_status_change',
];

async function atInitialWithRegister() {
  await migrateToLatest(database.db, '0001-initial');
  const org = database.raw.prepare(
    `INSERT INTO organisation (name, name_folded, kind, org_number, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  org.run('Stockholms stad', 'stockholms stad', 'municipality', '212000-0142', now, now);
  org.run('Bris', 'bris', 'nonprofit', '802018-1239', now, now);
  database.raw
    .prepare(
      `INSERT INTO user (username, display_name, role, created_at, updated_at) VALUES ('ada', 'Ada', 'caseworker', ?, ?)`,
    )
    .run(now, now);
}

const insertAgreement = (dnr: string, start = '2017-01-01', end = '2018-12-31') =>
  database.raw
    .prepare(
      `INSERT INTO agreement (registration_number, title, status, start_date, end_date, payment_rule, per_child_amount, created_at, updated_at)
       VALUES (?, 'Stödgrupper', 'draft', ?, ?, 'quarterlyInAdvance', 500000, ?, ?)`,
    )
    .run(dnr, start, end, now, now);

describe('migration 0002-agreements', () => {
  test('adds the agreement tables, all STRICT, and keeps the register', async () => {
    await atInitialWithRegister();
    expect(await migrateToLatest(database.db, '0002-agreements')).toEqual(['0002-agreements']);
    expect(await appliedMigrations(database.db)).toEqual(['0001-initial', '0002-agreements']);
    const created = (await tables(database.db)).filter((t) => ours.includes(t.name));
    expect(created).toEqual(ours.map((name) => ({ name, strict: 1 })));
    expect(database.raw.prepare('SELECT count(*) AS n FROM organisation').get()).toEqual({ n: 2 });
  });

  test('the constraints hold', async () => {
    await atInitialWithRegister();
    await migrateToLatest(database.db, '0002-agreements');
    const raw = database.raw;
    insertAgreement('SN-2017/272');
    // Registration numbers are unique without regard to case; periods run forwards.
    expect(() => insertAgreement('sn-2017/272')).toThrow(
      /UNIQUE constraint failed: agreement.registration_number/,
    );
    expect(() => insertAgreement('SN-2017/273', '2018-12-31', '2017-01-01')).toThrow(
      /CHECK constraint failed/,
    );

    const party = raw.prepare(
      `INSERT INTO agreement_party (agreement_id, organisation_id, position, role, acting_through_kind, acting_through) VALUES (1, ?, ?, ?, 'board', 'Socialnämnden')`,
    );
    party.run(1, 0, 'public');
    party.run(2, 1, 'nonprofit');
    expect(() => party.run(99, 2, 'public')).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => party.run(2, 2, 'private')).toThrow(/CHECK constraint failed/);

    raw
      .prepare(`INSERT INTO agreement_budget_year (agreement_id, year, amount) VALUES (1, 2017, 71183300)`)
      .run();
    const line = raw.prepare(
      `INSERT INTO agreement_budget_line (agreement_id, year, position, label, amount) VALUES (1, ?, 0, 'Personal', ?)`,
    );
    expect(() => line.run(2017, -1)).toThrow(/CHECK constraint failed/);
    expect(() => line.run(2019, 100)).toThrow(/FOREIGN KEY constraint failed/);
    line.run(2017, 67883300);

    // A signature needs a party; a payment is never zero.
    expect(() =>
      raw
        .prepare(
          `INSERT INTO agreement_signature (agreement_id, organisation_id, name, place, signed_on, recorded_at) VALUES (1, 99, 'X', 'Y', '2017-01-01', ?)`,
        )
        .run(now),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() =>
      raw
        .prepare(
          `INSERT INTO agreement_payment (agreement_id, kind, paid_on, payer_organisation_id, recipient_organisation_id, amount, recorded_at) VALUES (1, 'payment', '2017-01-01', 1, 2, 0, ?)`,
        )
        .run(now),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      raw
        .prepare(
          `INSERT INTO agreement_meeting (agreement_id, body_key, held_on, attendees, recorded_at) VALUES (1, 'x', '2017-01-01', 'not json', ?)`,
        )
        .run(now),
    ).toThrow(/CHECK constraint failed/);

    // Removing the agreement removes its lists.
    raw.prepare('DELETE FROM agreement WHERE id = 1').run();
    expect(raw.prepare('SELECT count(*) AS n FROM agreement_party').get()).toEqual({ n: 0 });
    expect(raw.prepare('SELECT count(*) AS n FROM agreement_budget_line').get()).toEqual({ n: 0 });
  });

  test('the full-text index finds Swedish words by prefix', async () => {
    await atInitialWithRegister();
    await migrateToLatest(database.db, '0002-agreements');
    const insert = database.raw.prepare(
      `INSERT INTO agreement_fts (rowid, registration_number, title, parties, body) VALUES (?, ?, ?, ?, ?)`,
    );
    insert.run(
      1,
      'SN-2017/272',
      'Stödgrupper för familjehemsplacerade barn',
      'Stockholms stad Bris',
      'Barnen träffas åtta gånger.',
    );
    insert.run(
      2,
      '2.3.4-565/2021',
      'Stöd till familjer på flykt',
      'Region Skåne Malmö stad Svenska Röda Korset',
      '',
    );
    const match = (q: string) =>
      (
        database.raw
          .prepare('SELECT rowid FROM agreement_fts WHERE agreement_fts MATCH ? ORDER BY rowid')
          .all(q) as { rowid: number }[]
      ).map((r) => r.rowid);
    expect(match('"stödgrupp"*')).toEqual([1]);
    expect(match('"stöd"*')).toEqual([1, 2]);
    expect(match('"RÖDA"*')).toEqual([2]);
    expect(match('"åtta"')).toEqual([1]);
    expect(match('"565" AND "2021"')).toEqual([2]);
  });

  test('down removes every agreement table', async () => {
    await atInitialWithRegister();
    await migrateToLatest(database.db, '0002-agreements');
    await migrateToLatest(database.db, '0001-initial');
    const left = database.raw.prepare(`SELECT name FROM sqlite_schema WHERE name LIKE 'agreement%'`).all();
    expect(left).toEqual([]);
  });
});
