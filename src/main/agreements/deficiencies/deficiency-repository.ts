// Rows of deficiencies (brister), with who recorded them and whether the
// agreement's rescission rests on one.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DeficiencyFacts } from '../../../shared/agreements/deficiencies';
import type { AgreementDeficiencyTable } from '../../db/schema/agreement-deficiency-tables';
import type { ReadDb, WriteDb } from '../../db/handles';

export type DeficiencyRow = Selectable<AgreementDeficiencyTable>;

export async function deficiencyRows(db: ReadDb, agreementId: number) {
  return db
    .selectFrom('agreement_deficiency as d')
    .innerJoin('agreement as a', 'a.id', 'd.agreement_id')
    .leftJoin('user as u', 'u.id', 'd.recorded_by_user_id')
    .selectAll('d')
    .select(['u.display_name as recorded_by_name', 'a.rescission_deficiency_id'])
    .where('d.agreement_id', '=', agreementId)
    .orderBy('d.found_on')
    .orderBy('d.id')
    .execute();
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

export async function insertDeficiency(
  db: WriteDb,
  values: Insertable<AgreementDeficiencyTable>,
): Promise<void> {
  await db.insertInto('agreement_deficiency').values(values).execute();
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
