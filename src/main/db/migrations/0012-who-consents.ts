// Frozen in time: never edit after release; add a new migration instead.
// Who consents beyond parents (issue 11):
// - a guardian record may be a representative: a god man or a särskilt
//   förordnad vårdnadshavare (null for a parent);
// - a person with no number and no known birth year can be registered with an
//   age band entered by hand, and the day it was entered (the band ages);
// - a consent may be the person's own (18 or older): guardian_id becomes
//   nullable, and every consent keeps the capacity it was given in. Existing
//   consents were given by guardians: "custodian" where the guardian has
//   custody, otherwise "noCustody".
// SQLite cannot drop NOT NULL in place, so the consent table is rebuilt with
// its ids (the history's order) and indexes.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE guardian ADD COLUMN representative TEXT
    CHECK (representative IN ('godMan', 'specialCustodian'))`.execute(db);
  await sql`ALTER TABLE child ADD COLUMN age_band TEXT
    CHECK (age_band IN ('under13', '13-15', '16-17', '18-20', '21-24', '25+'))`.execute(db);
  await sql`ALTER TABLE child ADD COLUMN age_band_on TEXT`.execute(db);
  await sql`
    CREATE TABLE consent_new (
      id INTEGER PRIMARY KEY,
      enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
      -- Null: the person consented for themselves.
      guardian_id INTEGER REFERENCES guardian (id),
      capacity TEXT NOT NULL CHECK (capacity IN ('custodian', 'godMan', 'specialCustodian', 'noCustody', 'self')),
      scope TEXT NOT NULL CHECK (scope IN ('participation', 'dataSharing')),
      decision TEXT NOT NULL CHECK (decision IN ('given', 'refused', 'withdrawn')),
      decided_on TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('written', 'oral')),
      document_reference TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      CHECK ((guardian_id IS NULL) = (capacity = 'self'))
    ) STRICT`.execute(db);
  await sql`
    INSERT INTO consent_new (id, enrolment_id, guardian_id, capacity, scope, decision, decided_on, method,
                             document_reference, recorded_by_user_id, recorded_at)
    SELECT c.id, c.enrolment_id, c.guardian_id,
           CASE WHEN g.has_custody = 1 THEN 'custodian' ELSE 'noCustody' END,
           c.scope, c.decision, c.decided_on, c.method, c.document_reference, c.recorded_by_user_id, c.recorded_at
    FROM consent c JOIN guardian g ON g.id = c.guardian_id`.execute(db);
  await sql`DROP TABLE consent`.execute(db);
  await sql`ALTER TABLE consent_new RENAME TO consent`.execute(db);
  await sql`CREATE INDEX consent_enrolment ON consent (enrolment_id)`.execute(db);
  await sql`CREATE INDEX consent_guardian ON consent (guardian_id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  // The person's own consents have no guardian to hang on: they cannot go back.
  await sql`
    CREATE TABLE consent_old (
      id INTEGER PRIMARY KEY,
      enrolment_id INTEGER NOT NULL REFERENCES enrolment (id) ON DELETE CASCADE,
      guardian_id INTEGER NOT NULL REFERENCES guardian (id),
      scope TEXT NOT NULL CHECK (scope IN ('participation', 'dataSharing')),
      decision TEXT NOT NULL CHECK (decision IN ('given', 'refused', 'withdrawn')),
      decided_on TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('written', 'oral')),
      document_reference TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`
    INSERT INTO consent_old (id, enrolment_id, guardian_id, scope, decision, decided_on, method,
                             document_reference, recorded_by_user_id, recorded_at)
    SELECT id, enrolment_id, guardian_id, scope, decision, decided_on, method,
           document_reference, recorded_by_user_id, recorded_at
    FROM consent WHERE guardian_id IS NOT NULL`.execute(db);
  await sql`DROP TABLE consent`.execute(db);
  await sql`ALTER TABLE consent_old RENAME TO consent`.execute(db);
  await sql`CREATE INDEX consent_enrolment ON consent (enrolment_id)`.execute(db);
  await sql`CREATE INDEX consent_guardian ON consent (guardian_id)`.execute(db);
  await sql`ALTER TABLE child DROP COLUMN age_band_on`.execute(db);
  await sql`ALTER TABLE child DROP COLUMN age_band`.execute(db);
  await sql`ALTER TABLE guardian DROP COLUMN representative`.execute(db);
}
