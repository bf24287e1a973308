// Frozen in time: never edit after release; add a new migration instead.
// Each enrolment's attendance totals (sessions recorded, sessions present),
// kept by triggers on `attendance`, so a report over every agreement reads
// one row per enrolment instead of counting its attendance rows (at ×10,
// 2.8 million rows; the all-agreements annual report counted them for
// 82,000 enrolments). The triggers cover every write path, foreign-key
// cascades included (an erased enrolment, a deleted session); the row goes
// with its enrolment. The triggers test for the row rather than INSERT OR
// IGNORE: inside an upsert's DO UPDATE the outer statement's conflict policy
// would override the trigger's.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE enrolment_attendance (
      enrolment_id INTEGER PRIMARY KEY REFERENCES enrolment (id) ON DELETE CASCADE,
      attended INTEGER NOT NULL CHECK (attended >= 0),
      recorded INTEGER NOT NULL CHECK (recorded >= attended)
    ) STRICT`.execute(db);
  await sql`
    INSERT INTO enrolment_attendance (enrolment_id, attended, recorded)
    SELECT enrolment_id, sum(present), count(*) FROM attendance GROUP BY enrolment_id`.execute(db);
  await sql`
    CREATE TRIGGER attendance_total_insert AFTER INSERT ON attendance BEGIN
      INSERT INTO enrolment_attendance (enrolment_id, attended, recorded)
        SELECT NEW.enrolment_id, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM enrolment_attendance WHERE enrolment_id = NEW.enrolment_id);
      UPDATE enrolment_attendance SET attended = attended + NEW.present, recorded = recorded + 1
        WHERE enrolment_id = NEW.enrolment_id;
    END`.execute(db);
  await sql`
    CREATE TRIGGER attendance_total_delete AFTER DELETE ON attendance BEGIN
      UPDATE enrolment_attendance SET attended = attended - OLD.present, recorded = recorded - 1
        WHERE enrolment_id = OLD.enrolment_id;
    END`.execute(db);
  await sql`
    CREATE TRIGGER attendance_total_update AFTER UPDATE OF enrolment_id, present ON attendance BEGIN
      UPDATE enrolment_attendance SET attended = attended - OLD.present, recorded = recorded - 1
        WHERE enrolment_id = OLD.enrolment_id;
      INSERT INTO enrolment_attendance (enrolment_id, attended, recorded)
        SELECT NEW.enrolment_id, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM enrolment_attendance WHERE enrolment_id = NEW.enrolment_id);
      UPDATE enrolment_attendance SET attended = attended + NEW.present, recorded = recorded + 1
        WHERE enrolment_id = NEW.enrolment_id;
    END`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER attendance_total_update`.execute(db);
  await sql`DROP TRIGGER attendance_total_delete`.execute(db);
  await sql`DROP TRIGGER attendance_total_insert`.execute(db);
  await sql`DROP TABLE enrolment_attendance`.execute(db);
}
