// Keeps a long form's draft in main (issue 11, "Nothing typed is lost"):
// - a few seconds after the last change the form's own values are saved as
//   the user's draft of this form and record (never at the moment of locking,
//   which is too late, and never in the renderer's storage);
// - when the form opens (also after an unlock) a stored draft that differs
//   from what the form shows is offered back: restore or discard; saving
//   waits until the user has answered, so the offered draft is not
//   overwritten;
// - while there are unsaved changes, leaving asks first (leave-guard-store);
// - the form's own save, wrapped in `saving()`, discards the draft when it succeeds.
// What is stored is exactly `values`: a form that keeps protected details out
// of sight must keep them out of `values` too.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { draftSaveDelayMs } from '../../../shared/drafts/forms';
import {
  discardDraft,
  loadDraft,
  saveDraft,
  saveFormThenDiscard,
  type DraftRef,
} from '../stores/drafts-store';
import { addLeaveGuard } from '../stores/leave-guard-store';

export type DraftSaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed' };

export interface DraftOffer {
  updatedAt: string;
  restore(): void;
  discard(): void;
}

interface Options<V> extends DraftRef {
  /** False while the form is read-only or not shown: nothing is loaded or saved. */
  enabled: boolean;
  /** Whether the form differs from what is saved. */
  dirty: boolean;
  /** The form's own values (JSON-serialisable). */
  values: V;
  /** Puts a restored draft's values into the form. */
  restore(values: V): void;
  /** Puts the form back to what is saved (leaving with "discard"). */
  reset(): void;
}

export interface FormDraft {
  state: DraftSaveState;
  offer: DraftOffer | null;
  /**
   * Wraps the form's own save: when it succeeds the draft is discarded (and
   * the form opened again meanwhile is not offered it); when it fails the
   * draft stays.
   */
  saving<T extends { ok: boolean }>(run: () => Promise<T>): Promise<T>;
}

const wrap = <V>(values: V) => JSON.stringify({ v: 1, values });
function unwrap<V>(payload: string): V | null {
  try {
    const parsed: unknown = JSON.parse(payload);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'v' in parsed &&
      parsed.v === 1 &&
      'values' in parsed
    )
      return parsed.values as V;
  } catch {
    // A draft that does not parse is not offered.
  }
  return null;
}

export function useFormDraft<V>(options: Options<V>): FormDraft {
  const { form, recordId, enabled, dirty, values } = options;
  const payload = useMemo(() => wrap(values), [values]);
  const [state, setState] = useState<DraftSaveState>({ kind: 'idle' });
  const [offer, setOffer] = useState<{ updatedAt: string; values: V } | null>(null);
  // Saving starts once the stored draft has been looked at (and an offer answered).
  const [ready, setReady] = useState(false);
  const stored = useRef(false);
  const latest = useRef({ payload, dirty, restore: options.restore, reset: options.reset });
  latest.current = { payload, dirty, restore: options.restore, reset: options.reset };
  const timer = useRef<number | null>(null);

  const ref = useMemo(() => ({ form, recordId }), [form, recordId]);

  useEffect(() => {
    setReady(false);
    setOffer(null);
    stored.current = false;
    if (!enabled) return;
    let live = true;
    void loadDraft(ref).then((draft) => {
      if (!live) return;
      const draftValues = draft ? unwrap<V>(draft.payload) : null;
      stored.current = draft !== null;
      if (draft && draftValues !== null && draft.payload !== latest.current.payload) {
        setOffer({ updatedAt: draft.updatedAt, values: draftValues });
      } else setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ref, enabled]);

  const saveNow = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (!latest.current.dirty) return;
    setState({ kind: 'saving' });
    const result = await saveDraft(ref, latest.current.payload);
    if (result.ok) stored.current = true;
    setState(result.ok ? { kind: 'saved', at: result.value.updatedAt } : { kind: 'failed' });
  }, [ref]);

  const drop = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (!stored.current) return;
    stored.current = false;
    await discardDraft(ref);
    setState({ kind: 'idle' });
  }, [ref]);

  // Debounced: every change restarts the wait; back to unchanged discards the draft.
  useEffect(() => {
    if (!enabled || !ready) return;
    if (!dirty) {
      void drop();
      return;
    }
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveNow(), draftSaveDelayMs);
  }, [enabled, ready, dirty, payload, saveNow, drop]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  useEffect(() => {
    if (!enabled || !dirty) return;
    return addLeaveGuard(Symbol(form), {
      keep: saveNow,
      discard: async () => {
        await drop();
        latest.current.reset();
      },
    });
  }, [enabled, dirty, form, saveNow, drop]);

  const answered = useMemo<DraftOffer | null>(
    () =>
      offer && {
        updatedAt: offer.updatedAt,
        restore: () => {
          latest.current.restore(offer.values);
          setOffer(null);
          setReady(true);
        },
        discard: () => {
          setOffer(null);
          setReady(true);
          void drop();
        },
      },
    [offer, drop],
  );

  const saving = useCallback(
    <T extends { ok: boolean }>(run: () => Promise<T>): Promise<T> => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      return saveFormThenDiscard(ref, run).then((result) => {
        if (result.ok) {
          stored.current = false;
          setState({ kind: 'idle' });
        }
        return result;
      });
    },
    [ref],
  );

  return { state, offer: answered, saving };
}
