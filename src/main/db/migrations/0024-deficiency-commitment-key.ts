// Frozen in time: never edit after release; add a new migration instead.
// A deficiency (brist) names its commitment by the commitment's key (c1, c2, …,
// migration 0016), not by its place in the list: an amendment can reorder,
// add or remove commitments, after which a place points at another one.
//   - agreement_deficiency.commitment_key: filled from the agreement's stored
//     commitments (agreement_commitment) at the deficiency's commitment_index;
//     a place no longer in the list stays NULL (the deficiency keeps the text
//     it was recorded with, commitment_text, and stays readable).
//   - commitment_index stays as a column (dropping it changes nothing) but the
//     app no longer reads or writes it.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE agreement_deficiency ADD COLUMN commitment_key TEXT`.execute(db);
  await sql`
    UPDATE agreement_deficiency SET commitment_key = (
      SELECT c.commitment_key FROM agreement_commitment c
      WHERE c.agreement_id = agreement_deficiency.agreement_id
        AND c.position = agreement_deficiency.commitment_index)
    WHERE commitment_index IS NOT NULL`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE agreement_deficiency DROP COLUMN commitment_key`.execute(db);
}
