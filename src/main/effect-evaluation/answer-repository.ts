// SQL of answer sheets (personal data: read only through audited channels,
// deleted with their enrolment inside the erasure routine).
import type { ReadDb, WriteDb } from '../db/handles';
import type { Occasion } from '../../shared/effect-evaluation/vocabulary';

export const enrolmentPlace = (db: ReadDb, enrolmentId: number) =>
  db
    .selectFrom('enrolment')
    .select(['id', 'programme_id', 'group_id'])
    .where('id', '=', enrolmentId)
    .executeTakeFirst();

export const occasionRecorded = async (
  db: ReadDb,
  enrolmentId: number,
  instrumentId: number,
  occasion: Occasion,
) =>
  (await db
    .selectFrom('effect_answer')
    .select('id')
    .where('enrolment_id', '=', enrolmentId)
    .where('instrument_id', '=', instrumentId)
    .where('occasion', '=', occasion)
    .executeTakeFirst()) !== undefined;

export async function insertAnswer(
  db: WriteDb,
  row: {
    enrolment_id: number;
    instrument_id: number;
    occasion: Occasion;
    answered_on: string;
    entered_by: number;
    answer_values: string;
    created_at: string;
  },
): Promise<number> {
  const { id } = await db.insertInto('effect_answer').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

const answerSelect = (db: ReadDb) =>
  db
    .selectFrom('effect_answer as a')
    .innerJoin('user as u', 'u.id', 'a.entered_by')
    .select([
      'a.id',
      'a.enrolment_id',
      'a.instrument_id',
      'a.occasion',
      'a.answered_on',
      'u.display_name as entered_by',
      'a.answer_values',
      'a.created_at',
    ]);

export const answerRow = (db: ReadDb, id: number) =>
  answerSelect(db).where('a.id', '=', id).executeTakeFirstOrThrow();

export const answerRowsOfEnrolment = (db: ReadDb, enrolmentId: number) =>
  answerSelect(db)
    .where('a.enrolment_id', '=', enrolmentId)
    .orderBy('a.instrument_id')
    .orderBy('a.answered_on')
    .execute();

export const recordedOfGroup = (db: ReadDb, groupId: number) =>
  db
    .selectFrom('effect_answer as a')
    .innerJoin('enrolment as e', 'e.id', 'a.enrolment_id')
    .select(['a.enrolment_id', 'a.instrument_id', 'a.occasion'])
    .where('e.group_id', '=', groupId)
    .orderBy('a.enrolment_id')
    .execute();

export const groupProgramme = (db: ReadDb, groupId: number) =>
  db.selectFrom('support_group').select(['id', 'programme_id']).where('id', '=', groupId).executeTakeFirst();
