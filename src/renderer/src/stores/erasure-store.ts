// The gallring workflow's UI state: which groups the user chose, the hand-back
// packages made in this visit, and the last erasure's outcome. The groups
// themselves and the counts are server data, in the cache (data/).
import { create } from 'zustand';
import type { HandBackPackage } from '../../../shared/ipc/erasure';
import { registerDataStore } from './data-stores';

export interface EraseOutcome {
  groups: number;
  enrolments: number;
  childrenDeleted: number;
  childrenKept: number;
  purged: boolean;
}

interface ErasureState {
  selected: number[];
  packages: HandBackPackage[];
  outcome: EraseOutcome | null;
  toggle(groupId: number, on: boolean): void;
  handedBack(packages: HandBackPackage[]): void;
  erased(outcome: EraseOutcome): void;
}

const initial = { selected: [], packages: [], outcome: null } satisfies Partial<ErasureState>;

export const useErasureStore = create<ErasureState>()((set) => ({
  ...initial,
  toggle: (groupId, on) =>
    set((s) => ({
      selected: on ? [...new Set([...s.selected, groupId])] : s.selected.filter((id) => id !== groupId),
      outcome: null,
    })),
  handedBack: (packages) => set((s) => ({ packages: [...packages, ...s.packages] })),
  erased: (outcome) => set({ outcome, selected: [], packages: [] }),
}));

registerDataStore(() => useErasureStore.setState(initial));
