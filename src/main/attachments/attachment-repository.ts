// The SQL of attachments: the file rows, their bytes in chunks, the records
// they belong to, and what the erasure routine deletes with a record.
import { sql } from 'kysely';
import type { AttachmentFileType, AttachmentRecordKind } from '../../shared/attachments/rules';
import type { ReadDb, WriteDb } from '../db/handles';

/** Bytes per stored chunk: the migration's CHECK allows at most 1 MiB. */
export const chunkBytes = 1024 * 1024;

const recordColumn = {
  agreement: 'agreement_id',
  amendment: 'amendment_id',
  meeting: 'meeting_id',
  consent: 'consent_id',
  enrolment: 'enrolment_id',
  deficiency: 'deficiency_id',
  tickOff: 'tick_off_id',
} as const satisfies Record<AttachmentRecordKind, string>;

const recordTable = {
  agreement: 'agreement',
  amendment: 'amendment',
  meeting: 'agreement_meeting',
  consent: 'consent',
  enrolment: 'enrolment',
  deficiency: 'agreement_deficiency',
  tickOff: 'agreement_commitment_tick_off',
} as const satisfies Record<AttachmentRecordKind, string>;

export async function recordExists(db: ReadDb, kind: AttachmentRecordKind, id: number): Promise<boolean> {
  const row = await db.selectFrom(recordTable[kind]).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export interface AttachmentRow {
  id: number;
  record_kind: AttachmentRecordKind;
  name: string;
  file_type: AttachmentFileType;
  bytes: number;
  added_at: string;
  added_by: string | null;
}

const listed = (db: ReadDb) =>
  db
    .selectFrom('attachment as a')
    .leftJoin('user as u', 'u.id', 'a.added_by_user_id')
    .select([
      'a.id',
      'a.record_kind',
      'a.name',
      'a.file_type',
      'a.bytes',
      'a.added_at',
      'u.display_name as added_by',
    ]);

export async function attachmentsOf(
  db: ReadDb,
  kind: AttachmentRecordKind,
  recordId: number,
): Promise<AttachmentRow[]> {
  return listed(db)
    .where(`a.${recordColumn[kind]}`, '=', recordId)
    .orderBy('a.added_at')
    .orderBy('a.id')
    .execute();
}

export async function findAttachment(db: ReadDb, id: number): Promise<AttachmentRow | undefined> {
  return listed(db).where('a.id', '=', id).executeTakeFirst();
}

export interface NewAttachment {
  kind: AttachmentRecordKind;
  recordId: number;
  name: string;
  fileType: AttachmentFileType;
  sha256: string;
  addedAt: string;
  addedBy: number;
}

/** Inserts the file and its bytes, chunk by chunk. Returns its id. */
export async function insertAttachment(db: WriteDb, file: NewAttachment, bytes: Buffer): Promise<number> {
  const { id } = await db
    .insertInto('attachment')
    .values({
      record_kind: file.kind,
      agreement_id: null,
      amendment_id: null,
      meeting_id: null,
      consent_id: null,
      enrolment_id: null,
      deficiency_id: null,
      tick_off_id: null,
      [recordColumn[file.kind]]: file.recordId,
      name: file.name,
      file_type: file.fileType,
      bytes: bytes.length,
      sha256: file.sha256,
      added_at: file.addedAt,
      added_by_user_id: file.addedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let position = 0; position * chunkBytes < bytes.length; position++) {
    const data = bytes.subarray(position * chunkBytes, (position + 1) * chunkBytes);
    await db.insertInto('attachment_chunk').values({ attachment_id: id, position, data }).execute();
  }
  return id;
}

/** The file's chunks in order, one at a time, so a copy is written without holding the whole file twice. */
export async function* attachmentChunks(db: ReadDb, id: number): AsyncGenerator<Buffer> {
  const { rows } = await sql<{ position: number }>`
    SELECT position FROM attachment_chunk WHERE attachment_id = ${id} ORDER BY position`.execute(db);
  for (const { position } of rows) {
    const row = await db
      .selectFrom('attachment_chunk')
      .select('data')
      .where('attachment_id', '=', id)
      .where('position', '=', position)
      .executeTakeFirstOrThrow();
    yield row.data;
  }
}

/** The file's stored fingerprint, to check a copy against. */
export async function attachmentDigest(db: ReadDb, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('attachment').select('sha256').where('id', '=', id).executeTakeFirst();
  return row?.sha256;
}

/** Deletes one file; its chunks go with it (ON DELETE CASCADE). */
export async function deleteAttachment(db: WriteDb, id: number): Promise<boolean> {
  const result = await db.deleteFrom('attachment').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Deletes the files of these records and of what belongs to them: an
 * agreement's amendments, meetings, deficiencies and tick-offs; an enrolment's
 * consents.
 * Returns how many files went.
 */
export async function deleteAttachmentsOfRecords(
  db: WriteDb,
  records: { agreementIds?: readonly number[]; enrolmentIds?: readonly number[]; tickOffIds?: readonly number[] },
): Promise<number> {
  const json = (ids: readonly number[] | undefined) => JSON.stringify(ids ?? []);
  const agreements = json(records.agreementIds);
  const enrolments = json(records.enrolmentIds);
  const tickOffs = json(records.tickOffIds);
  const result = await sql`
    DELETE FROM attachment WHERE
      agreement_id IN (SELECT value FROM json_each(${agreements}))
      OR amendment_id IN (SELECT id FROM amendment WHERE agreement_id IN (SELECT value FROM json_each(${agreements})))
      OR meeting_id IN (SELECT id FROM agreement_meeting WHERE agreement_id IN (SELECT value FROM json_each(${agreements})))
      OR deficiency_id IN (SELECT id FROM agreement_deficiency WHERE agreement_id IN (SELECT value FROM json_each(${agreements})))
      OR tick_off_id IN (SELECT id FROM agreement_commitment_tick_off WHERE agreement_id IN (SELECT value FROM json_each(${agreements})))
      OR tick_off_id IN (SELECT value FROM json_each(${tickOffs}))
      OR enrolment_id IN (SELECT value FROM json_each(${enrolments}))
      OR consent_id IN (SELECT id FROM consent WHERE enrolment_id IN (SELECT value FROM json_each(${enrolments})))`.execute(
    db,
  );
  return Number(result.numAffectedRows ?? 0);
}
