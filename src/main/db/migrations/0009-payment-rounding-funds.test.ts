// Migration 0009 on a database one step before it: existing agreements, and
// every saved version of them, keep whole kronor (what the schedule has always
// used); the funds confirmations table takes one confirmation per agreement and
// year, refuses a rounding it does not know, and goes with its agreement.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { stockholmBris } from '../../../../test/support/agreements/fixtures';
import { createTempDatabase, type TempDatabase } from '../../../../test/support/temp-database';
import { paymentRuleOf, type AgreementRow } from '../../agreements/agreement-columns';
import { appliedMigrations, migrateToLatest } from '../migrate';
import { migrations } from './index';

const name = '0009-payment-rounding-funds';
/** The migration just before this one (whatever number it has once all are merged). */
const before = Object.keys(migrations)
  .sort()
  .filter((n) => n < name)
  .at(-1)!;

let database: TempDatabase;
beforeEach(() => {
  database = createTempDatabase();
});
afterEach(() => database.dispose());

const now = '2026-01-15T09:00:00.000Z';

async function insertAgreement(dnr: string, rule: 'quarterlyInAdvance' | 'yearlyOnInvoice'): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO agreement (registration_number, title, status, start_date, end_date, funds_condition,
                           payment_rule, per_child_amount, created_at, updated_at)
    VALUES (${dnr}, 'Stödgrupper', 'active', '2017-01-01', '2018-12-31', 1, ${rule}, 500000, ${now}, ${now})
    RETURNING id`.execute(database.db);
  return rows[0]!.id;
}

/** A saved version as the app stored it before 0009: the rule without a rounding. */
function oldSnapshot(): string {
  const data = stockholmBris();
  const { rounding: _dropped, ...rule } = data.economy.paymentRule;
  return JSON.stringify({ ...data, economy: { ...data.economy, paymentRule: rule } });
}

describe(`migration ${name}`, () => {
  test('existing agreements and their saved versions keep whole kronor', async () => {
    await migrateToLatest(database.db, before);
    const quarterly = await insertAgreement('SN-2016/1', 'quarterlyInAdvance');
    const yearly = await insertAgreement('SN-2016/2', 'yearlyOnInvoice');
    await sql`
      INSERT INTO agreement_revision (agreement_id, revision, status, saved_at, snapshot)
      VALUES (${quarterly}, 1, 'draft', ${now}, ${oldSnapshot()})`.execute(database.db);

    expect(await migrateToLatest(database.db, name)).toEqual([name]);
    expect(await appliedMigrations(database.db)).toContain(name);

    const { rows } = await sql<AgreementRow>`SELECT * FROM agreement ORDER BY id`.execute(database.db);
    expect(rows.map((r) => [r.id, r.payment_rounding])).toEqual([
      [quarterly, 'wholeKronor'],
      [yearly, 'wholeKronor'],
    ]);
    expect(rows.map((r) => paymentRuleOf(r))).toEqual([
      { kind: 'quarterlyInAdvance', rounding: 'wholeKronor' },
      { kind: 'yearlyOnInvoice', month: 1, day: 1, rounding: 'wholeKronor' },
    ]);
    const snapshot = await sql<{ snapshot: string }>`
      SELECT snapshot FROM agreement_revision WHERE agreement_id = ${quarterly}`.execute(database.db);
    const saved = JSON.parse(snapshot.rows[0]!.snapshot) as ReturnType<typeof stockholmBris>;
    expect(saved.economy.paymentRule).toEqual({ kind: 'quarterlyInAdvance', rounding: 'wholeKronor' });
    // Only the rounding was added: the rest of the version is as saved.
    expect(saved).toEqual(stockholmBris());
  });

  test('a new agreement may be rounded to the öre, and nothing else', async () => {
    await migrateToLatest(database.db, name);
    const id = await insertAgreement('SN-2017/1', 'quarterlyInAdvance');
    await sql`UPDATE agreement SET payment_rounding = 'exactOre' WHERE id = ${id}`.execute(database.db);
    await expect(
      sql`UPDATE agreement SET payment_rounding = 'halfKronor' WHERE id = ${id}`.execute(database.db),
    ).rejects.toThrow(/CHECK constraint/);
  });

  test('one confirmation per agreement and year, gone with the agreement', async () => {
    await migrateToLatest(database.db, name);
    const id = await insertAgreement('SN-2017/2', 'quarterlyInAdvance');
    const confirm = (year: number) =>
      sql`
        INSERT INTO agreement_funds_confirmation (agreement_id, year, granted_on, granted_by, recorded_at)
        VALUES (${id}, ${year}, '2016-11-28', 'Kommunfullmäktige', ${now})`.execute(database.db);
    await confirm(2017);
    await confirm(2018);
    await expect(confirm(2017)).rejects.toThrow(/UNIQUE constraint/);
    await expect(confirm(1999)).rejects.toThrow(/CHECK constraint/);
    await sql`DELETE FROM agreement WHERE id = ${id}`.execute(database.db);
    const left = await sql<{ n: number }>`SELECT count(*) AS n FROM agreement_funds_confirmation`.execute(
      database.db,
    );
    expect(left.rows[0]!.n).toBe(0);
  });

  test('down removes the table and the column', async () => {
    await migrateToLatest(database.db, name);
    const { down } = await import('./0009-payment-rounding-funds');
    await down(database.db);
    const tables = await sql<{ name: string }>`
      SELECT name FROM sqlite_master WHERE name = 'agreement_funds_confirmation'`.execute(database.db);
    expect(tables.rows).toEqual([]);
    const columns = await sql<{ name: string }>`SELECT name FROM pragma_table_info('agreement')`.execute(
      database.db,
    );
    expect(columns.rows.map((c) => c.name)).not.toContain('payment_rounding');
  });
});
