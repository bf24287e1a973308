// Frozen in time: never edit after release; add a new migration instead.
// A stamp per agreement that changes whenever anything Översikt derives for it
// can change (its deadline calendar, its commitments' statuses), kept by
// triggers, so Översikt (agreements:dashboard) can keep what it derived per
// agreement in memory and derive again only the agreements whose stamp moved.
// The triggers cover every write path, foreign-key cascades and rolled-back
// transactions included: the agreement row, every table hanging on an
// agreement (its data, amendments, notices, extension decisions, payments,
// meetings, completions, funds confirmations, deficiencies and their steps,
// commitments and tick-offs), and the support-group records its commitments
// count and that can hold a notice's end open (groups, sessions, enrolments,
// whether a cancelled enrolment attended, anonymous participation records).
// A stamp is 8 random bytes, not a counter: a rolled-back write or a restored
// backup can never bring back a value that once stood for other content.
import { sql, type Kysely } from 'kysely';

/** Tables with an agreement_id column. */
const direct = [
  'agreement_appendix',
  'agreement_budget_line',
  'agreement_budget_year',
  'agreement_circumstance_notice',
  'agreement_clause',
  'agreement_commitment',
  'agreement_commitment_tick_off',
  'agreement_completion',
  'agreement_criterion',
  'agreement_decision',
  'agreement_deficiency',
  'agreement_dispute',
  'agreement_extra_income_count',
  'agreement_follow_up',
  'agreement_funding',
  'agreement_funds_confirmation',
  'agreement_governance_body',
  'agreement_governance_member',
  'agreement_instalment',
  'agreement_meeting',
  'agreement_notice',
  'agreement_original',
  'agreement_party',
  'agreement_party_contact',
  'agreement_payment',
  'agreement_repayment',
  'agreement_revision',
  'agreement_signature',
  'agreement_status_change',
  'amendment',
  'extension_decision',
  'participation_record',
  'programme',
];

/** Tables reaching their agreement through another: the expression giving it from a row `R`. */
const indirect: Record<string, (row: string) => string> = {
  agreement_deficiency_step: (r) => `(SELECT agreement_id FROM agreement_deficiency WHERE id = ${r}.deficiency_id)`,
  amendment_signature: (r) => `(SELECT agreement_id FROM amendment WHERE id = ${r}.amendment_id)`,
  support_group: (r) => `(SELECT agreement_id FROM programme WHERE id = ${r}.programme_id)`,
  group_session: (r) =>
    `(SELECT p.agreement_id FROM support_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = ${r}.group_id)`,
  enrolment: (r) =>
    `(SELECT p.agreement_id FROM support_group g JOIN programme p ON p.id = g.programme_id WHERE g.id = ${r}.group_id)`,
};

/** enrolment_attendance: only whether the child attended at all is counted, so only a change of that bumps. */
const attendedOf = (r: string) =>
  `(SELECT p.agreement_id FROM enrolment e JOIN support_group g ON g.id = e.group_id JOIN programme p ON p.id = g.programme_id WHERE e.id = ${r}.enrolment_id)`;

const bump = (ids: string) =>
  `UPDATE agreement_calendar_stamp SET stamp = lower(hex(randomblob(8))) WHERE agreement_id IN (${ids});`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE agreement_calendar_stamp (
      agreement_id INTEGER PRIMARY KEY REFERENCES agreement (id) ON DELETE CASCADE,
      stamp TEXT NOT NULL CHECK (length(stamp) = 16)
    ) STRICT`.execute(db);
  await sql`
    INSERT INTO agreement_calendar_stamp (agreement_id, stamp)
    SELECT id, lower(hex(randomblob(8))) FROM agreement`.execute(db);
  // Tested for the row rather than INSERT OR IGNORE: inside an upsert the outer conflict policy would apply.
  await sql`
    CREATE TRIGGER agreement_calendar_stamp_agreement_insert AFTER INSERT ON agreement BEGIN
      INSERT INTO agreement_calendar_stamp (agreement_id, stamp)
        SELECT NEW.id, lower(hex(randomblob(8)))
        WHERE NOT EXISTS (SELECT 1 FROM agreement_calendar_stamp WHERE agreement_id = NEW.id);
      ${sql.raw(bump('NEW.id'))}
    END`.execute(db);
  await sql`
    CREATE TRIGGER agreement_calendar_stamp_agreement_update AFTER UPDATE ON agreement BEGIN
      ${sql.raw(bump('OLD.id, NEW.id'))}
    END`.execute(db);
  const of: [string, (row: string) => string][] = [
    ...direct.map((t): [string, (row: string) => string] => [t, (r) => `${r}.agreement_id`]),
    ...Object.entries(indirect),
  ];
  for (const [table, agreementOf] of of) {
    await sql`
      CREATE TRIGGER ${sql.raw(`agreement_calendar_stamp_${table}_insert`)} AFTER INSERT ON ${sql.raw(table)} BEGIN
        ${sql.raw(bump(agreementOf('NEW')))}
      END`.execute(db);
    await sql`
      CREATE TRIGGER ${sql.raw(`agreement_calendar_stamp_${table}_update`)} AFTER UPDATE ON ${sql.raw(table)} BEGIN
        ${sql.raw(bump(`${agreementOf('OLD')}, ${agreementOf('NEW')}`))}
      END`.execute(db);
    await sql`
      CREATE TRIGGER ${sql.raw(`agreement_calendar_stamp_${table}_delete`)} AFTER DELETE ON ${sql.raw(table)} BEGIN
        ${sql.raw(bump(agreementOf('OLD')))}
      END`.execute(db);
  }
  await sql`
    CREATE TRIGGER agreement_calendar_stamp_enrolment_attendance_insert AFTER INSERT ON enrolment_attendance BEGIN
      ${sql.raw(bump(attendedOf('NEW')))}
    END`.execute(db);
  await sql`
    CREATE TRIGGER agreement_calendar_stamp_enrolment_attendance_update AFTER UPDATE ON enrolment_attendance
    WHEN (OLD.attended > 0) IS NOT (NEW.attended > 0) OR OLD.enrolment_id IS NOT NEW.enrolment_id BEGIN
      ${sql.raw(bump(`${attendedOf('OLD')}, ${attendedOf('NEW')}`))}
    END`.execute(db);
  await sql`
    CREATE TRIGGER agreement_calendar_stamp_enrolment_attendance_delete AFTER DELETE ON enrolment_attendance BEGIN
      ${sql.raw(bump(attendedOf('OLD')))}
    END`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  const rows = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'agreement_calendar_stamp_%'`.execute(db);
  for (const { name } of rows.rows) await sql`DROP TRIGGER ${sql.ref(name)}`.execute(db);
  await sql`DROP TABLE agreement_calendar_stamp`.execute(db);
}
