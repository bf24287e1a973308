// Form drafts (issue 11): what a user typed and has not saved, kept per user,
// form and record in the encrypted database. A draft is the form's own values,
// opaque to main; it is given back to the same user only. A role that may not
// use the form, or a record that is gone, is refused and nothing is stored.
import { draftFormRules, mayUseDraftForm, draftForms, type DraftForm } from '../../shared/drafts/forms';
import { AppFailure } from '../base/app-error';
import type { ReadDb } from '../db/handles';
import { nowIso, type ServiceContext } from '../context/service-context';
import { deleteDraft, findDraft, listDrafts, recordExists, upsertDraft, type DraftKey } from './draft-repository';

interface DraftRef {
  form: DraftForm;
  recordId: number | null;
}

interface DraftInfo {
  form: DraftForm;
  recordId: number | null;
  updatedAt: string;
}

function keyOf(ctx: ServiceContext<ReadDb>, ref: DraftRef): DraftKey {
  if (!mayUseDraftForm(ctx.user.role, ref.form)) throw new AppFailure('forbidden');
  if (ref.recordId === null && !draftFormRules[ref.form].allowsNew)
    throw new AppFailure('validation', { fields: { recordId: 'field.required' } });
  return { userId: ctx.user.id, form: ref.form, recordId: ref.recordId ?? 0 };
}

const recordIdOf = (stored: number): number | null => (stored === 0 ? null : stored);

export async function saveDraft(
  ctx: ServiceContext,
  input: DraftRef & { payload: string },
): Promise<{ updatedAt: string }> {
  const key = keyOf(ctx, input);
  const kind = draftFormRules[input.form].record;
  if (key.recordId > 0 && !(await recordExists(ctx.db, kind, key.recordId))) throw new AppFailure('notFound');
  const updatedAt = nowIso(ctx);
  await upsertDraft(ctx.db, key, kind, input.payload, updatedAt);
  return { updatedAt };
}

export async function getDraft(
  ctx: ServiceContext<ReadDb>,
  input: DraftRef,
): Promise<(DraftInfo & { payload: string }) | null> {
  const row = await findDraft(ctx.db, keyOf(ctx, input));
  return row ? { form: input.form, recordId: input.recordId, updatedAt: row.updated_at, payload: row.payload } : null;
}

/** The caller's drafts of the forms their role may use: kinds, records and times, never the contents. */
export async function listOwnDrafts(ctx: ServiceContext<ReadDb>): Promise<DraftInfo[]> {
  const forms = draftForms.filter((f) => mayUseDraftForm(ctx.user.role, f));
  const rows = await listDrafts(ctx.db, ctx.user.id, forms);
  return rows.map((r) => ({ form: r.form, recordId: recordIdOf(r.record_id), updatedAt: r.updated_at }));
}

export async function discardDraft(ctx: ServiceContext, input: DraftRef): Promise<{ discarded: boolean }> {
  return { discarded: await deleteDraft(ctx.db, keyOf(ctx, input)) };
}
