// Migration 0008 on a database at 0007 holding a decided agreement with two
// free-text amendments and a notice on its row: the amendments become
// amendments in force that record what was written, in date order; the notice
// becomes a record of its own and the row's notice columns are emptied; the
// new tables are STRICT and go with their agreement.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempDatabase, tables, type TempDatabase } from '../../../../test/support/temp-database';
import { appliedMigrations, migrateToLatest } from '../migrate';

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-03-02T09:00:00.000Z';

async function atAuditIndexWithAnAgreement() {
  await migrateToLatest(database.db, '0007-audit-channel-index');
  const raw = database.raw;
  raw
    .prepare(
      `INSERT INTO organisation (name, name_folded, kind, org_number, created_at, updated_at)
       VALUES ('Malmö stad', 'malmö stad', 'municipality', '212000-1124', ?, ?), ('Rädda Barnen', 'rädda barnen', 'nonprofit', '802002-8638', ?, ?)`,
    )
    .run(now, now, now, now);
  raw
    .prepare(
      `INSERT INTO agreement (registration_number, title, status, start_date, end_date, payment_rule, per_child_amount,
         notice_months, notice_given_on, notice_by_organisation_id, notice_ongoing_interventions, created_at, updated_at)
       VALUES ('KS/2016:7', 'Paraply', 'terminated', '2024-01-01', '2026-12-31', 'quarterlyInAdvance', 0,
         4, '2025-01-15', 2, 'Höstgruppen avslutas', ?, ?)`,
    )
    .run(now, now);
  const amendment = raw.prepare(
    `INSERT INTO agreement_amendment (agreement_id, position, amended_on, description, signed_by) VALUES (1, ?, ?, ?, ?)`,
  );
  amendment.run(0, '2025-03-01', 'Bilaga 4 tillkommer', 'Styrgruppen');
  amendment.run(1, '2024-06-01', 'Ny kontaktperson', 'Kommunstyrelsen');
}

describe('migration 0008-living-agreements', () => {
  test('carries free-text amendments over as amendments in force and the notice into its own table', async () => {
    await atAuditIndexWithAnAgreement();
    expect(await migrateToLatest(database.db, '0008-living-agreements')).toEqual(['0008-living-agreements']);
    expect(await appliedMigrations(database.db)).toContain('0008-living-agreements');
    const names = (await tables(database.db)).map((t) => t.name);
    expect(names).not.toContain('agreement_amendment');
    for (const table of [
      'amendment',
      'amendment_signature',
      'agreement_original',
      'agreement_notice',
      'extension_decision',
    ])
      expect((await tables(database.db)).find((t) => t.name === table)).toEqual({ name: table, strict: 1 });

    expect(
      database.raw
        .prepare(
          'SELECT number, reason, effective_from, status, recorded_signed_by, changes FROM amendment ORDER BY number',
        )
        .all(),
    ).toEqual([
      {
        number: 1,
        reason: 'Ny kontaktperson',
        effective_from: '2024-06-01',
        status: 'inForce',
        recorded_signed_by: 'Kommunstyrelsen',
        changes: '{"before":{},"after":{}}',
      },
      {
        number: 2,
        reason: 'Bilaga 4 tillkommer',
        effective_from: '2025-03-01',
        status: 'inForce',
        recorded_signed_by: 'Styrgruppen',
        changes: '{"before":{},"after":{}}',
      },
    ]);
    expect(
      database.raw
        .prepare(
          'SELECT scope, organisation_id, given_on, months, ongoing_interventions, withdrawn_on FROM agreement_notice',
        )
        .all(),
    ).toEqual([
      {
        scope: 'agreement',
        organisation_id: 2,
        given_on: '2025-01-15',
        months: 4,
        ongoing_interventions: 'Höstgruppen avslutas',
        withdrawn_on: null,
      },
    ]);
    expect(
      database.raw.prepare('SELECT status, notice_given_on, notice_by_organisation_id FROM agreement').get(),
    ).toEqual({
      status: 'terminated',
      notice_given_on: null,
      notice_by_organisation_id: null,
    });
  });

  test('the records go with their agreement, and a withdrawal needs its kind', async () => {
    await atAuditIndexWithAnAgreement();
    await migrateToLatest(database.db, '0008-living-agreements');
    expect(() =>
      database.raw.prepare(`UPDATE agreement_notice SET withdrawn_on = '2025-01-16'`).run(),
    ).toThrow(/CHECK/);
    database.raw.prepare('DELETE FROM agreement WHERE id = 1').run();
    expect(database.raw.prepare('SELECT COUNT(*) AS n FROM amendment').get()).toEqual({ n: 0 });
    expect(database.raw.prepare('SELECT COUNT(*) AS n FROM agreement_notice').get()).toEqual({ n: 0 });
  });
});
