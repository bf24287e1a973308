// Frozen in time: never edit after release; add a new migration instead.
// Payments (issue 10). The payment rule states its rounding: whole kronor (the
// remainder on the earliest instalments, what every agreement so far has
// used, so existing agreements and their saved versions keep it) or exactly to
// the öre. Agreements "provided funds are granted" get one confirmation per
// year that the funds were granted: who granted them, when, the decision's
// reference; one per agreement and year, gone with the agreement.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE agreement ADD COLUMN payment_rounding TEXT NOT NULL DEFAULT 'wholeKronor'
      CHECK (payment_rounding IN ('wholeKronor', 'exactOre'))`.execute(db);
  // The saved versions are the data as it was: its rule was in whole kronor.
  await sql`
    UPDATE agreement_revision
    SET snapshot = json_set(snapshot, '$.economy.paymentRule.rounding', 'wholeKronor')
    WHERE json_type(snapshot, '$.economy.paymentRule') = 'object'
      AND json_type(snapshot, '$.economy.paymentRule.rounding') IS NULL`.execute(db);
  await sql`
    CREATE TABLE agreement_funds_confirmation (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      granted_on TEXT NOT NULL,
      granted_by TEXT NOT NULL,
      decision_reference TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      UNIQUE (agreement_id, year)
    ) STRICT`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE agreement_funds_confirmation`.execute(db);
  await sql`ALTER TABLE agreement DROP COLUMN payment_rounding`.execute(db);
}
