// Frozen in time: never edit after release; add a new migration instead.
// What happens when an agreement is not kept, and who decided it:
//   - agreement_decision: one decision per public party's board (a
//     three-party agreement is decided by two boards). The single decision
//     kept on the agreement row so far moves to the first public party (or,
//     without one, the first party), and those columns go;
//   - agreement_deficiency (brist): what is deficient, the party, when found,
//     the remedy deadline and the outcome; a rescission names the one it
//     rests on (agreement.rescission_deficiency_id);
//   - agreement_dispute (tvist): opened, then resolved by dialogue or, where
//     the terms say so, ended by a failed dialogue (agreement.ended_on);
//   - agreement_repayment (återbetalning): the settlement against work done,
//     the app's proposal and the amount confirmed, with the reason when they differ.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE agreement_decision (
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      board TEXT NOT NULL,
      decided_on TEXT NOT NULL,
      paragraph TEXT NOT NULL,
      proposal TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (agreement_id, organisation_id)
    ) STRICT`.execute(db);
  await sql`
    INSERT INTO agreement_decision
      (agreement_id, organisation_id, board, decided_on, paragraph, proposal, recorded_by_user_id, recorded_at)
    SELECT a.id,
      (SELECT p.organisation_id FROM agreement_party p WHERE p.agreement_id = a.id
        ORDER BY p.role = 'public' DESC, p.position LIMIT 1),
      a.decision_board, a.decision_date, a.decision_paragraph, coalesce(a.decision_proposal, ''),
      a.updated_by_user_id, a.updated_at
    FROM agreement a
    WHERE a.decision_board IS NOT NULL AND a.decision_date IS NOT NULL AND a.decision_paragraph IS NOT NULL
      AND EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id)`.execute(db);
  for (const column of ['decision_board', 'decision_date', 'decision_paragraph', 'decision_proposal'])
    await sql`ALTER TABLE agreement DROP COLUMN ${sql.ref(column)}`.execute(db);

  await sql`
    CREATE TABLE agreement_deficiency (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      description TEXT NOT NULL,
      found_on TEXT NOT NULL,
      remedy_by TEXT NOT NULL,
      outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'remedied', 'notRemedied')),
      outcome_on TEXT,
      outcome_note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      updated_by_user_id INTEGER REFERENCES user (id),
      updated_at TEXT NOT NULL,
      CHECK (remedy_by >= found_on),
      CHECK ((outcome = 'open') = (outcome_on IS NULL))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_deficiency_agreement ON agreement_deficiency (agreement_id, found_on)`.execute(
    db,
  );

  // No REFERENCES here: SQLite cannot drop a column that is a foreign key; the
  // service checks that the deficiency is one of the agreement's own.
  await sql`ALTER TABLE agreement ADD COLUMN rescission_deficiency_id INTEGER`.execute(db);
  await sql`ALTER TABLE agreement ADD COLUMN ended_on TEXT`.execute(db);

  await sql`
    CREATE TABLE agreement_dispute (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      description TEXT NOT NULL,
      opened_on TEXT NOT NULL,
      outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'resolved', 'dialogueFailed')),
      closed_on TEXT,
      closing_note TEXT NOT NULL DEFAULT '',
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      updated_by_user_id INTEGER REFERENCES user (id),
      updated_at TEXT NOT NULL,
      CHECK ((outcome = 'open') = (closed_on IS NULL)),
      CHECK (closed_on IS NULL OR closed_on >= opened_on)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX agreement_dispute_agreement ON agreement_dispute (agreement_id, opened_on)`.execute(
    db,
  );

  await sql`
    CREATE TABLE agreement_repayment (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      dispute_id INTEGER REFERENCES agreement_dispute (id),
      as_of TEXT NOT NULL,
      due_on TEXT NOT NULL,
      payer_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      recipient_organisation_id INTEGER NOT NULL REFERENCES organisation (id),
      proposed_amount INTEGER NOT NULL CHECK (proposed_amount >= 0),
      amount INTEGER NOT NULL CHECK (amount >= 0),
      reason TEXT NOT NULL DEFAULT '',
      basis TEXT NOT NULL CHECK (json_valid(basis)),
      recorded_by_user_id INTEGER REFERENCES user (id),
      recorded_at TEXT NOT NULL,
      CHECK (amount = proposed_amount OR reason != ''),
      UNIQUE (agreement_id, payer_organisation_id, recipient_organisation_id)
    ) STRICT`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE agreement_repayment`.execute(db);
  await sql`DROP TABLE agreement_dispute`.execute(db);
  await sql`ALTER TABLE agreement DROP COLUMN ended_on`.execute(db);
  await sql`ALTER TABLE agreement DROP COLUMN rescission_deficiency_id`.execute(db);
  await sql`DROP TABLE agreement_deficiency`.execute(db);
  for (const column of ['decision_board', 'decision_date', 'decision_paragraph', 'decision_proposal'])
    await sql`ALTER TABLE agreement ADD COLUMN ${sql.ref(column)} TEXT`.execute(db);
  await sql`
    UPDATE agreement SET (decision_board, decision_date, decision_paragraph, decision_proposal) =
      (SELECT d.board, d.decided_on, d.paragraph, d.proposal FROM agreement_decision d
        WHERE d.agreement_id = agreement.id ORDER BY d.decided_on DESC LIMIT 1)`.execute(db);
  await sql`DROP TABLE agreement_decision`.execute(db);
}
