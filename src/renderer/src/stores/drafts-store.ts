// The renderer's door to form drafts in main (drafts:save/get/discard), through
// the server-data cache's runApi, so the list on Översikt follows every change.
// Drafts never live in the renderer's storage: the values go to main, which
// keeps them encrypted per user. Answers that arrive after a lock are dropped.
import type { DraftForm } from '../../../shared/drafts/forms';
import type { Envelope } from '../../../shared/envelope';
import { runApi } from '../data/use-api-mutation';
import { currentGeneration, isCurrent } from './data-stores';

export interface DraftRef {
  form: DraftForm;
  recordId: number | null;
}

export interface StoredDraft {
  payload: string;
  updatedAt: string;
}

export async function saveDraft(ref: DraftRef, payload: string): Promise<Envelope<{ updatedAt: string }>> {
  return runApi('drafts:save', { ...ref, payload });
}

// Forms being saved: their draft is about to be discarded. A form that opens
// again meanwhile (the editor remounts with the saved version) is offered none.
const settling = new Map<string, number>();
const keyOf = (ref: DraftRef) => `${ref.form}:${ref.recordId ?? 'new'}`;

/**
 * Runs the form's own save; when it succeeds the draft is discarded. Until
 * then, the same form opened again is not offered the draft it is replacing.
 */
export async function saveFormThenDiscard<T extends { ok: boolean }>(
  ref: DraftRef,
  run: () => Promise<T>,
): Promise<T> {
  const key = keyOf(ref);
  settling.set(key, (settling.get(key) ?? 0) + 1);
  try {
    const result = await run();
    if (result.ok) await discardDraft(ref);
    return result;
  } finally {
    const left = (settling.get(key) ?? 1) - 1;
    if (left > 0) settling.set(key, left);
    else settling.delete(key);
  }
}

/** The user's draft of this form and record, or null (none, being replaced by a save, or answered after a lock). */
export async function loadDraft(ref: DraftRef): Promise<StoredDraft | null> {
  const generation = currentGeneration();
  if (settling.has(keyOf(ref))) return null;
  const result = await runApi('drafts:get', ref);
  if (!result.ok || !result.value || !isCurrent(generation) || settling.has(keyOf(ref))) return null;
  return { payload: result.value.payload, updatedAt: result.value.updatedAt };
}

export async function discardDraft(ref: DraftRef): Promise<void> {
  await runApi('drafts:discard', ref);
}
