// Frozen in time: never edit after release; add a new migration instead.
// Form drafts (issue 11): what a user typed into a long form and has not
// saved, one per user, form and record (record_id 0: a form that creates a
// record). The draft is personal data: it goes with its record (ON DELETE
// CASCADE from the agreement, child, group or enrolment, inside the erasure
// routine's transaction, so secure_delete zeroes it too) and with its user,
// and is deleted after 30 days. Exactly the column of the form's record kind
// holds the record id; a "new" draft has none.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE form_draft (
      id INTEGER PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
      form TEXT NOT NULL CHECK (form IN ('agreement', 'amendment', 'child', 'group', 'meeting', 'consent')),
      record_id INTEGER NOT NULL CHECK (record_id >= 0),
      agreement_id INTEGER REFERENCES agreement (id) ON DELETE CASCADE,
      child_id INTEGER REFERENCES child (id) ON DELETE CASCADE,
      group_id INTEGER REFERENCES support_group (id) ON DELETE CASCADE,
      enrolment_id INTEGER REFERENCES enrolment (id) ON DELETE CASCADE,
      payload TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (user_id, form, record_id),
      CHECK (
        (agreement_id IS NOT NULL) + (child_id IS NOT NULL) + (group_id IS NOT NULL) + (enrolment_id IS NOT NULL)
          = (record_id > 0)
      ),
      CHECK (record_id = 0 OR record_id = coalesce(agreement_id, child_id, group_id, enrolment_id))
    ) STRICT`.execute(db);
  // The cascades look drafts up by their record; erasing 1,000 enrolments must not scan the table 1,000 times.
  await sql`CREATE INDEX form_draft_agreement ON form_draft (agreement_id) WHERE agreement_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX form_draft_child ON form_draft (child_id) WHERE child_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX form_draft_group ON form_draft (group_id) WHERE group_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX form_draft_enrolment ON form_draft (enrolment_id) WHERE enrolment_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX form_draft_updated ON form_draft (updated_at)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE form_draft`.execute(db);
}
