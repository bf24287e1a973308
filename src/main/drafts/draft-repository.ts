// The SQL of form drafts. A draft belongs to one user and is keyed by form and
// record (0: a form that creates a record); the record's own column makes it
// go with the record (ON DELETE CASCADE, migration 0016).
import type { DraftForm, DraftRecordKind } from '../../shared/drafts/forms';
import type { ReadDb, WriteDb } from '../db/handles';

export interface DraftKey {
  userId: number;
  form: DraftForm;
  /** 0: the form creates its record. */
  recordId: number;
}

const recordTable = {
  agreement: 'agreement',
  child: 'child',
  group: 'support_group',
  enrolment: 'enrolment',
} as const satisfies Record<DraftRecordKind, string>;

export async function recordExists(db: ReadDb, kind: DraftRecordKind, id: number): Promise<boolean> {
  const row = await db.selectFrom(recordTable[kind]).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export async function upsertDraft(
  db: WriteDb,
  key: DraftKey,
  kind: DraftRecordKind,
  payload: string,
  updatedAt: string,
): Promise<void> {
  const link = key.recordId > 0 ? key.recordId : null;
  await db
    .insertInto('form_draft')
    .values({
      user_id: key.userId,
      form: key.form,
      record_id: key.recordId,
      agreement_id: kind === 'agreement' ? link : null,
      child_id: kind === 'child' ? link : null,
      group_id: kind === 'group' ? link : null,
      enrolment_id: kind === 'enrolment' ? link : null,
      payload,
      updated_at: updatedAt,
    })
    .onConflict((oc) =>
      oc.columns(['user_id', 'form', 'record_id']).doUpdateSet({ payload, updated_at: updatedAt }),
    )
    .execute();
}

export async function findDraft(
  db: ReadDb,
  key: DraftKey,
): Promise<{ payload: string; updated_at: string } | undefined> {
  return db
    .selectFrom('form_draft')
    .select(['payload', 'updated_at'])
    .where('user_id', '=', key.userId)
    .where('form', '=', key.form)
    .where('record_id', '=', key.recordId)
    .executeTakeFirst();
}

export async function listDrafts(
  db: ReadDb,
  userId: number,
  forms: readonly DraftForm[],
): Promise<{ form: DraftForm; record_id: number; updated_at: string }[]> {
  if (forms.length === 0) return [];
  return db
    .selectFrom('form_draft')
    .select(['form', 'record_id', 'updated_at'])
    .where('user_id', '=', userId)
    .where('form', 'in', [...forms])
    .orderBy('updated_at', 'desc')
    .execute();
}

export async function deleteDraft(db: WriteDb, key: DraftKey): Promise<boolean> {
  const result = await db
    .deleteFrom('form_draft')
    .where('user_id', '=', key.userId)
    .where('form', '=', key.form)
    .where('record_id', '=', key.recordId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The erasure routine's part: every user's drafts of these records. */
export async function deleteDraftsOfRecords(
  db: WriteDb,
  records: { agreementIds?: readonly number[]; childIds?: readonly number[]; enrolmentIds?: readonly number[] },
): Promise<number> {
  let deleted = 0n;
  const byColumn = [
    ['agreement_id', records.agreementIds ?? []],
    ['child_id', records.childIds ?? []],
    ['enrolment_id', records.enrolmentIds ?? []],
  ] as const;
  for (const [column, ids] of byColumn) {
    for (let i = 0; i < ids.length; i += 400) {
      const part = ids.slice(i, i + 400);
      const result = await db.deleteFrom('form_draft').where(column, 'in', part).executeTakeFirst();
      deleted += result.numDeletedRows;
    }
  }
  return Number(deleted);
}

export async function countDraftsBefore(db: ReadDb, before: string): Promise<number> {
  const row = await db
    .selectFrom('form_draft')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('updated_at', '<', before)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteDraftsBefore(db: WriteDb, before: string): Promise<number> {
  const result = await db.deleteFrom('form_draft').where('updated_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
