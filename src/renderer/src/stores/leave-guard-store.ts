// Leaving a form with unsaved changes asks first (issue 11). One mechanism for
// every form with a draft and for the shell:
//
// - a form registers itself while it has unsaved changes (`useLeaveGuard`,
//   which `useFormDraft` calls), with how to keep its draft now and how to
//   discard it;
// - whoever is about to take the user away from the form (the main menu, a
//   route change, the form's own Close/Back/Cancel) awaits `confirmLeave()`
//   and goes only if it resolves true. With nothing unsaved it resolves true
//   at once; otherwise <LeaveGuardDialog> (mounted once in the shell) asks:
//   keep editing (false), leave and keep the draft (true), or discard the
//   changes (true).
//
// Locking never asks: the draft was saved a few seconds after the last
// keystroke, and a lock must not wait for anyone.
import { create } from 'zustand';
import { registerDataStore } from './data-stores';

export interface LeaveGuard {
  /** Saves the draft now (the wait for the last keystroke is cut short). */
  keep(): Promise<void>;
  /** Discards the changes and the draft. */
  discard(): Promise<void>;
}

export type LeaveChoice = 'stay' | 'keep' | 'discard';

interface LeaveGuardState {
  guards: ReadonlyMap<symbol, LeaveGuard>;
  /** Set while the dialog asks; answering resolves the waiting `confirmLeave()`. */
  pending: ((choice: LeaveChoice) => void) | null;
}

export const useLeaveGuardStore = create<LeaveGuardState>()(() => ({ guards: new Map(), pending: null }));

export function addLeaveGuard(id: symbol, guard: LeaveGuard): () => void {
  useLeaveGuardStore.setState((s) => ({ guards: new Map(s.guards).set(id, guard) }));
  return () =>
    useLeaveGuardStore.setState((s) => {
      const guards = new Map(s.guards);
      guards.delete(id);
      return { guards };
    });
}

/** True when the user may be taken away from what is on screen (nothing unsaved, or they chose to leave). */
export async function confirmLeave(): Promise<boolean> {
  const { guards, pending } = useLeaveGuardStore.getState();
  if (guards.size === 0) return true;
  pending?.('stay');
  const choice = await new Promise<LeaveChoice>((resolve) =>
    useLeaveGuardStore.setState({ pending: resolve }),
  );
  useLeaveGuardStore.setState({ pending: null });
  if (choice === 'stay') return false;
  const all = [...useLeaveGuardStore.getState().guards.values()];
  await Promise.all(all.map((g) => (choice === 'keep' ? g.keep() : g.discard())));
  return true;
}

/**
 * Runs `go` once the user may leave: at once (in the same task, so the screen
 * changes with the click) when nothing is unsaved, else after the question.
 */
export function leaveThen(go: () => void): void {
  if (useLeaveGuardStore.getState().guards.size === 0) return go();
  void confirmLeave().then((leave) => {
    if (leave) go();
  });
}

export function answerLeave(choice: LeaveChoice): void {
  useLeaveGuardStore.getState().pending?.(choice);
}

// A lock answers an open question with "stay": the forms unmount anyway.
registerDataStore(() => answerLeave('stay'));
