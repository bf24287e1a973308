// SQL of instruments and the instruments programmes use.
import { sql } from 'kysely';
import type { ReadDb, WriteDb } from '../db/handles';
import type { Respondent } from '../../shared/effect-evaluation/vocabulary';

export interface InstrumentRow {
  id: number;
  organisation_id: number;
  organisation_name: string;
  name: string;
  respondent: Respondent;
  definition: string;
  created_at: string;
  answers: number;
}

const instrumentSelect = (db: ReadDb) =>
  db
    .selectFrom('effect_instrument as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select([
      'i.id',
      'i.organisation_id',
      'o.name as organisation_name',
      'i.name',
      'i.respondent',
      'i.definition',
      'i.created_at',
      sql<number>`(SELECT count(*) FROM effect_answer a WHERE a.instrument_id = i.id)`.as('answers'),
    ]);

export const instrumentRows = (db: ReadDb): Promise<InstrumentRow[]> =>
  instrumentSelect(db).orderBy('o.name').orderBy('i.name').execute();

export const instrumentRow = (db: ReadDb, id: number): Promise<InstrumentRow | undefined> =>
  instrumentSelect(db).where('i.id', '=', id).executeTakeFirst();

export const instrumentDefinitions = (db: ReadDb, ids: readonly number[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('effect_instrument')
        .select(['id', 'name', 'respondent', 'definition'])
        .where('id', 'in', [...ids])
        .orderBy('name')
        .orderBy('id')
        .execute();

export const instrumentNameTaken = async (db: ReadDb, organisationId: number, name: string) =>
  (await db
    .selectFrom('effect_instrument')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst()) !== undefined;

export async function insertInstrument(
  db: WriteDb,
  row: {
    organisation_id: number;
    name: string;
    respondent: Respondent;
    definition: string;
    created_at: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('effect_instrument')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const programmeInstrumentRows = (db: ReadDb, programmeId: number) =>
  db
    .selectFrom('programme_instrument as pi')
    .innerJoin('effect_instrument as i', 'i.id', 'pi.instrument_id')
    .select(['pi.instrument_id', 'i.name', 'i.respondent', 'pi.follow_up_months'])
    .where('pi.programme_id', '=', programmeId)
    .orderBy('i.name')
    .orderBy('i.id')
    .execute();

export async function replaceProgrammeInstruments(
  db: WriteDb,
  programmeId: number,
  rows: readonly { instrument_id: number; follow_up_months: number | null }[],
): Promise<void> {
  await db.deleteFrom('programme_instrument').where('programme_id', '=', programmeId).execute();
  if (rows.length > 0)
    await db
      .insertInto('programme_instrument')
      .values(rows.map((r) => ({ ...r, programme_id: programmeId })))
      .execute();
}

export const organisationExists = async (db: ReadDb, id: number) =>
  (await db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;

export const programmeExists = async (db: ReadDb, id: number) =>
  (await db.selectFrom('programme').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
