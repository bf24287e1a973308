// An organisation's instruments and the instruments a programme uses. An
// instrument is never changed once saved: its answers and kept sums were
// scored with it, so a change would move results already reported. A new
// version is a new instrument.
import type { InstrumentDefinition } from '../../shared/effect-evaluation/instrument';
import type { Instrument, InstrumentData, ProgrammeInstruments } from '../../shared/ipc/effect-evaluation';
import { AppFailure } from '../base/app-error';
import { nowIso, type ServiceContext } from '../context/service-context';
import type { ReadDb } from '../db/handles';
import {
  insertInstrument,
  instrumentNameTaken,
  instrumentRow,
  instrumentRows,
  instrumentDefinitions,
  organisationExists,
  programmeExists,
  programmeInstrumentRows,
  replaceProgrammeInstruments,
  type InstrumentRow,
} from './instrument-repository';

type Stored = Pick<InstrumentDefinition, 'items' | 'scales'>;

export const definitionOf = (row: {
  name: string;
  respondent: InstrumentDefinition['respondent'];
  definition: string;
}): InstrumentDefinition => ({
  name: row.name,
  respondent: row.respondent,
  ...(JSON.parse(row.definition) as Stored),
});

const toInstrument = (row: InstrumentRow): Instrument => {
  const { items, scales } = definitionOf(row);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    name: row.name,
    respondent: row.respondent,
    items,
    scales,
    answers: Number(row.answers),
    createdAt: row.created_at,
  };
};

export async function listInstruments(db: ReadDb): Promise<Instrument[]> {
  return (await instrumentRows(db)).map(toInstrument);
}

export async function requireInstrument(db: ReadDb, id: number, field?: string): Promise<Instrument> {
  const row = await instrumentRow(db, id);
  if (!row)
    throw field
      ? new AppFailure('validation', { fields: { [field]: 'field.invalid' } })
      : new AppFailure('notFound');
  return toInstrument(row);
}

export async function createInstrument(ctx: ServiceContext, data: InstrumentData): Promise<Instrument> {
  if (!(await organisationExists(ctx.db, data.organisationId)))
    throw new AppFailure('validation', { fields: { organisationId: 'field.invalid' } });
  if (await instrumentNameTaken(ctx.db, data.organisationId, data.name))
    throw new AppFailure('validation', { fields: { name: 'effect.nameTaken' } });
  const stored: Stored = { items: data.items, scales: data.scales };
  const id = await insertInstrument(ctx.db, {
    organisation_id: data.organisationId,
    name: data.name,
    respondent: data.respondent,
    definition: JSON.stringify(stored),
    created_at: nowIso(ctx),
  });
  return requireInstrument(ctx.db, id);
}

export async function getProgrammeInstruments(
  db: ReadDb,
  programmeId: number,
): Promise<ProgrammeInstruments> {
  await requireProgramme(db, programmeId);
  const rows = await programmeInstrumentRows(db, programmeId);
  return {
    programmeId,
    instruments: rows.map((r) => ({
      instrumentId: r.instrument_id,
      name: r.name,
      respondent: r.respondent,
      followUpMonths: r.follow_up_months,
    })),
  };
}

export async function setProgrammeInstruments(
  ctx: ServiceContext,
  input: { programmeId: number; instruments: { instrumentId: number; followUpMonths: number | null }[] },
): Promise<ProgrammeInstruments> {
  await requireProgramme(ctx.db, input.programmeId);
  const fields: Record<string, string> = {};
  const seen = new Set<number>();
  for (const [i, choice] of input.instruments.entries()) {
    if (seen.has(choice.instrumentId)) fields[`instruments.${i}.instrumentId`] = 'effect.chosenTwice';
    seen.add(choice.instrumentId);
    if (!(await instrumentRow(ctx.db, choice.instrumentId)))
      fields[`instruments.${i}.instrumentId`] = 'field.invalid';
  }
  if (Object.keys(fields).length > 0) throw new AppFailure('validation', { fields });
  await replaceProgrammeInstruments(
    ctx.db,
    input.programmeId,
    input.instruments.map((c) => ({ instrument_id: c.instrumentId, follow_up_months: c.followUpMonths })),
  );
  return getProgrammeInstruments(ctx.db, input.programmeId);
}

/** The instruments of these ids, by id. */
/** The programme must exist (else "not found"). */
async function requireProgramme(db: ReadDb, programmeId: number): Promise<void> {
  if (!(await programmeExists(db, programmeId))) throw new AppFailure('notFound');
}

export async function definitions(
  db: ReadDb,
  ids: readonly number[],
): Promise<Map<number, InstrumentDefinition>> {
  const rows = await instrumentDefinitions(db, ids);
  return new Map(rows.map((r) => [r.id, definitionOf(r)]));
}
