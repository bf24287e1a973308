// Protected details (skyddade personuppgifter) the user chose to see with an
// explicit, audited "Visa". Never in the server-data cache, where another
// screen could show them again without a new audited read: kept here only
// while the same child is open (page and its form), and emptied by a lock.
import { create } from 'zustand';
import type { ProtectedDetails } from '../../../shared/ipc/children';
import { registerDataStore } from './data-stores';

interface Revealed {
  childId: number | null;
  details: ProtectedDetails | null;
  show(childId: number, details: ProtectedDetails): void;
  /** Hides them (the user's "Dölj", or another child opened). */
  hide(): void;
}

export const useRevealedStore = create<Revealed>()((set) => ({
  childId: null,
  details: null,
  show: (childId, details) => set({ childId, details }),
  hide: () => set({ childId: null, details: null }),
}));

/** The details revealed for `childId`, if any. */
export const useRevealed = (childId: number | null): ProtectedDetails | null =>
  useRevealedStore((s) => (childId !== null && s.childId === childId ? s.details : null));

registerDataStore(() => useRevealedStore.getState().hide());
