// Rows of deficiencies (brister), with who recorded them and whether the
// agreement's rescission rests on one, and the steps of their process.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DeficiencyFacts } from '../../../shared/agreements/deficiencies';
import type {
  AgreementDeficiencyStepTable,
  AgreementDeficiencyTable,
} from '../../db/schema/agreement-deficiency-tables';
import type { ReadDb, WriteDb } from '../../db/handles';

export type DeficiencyRow = Selectable<AgreementDeficiencyTable>;

export async function deficiencyRows(db: ReadDb, agreementId: number) {
  return (
    db
      .selectFrom('agreement_deficiency as d')
      .innerJoin('agreement as a', 'a.id', 'd.agreement_id')
      .leftJoin('user as u', 'u.id', 'd.recorded_by_user_id')
      // A meeting removed since is no longer named (the column has no foreign key).
      .leftJoin('agreement_meeting as m', (j) =>
        j.onRef('m.id', '=', 'd.meeting_id').onRef('m.agreement_id', '=', 'd.agreement_id'),
      )
      // The commitment as it reads now; one removed since is no longer found (its text as recorded stays).
      .leftJoin('agreement_commitment as c', (j) =>
        j.onRef('c.agreement_id', '=', 'd.agreement_id').onRef('c.commitment_key', '=', 'd.commitment_key'),
      )
      .selectAll('d')
      .select([
        'u.display_name as recorded_by_name',
        'a.rescission_deficiency_id',
        'm.id as meeting_found',
        'c.text as commitment_now',
      ])
      .where('d.agreement_id', '=', agreementId)
      .orderBy('d.found_on')
      .orderBy('d.id')
      .execute()
  );
}

export const deficiencyFactsOf = (row: DeficiencyRow): DeficiencyFacts => ({
  id: row.id,
  organisationId: row.organisation_id,
  foundOn: row.found_on,
  remedyBy: row.remedy_by,
  outcome: row.outcome,
  outcomeOn: row.outcome_on,
});

export async function deficiencyFacts(db: ReadDb, agreementId: number): Promise<DeficiencyFacts[]> {
  return (await deficiencyRows(db, agreementId)).map(deficiencyFactsOf);
}

/** Stores a deficiency; its id. */
export async function insertDeficiency(
  db: WriteDb,
  values: Insertable<AgreementDeficiencyTable>,
): Promise<number> {
  const row = await db
    .insertInto('agreement_deficiency')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDeficiency(
  db: WriteDb,
  agreementId: number,
  id: number,
  values: Updateable<AgreementDeficiencyTable>,
): Promise<void> {
  await db
    .updateTable('agreement_deficiency')
    .set(values)
    .where('id', '=', id)
    .where('agreement_id', '=', agreementId)
    .execute();
}

/** The steps of the agreement's deficiencies, in order, with who recorded each. */
export async function deficiencyStepRows(db: ReadDb, agreementId: number) {
  return db
    .selectFrom('agreement_deficiency_step as s')
    .innerJoin('agreement_deficiency as d', 'd.id', 's.deficiency_id')
    .leftJoin('user as u', 'u.id', 's.recorded_by_user_id')
    .selectAll('s')
    .select('u.display_name as recorded_by_name')
    .where('d.agreement_id', '=', agreementId)
    .orderBy('s.deficiency_id')
    .orderBy('s.position')
    .execute();
}

export async function insertDeficiencyStep(
  db: WriteDb,
  values: Insertable<AgreementDeficiencyStepTable>,
): Promise<void> {
  await db.insertInto('agreement_deficiency_step').values(values).execute();
}

/** Removes a deficiency's last step (an outcome undone when the deficiency is opened again). */
export async function deleteDeficiencyStep(
  db: WriteDb,
  deficiencyId: number,
  position: number,
): Promise<void> {
  await db
    .deleteFrom('agreement_deficiency_step')
    .where('deficiency_id', '=', deficiencyId)
    .where('position', '=', position)
    .execute();
}

/** The agreement's governance meeting with this id, if it is one of its own. */
export async function agreementMeeting(db: ReadDb, agreementId: number, meetingId: number) {
  return db
    .selectFrom('agreement_meeting')
    .select(['id', 'held_on'])
    .where('agreement_id', '=', agreementId)
    .where('id', '=', meetingId)
    .executeTakeFirst();
}

/** Every open deficiency with its steps (a handful per agreement), for the calendars read at once. */
export async function openDeficiencyRows(db: ReadDb) {
  const [deficiencies, steps] = await Promise.all([
    db
      .selectFrom('agreement_deficiency')
      .select(['id', 'agreement_id', 'organisation_id', 'outcome'])
      .where('outcome', '=', 'open')
      .execute(),
    db
      .selectFrom('agreement_deficiency_step as s')
      .innerJoin('agreement_deficiency as d', 'd.id', 's.deficiency_id')
      .selectAll('s')
      .where('d.outcome', '=', 'open')
      .orderBy('s.deficiency_id')
      .orderBy('s.position')
      .execute(),
  ]);
  return { deficiencies, steps };
}
