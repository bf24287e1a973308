// Frozen in time: never edit after release; add a new migration instead.
// A programme (insats) is run by one non-profit party of its agreement; in an
// umbrella partnership that party's appendix is the one the programme's groups
// fall under. Existing programmes get the agreement's only non-profit party
// when there is exactly one (nothing else could be meant); with none or
// several the column stays null: the agreement as a whole, until a caseworker
// chooses the organisation.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE programme ADD COLUMN organisation_id INTEGER REFERENCES organisation (id)`.execute(
    db,
  );
  await sql`
    UPDATE programme SET organisation_id = (
      SELECT min(ap.organisation_id) FROM agreement_party ap
      WHERE ap.agreement_id = programme.agreement_id AND ap.role = 'nonprofit'
    )
    WHERE (
      SELECT count(*) FROM agreement_party ap
      WHERE ap.agreement_id = programme.agreement_id AND ap.role = 'nonprofit'
    ) = 1`.execute(db);
  await sql`CREATE INDEX programme_organisation ON programme (agreement_id, organisation_id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX programme_organisation`.execute(db);
  await sql`ALTER TABLE programme DROP COLUMN organisation_id`.execute(db);
}
