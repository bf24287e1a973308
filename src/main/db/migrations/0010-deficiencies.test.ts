// Migration 0010 on a database at the migration before it: each agreement's
// single board decision moves to agreement_decision under its first public
// party (a three-party agreement keeps the region's, listed first; an
// agreement listing its organisation first still gets the board's); the
// decision columns go; an agreement without a decision gets none. The new
// tables refuse a remedy deadline before the day found and a changed amount
// without a reason. Down puts the single decision back.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { migrateToLatest } from '../migrate';
import { migrations } from './index';
import * as m0010 from './0010-deficiencies';

const mine = '0010-deficiencies';
const before = Object.keys(migrations)
  .sort()
  .filter((name) => name < mine)
  .at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const at = '2026-01-05T10:00:00.000Z';
const run = (statement: string, ...values: unknown[]) => database.raw.prepare(statement).run(...values);
const all = (statement: string) => database.raw.prepare(statement).all();

function seed() {
  run(
    `INSERT INTO user (id, username, display_name, role, created_at, updated_at) VALUES (1, 'karin', 'Karin', 'caseworker', ?, ?)`,
    at,
    at,
  );
  const org = (id: number, name: string, kind: string, orgNumber: string) =>
    run(
      `INSERT INTO organisation (id, name, name_folded, kind, org_number, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      id,
      name,
      name.toLowerCase(),
      kind,
      orgNumber,
      at,
      at,
    );
  org(1, 'Region Skåne', 'region', '232100-0255');
  org(2, 'Malmö stad', 'municipality', '212000-1124');
  org(3, 'Svenska Röda Korset', 'nonprofit', '802002-8711');
  const agreement = (
    id: number,
    dnr: string,
    status: string,
    decision: [string, string, string, string] | null,
  ) =>
    run(
      `INSERT INTO agreement (id, registration_number, title, status, start_date, end_date, payment_rule, per_child_amount,
         decision_board, decision_date, decision_paragraph, decision_proposal, created_at, updated_at, updated_by_user_id)
       VALUES (?, ?, 'Titel', ?, '2021-01-01', '2024-12-31', 'quarterlyInAdvance', 0, ?, ?, ?, ?, ?, ?, 1)`,
      id,
      dnr,
      status,
      ...(decision ?? [null, null, null, null]),
      at,
      at,
    );
  const party = (agreementId: number, organisationId: number, position: number, role: string) =>
    run(
      `INSERT INTO agreement_party (agreement_id, organisation_id, position, role, acting_through_kind, acting_through)
       VALUES (?, ?, ?, ?, 'board', 'Nämnden')`,
      agreementId,
      organisationId,
      position,
      role,
    );
  // The three-party agreement, decided before boards were recorded one by one.
  agreement(1, '2.3.4-565/2021', 'active', [
    'Regionstyrelsen',
    '2020-11-19',
    '§ 123',
    'Godkänna partnerskapet.',
  ]);
  party(1, 1, 0, 'public');
  party(1, 2, 1, 'public');
  party(1, 3, 2, 'nonprofit');
  // The organisation listed first: the decision still goes to the public party.
  agreement(2, 'SN-2017/272', 'decided', ['Socialnämnden', '2016-12-14', '§ 7', '']);
  party(2, 3, 0, 'nonprofit');
  party(2, 2, 1, 'public');
  // A draft: no decision.
  agreement(3, 'KS/2016:7', 'draft', null);
  party(3, 2, 0, 'public');
  party(3, 3, 1, 'nonprofit');
}

describe('migration 0010-deficiencies', () => {
  test('carries each single decision over to the first public party and drops the decision columns', async () => {
    await migrateToLatest(database.db, before);
    seed();
    expect(await migrateToLatest(database.db, mine)).toEqual([mine]);
    expect(
      all(`SELECT agreement_id, organisation_id, board, decided_on, paragraph, proposal, recorded_by_user_id, recorded_at
           FROM agreement_decision ORDER BY agreement_id`),
    ).toEqual([
      {
        agreement_id: 1,
        organisation_id: 1,
        board: 'Regionstyrelsen',
        decided_on: '2020-11-19',
        paragraph: '§ 123',
        proposal: 'Godkänna partnerskapet.',
        recorded_by_user_id: 1,
        recorded_at: at,
      },
      {
        agreement_id: 2,
        organisation_id: 2,
        board: 'Socialnämnden',
        decided_on: '2016-12-14',
        paragraph: '§ 7',
        proposal: '',
        recorded_by_user_id: 1,
        recorded_at: at,
      },
    ]);
    const columns = (all(`PRAGMA table_info(agreement)`) as { name: string }[]).map((c) => c.name);
    expect(columns.filter((c) => c.startsWith('decision_'))).toEqual([]);
    expect(columns).toEqual(expect.arrayContaining(['rescission_deficiency_id', 'ended_on']));
    expect(all(`SELECT id, status, rescission_deficiency_id, ended_on FROM agreement ORDER BY id`)).toEqual([
      { id: 1, status: 'active', rescission_deficiency_id: null, ended_on: null },
      { id: 2, status: 'decided', rescission_deficiency_id: null, ended_on: null },
      { id: 3, status: 'draft', rescission_deficiency_id: null, ended_on: null },
    ]);
  });

  test('the new tables refuse a deadline before the day found, a closed record without a date, and an unexplained amount', async () => {
    await migrateToLatest(database.db, before);
    seed();
    await migrateToLatest(database.db, mine);
    const deficiency = (
      foundOn: string,
      remedyBy: string,
      outcome = 'open',
      outcomeOn: string | null = null,
    ) =>
      run(
        `INSERT INTO agreement_deficiency (agreement_id, organisation_id, description, found_on, remedy_by, outcome, outcome_on, recorded_at, updated_at)
         VALUES (1, 3, 'Grupperna genomfördes inte.', ?, ?, ?, ?, ?, ?)`,
        foundOn,
        remedyBy,
        outcome,
        outcomeOn,
        at,
        at,
      );
    expect(() => deficiency('2022-03-01', '2022-02-28')).toThrow(/CHECK/);
    expect(() => deficiency('2022-03-01', '2022-04-01', 'remedied', null)).toThrow(/CHECK/);
    deficiency('2022-03-01', '2022-04-01');
    expect(() =>
      run(
        `INSERT INTO agreement_dispute (agreement_id, description, opened_on, outcome, closed_on, recorded_at, updated_at)
         VALUES (1, 'Tvist', '2022-05-01', 'resolved', '2022-04-01', ?, ?)`,
        at,
        at,
      ),
    ).toThrow(/CHECK/);
    const repayment = (amount: number, reason: string) =>
      run(
        `INSERT INTO agreement_repayment (agreement_id, as_of, due_on, payer_organisation_id, recipient_organisation_id,
           proposed_amount, amount, reason, basis, recorded_at)
         VALUES (1, '2022-06-01', '2022-07-01', 1, 3, 100000, ?, ?, '{}', ?)`,
        amount,
        reason,
        at,
      );
    expect(() => repayment(90_000, '')).toThrow(/CHECK/);
    repayment(90_000, 'Materialet var redan köpt.');
    expect(() => repayment(100_000, '')).toThrow(/UNIQUE/);
  });

  test('down puts the single (latest) decision back on the agreement row', async () => {
    await migrateToLatest(database.db, before);
    seed();
    await migrateToLatest(database.db, mine);
    run(
      `INSERT INTO agreement_decision (agreement_id, organisation_id, board, decided_on, paragraph, proposal, recorded_at)
       VALUES (1, 2, 'Socialnämnden', '2020-12-10', '§ 200', '', ?)`,
      at,
    );
    await m0010.down(database.db);
    expect(
      all(`SELECT id, decision_board, decision_date, decision_paragraph FROM agreement ORDER BY id`),
    ).toEqual([
      { id: 1, decision_board: 'Socialnämnden', decision_date: '2020-12-10', decision_paragraph: '§ 200' },
      { id: 2, decision_board: 'Socialnämnden', decision_date: '2016-12-14', decision_paragraph: '§ 7' },
      { id: 3, decision_board: null, decision_date: null, decision_paragraph: null },
    ]);
    expect(all(`SELECT name FROM sqlite_master WHERE name LIKE 'agreement_de%' AND type = 'table'`)).toEqual(
      [],
    );
  });
});
